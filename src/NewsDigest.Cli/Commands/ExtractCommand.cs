using System.CommandLine;
using NewsDigest.Rendering.Json;

namespace NewsDigest.Cli.Commands;

/// <summary>'extract': one JSON line per input article with the facts read from it (the contract in README.md).</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories, URLs, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: jsonl", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout" };
        var command = new Command("extract", "Extract the facts of each input article as JSON lines.") { inputs, format, output };
        var ignoreRobots = InputRun.AddIgnoreRobots(command);
        var asReports = InputRun.AddAsReports(command);
        command.SetAction(parse =>
        {
            var pipeline = CliPipeline.Create();
            // Articles the detector turned down still get the facts read in them, under their own kind (see Pipeline.ReadAllFacts).
            var turnedDown = parse.GetValue(asReports) ? TurnedDownReading.ReadAsReport : TurnedDownReading.WriteFacts;
            var run = InputRun.Execute(parse.GetValue(inputs)!, pipeline, Console.Error, turnedDown, ignoreRobots: parse.GetValue(ignoreRobots));
            using var writer = OutputTarget.Open(parse.GetValue(output));
            foreach (var report in run.Reports) writer.WriteLine(ArticleReportJsonWriter.ToJsonLine(report));
            return run.ExitCode;
        });
        return command;
    }
}
