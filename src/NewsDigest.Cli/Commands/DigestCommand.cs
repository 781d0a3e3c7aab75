using System.CommandLine;
using NewsDigest.Merging;
using NewsDigest.Merging.Dedup;
using NewsDigest.Merging.Fusion;
using NewsDigest.Merging.Grouping;
using NewsDigest.Rendering;
using NewsDigest.Rendering.Html;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Markdown;
using NewsDigest.Rendering.Text;

namespace NewsDigest.Cli.Commands;

/// <summary>'digest': groups the inputs' match reports by match and writes one fused digest per match.</summary>
internal static class DigestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files (.txt, .html), directories (read recursively), URLs, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "markdown, json, html or text", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json", "html", "text");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout" };
        var explain = new Option<bool>("--explain") { Description = "Trace each summary sentence to the facts and sources it rests on" };
        var threshold = new Option<double>("--threshold") { Description = "Shingle similarity at or above which two reports are near-copies of one story and count once (0-1]", DefaultValueFactory = _ => DedupOptions.Default.Threshold };
        var command = new Command("digest", "Merge the reports of each match into one sourced digest.") { inputs, format, output, explain, threshold };
        var ignoreRobots = InputRun.AddIgnoreRobots(command);
        var asReports = InputRun.AddAsReports(command);
        command.SetAction(parse =>
        {
            var dedup = DedupOptions.Default with { Threshold = parse.GetValue(threshold) };
            if (dedup.Validate() is { } problem)
            {
                Console.Error.WriteLine($"newsdigest digest: {problem}");
                return ExitCodes.Usage;
            }
            var pipeline = CliPipeline.Create();
            // Articles the detector turned down (reactions, previews, missed reports) are read too, so grouping can attach them to their match;
            // with --as-reports the user's word overrides the detector.
            bool readAsReports = parse.GetValue(asReports);
            var run = InputRun.Execute(parse.GetValue(inputs)!, pipeline, Console.Error, readAsReports ? TurnedDownReading.ReadAsReport : TurnedDownReading.GroupOnly, ignoreRobots: parse.GetValue(ignoreRobots));
            var merger = new MatchMerger(new MatchGrouper(), new DigestFuser(dedup: dedup), new NonReportFactReader(CliPipeline.Models));
            var digests = merger.Merge(run.Reports);
            if (digests.Count == 0) Console.Error.WriteLine(NoDigestMessage(run, readAsReports));
            bool explainIt = parse.GetValue(explain);
            IDigestRenderer renderer = parse.GetValue(format) switch
            {
                "json" => new DigestJsonWriter(),
                "html" => new HtmlDigestRenderer(explainIt),
                "text" => new TextDigestRenderer(explainIt),
                _ => new MarkdownDigestRenderer(explainIt),
            };
            using var writer = OutputTarget.Open(parse.GetValue(output));
            renderer.Render(digests, writer);
            return run.ExitCode;
        });
        return command;
    }

    /// <summary>Why there is no digest, and the way out when the detector turned down articles the user may know are reports.</summary>
    private static string NoDigestMessage(InputRun run, bool readAsReports)
    {
        int turnedDown = run.Reports.Count(r => !r.IsMatchReport && r.Note is null);
        return readAsReports || turnedDown == 0
            ? "newsdigest: no match report among the inputs, so no digest"
            : $"newsdigest: no match report among the inputs, so no digest ({turnedDown} {(turnedDown == 1 ? "article was" : "articles were")} turned down by the report detector; --as-reports reads every input as a match report)";
    }
}
