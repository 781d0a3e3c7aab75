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
        command.SetAction(parse =>
        {
            var dedup = DedupOptions.Default with { Threshold = parse.GetValue(threshold) };
            if (dedup.Validate() is { } problem)
            {
                Console.Error.WriteLine($"newsdigest digest: {problem}");
                return ExitCodes.Usage;
            }
            var pipeline = CliPipeline.Create();
            var run = InputRun.Execute(parse.GetValue(inputs)!, pipeline, Console.Error, ignoreRobots: parse.GetValue(ignoreRobots));
            var merger = new MatchMerger(new MatchGrouper(), new DigestFuser(dedup: dedup), new NonReportFactReader(CliPipeline.Models));
            // Articles the detector turned down (reactions, previews, missed reports) are read too, so grouping can attach them to their match.
            var reports = run.Reports.Select(pipeline.ReadNonReport).ToArray();
            var digests = merger.Merge(reports);
            if (digests.Count == 0) Console.Error.WriteLine("newsdigest: no match report among the inputs, so no digest");
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
}
