using System.CommandLine;
using NewsDigest.Rendering;
using NewsDigest.Rendering.Markdown;

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
        var command = new Command("digest", "Merge the reports of each match into one sourced digest.") { inputs, format, output };
        command.SetAction(parse =>
        {
            var pipeline = DefaultPipeline.Create();
            var run = InputRun.Execute(parse.GetValue(inputs)!, pipeline, Console.Error);
            var digests = pipeline.Merge(run.Reports);
            IDigestRenderer renderer = new MarkdownDigestRenderer();
            using var writer = OutputTarget.Open(parse.GetValue(output));
            renderer.Render(digests, writer);
            return run.ExitCode;
        });
        return command;
    }
}
