using System.CommandLine;
using NewsDigest.Hosting;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Http;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Cli.Commands;

/// <summary>'scrape': one JSON line per page or URL with its main text and metadata, no fact extraction.</summary>
internal static class ScrapeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "HTML or text files, directories (read recursively), http(s) URLs, or - for stdin", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: jsonl", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of stdout" };
        var ignoreRobots = new Option<bool>("--ignore-robots") { Description = "Fetch URLs even where the site's robots.txt disallows it" };
        var command = new Command("scrape", "Extract each page's main text and metadata as JSON lines.") { inputs, format, output, ignoreRobots };
        command.SetAction((parse, cancellationToken) =>
        {
            using var fetcher = WebFetcherDefaults.Create(parse.GetValue(ignoreRobots));
            var reader = new ArticleInputs(LocalFileSystem.Instance, ArticleInputs.DefaultReaders(), fetcher);
            int succeeded = 0, failed = 0;
            using var writer = OutputTarget.Open(parse.GetValue(output));
            foreach (var result in reader.Read(parse.GetValue(inputs)!, cancellationToken))
            {
                if (result.Article is { } article)
                {
                    writer.WriteLine(ScrapedPageJson.ToJsonLine(article));
                    succeeded++;
                }
                else
                {
                    Console.Error.WriteLine($"newsdigest: {result.Failure}");
                    failed++;
                }
            }
            return Task.FromResult(ExitCodes.ForRun(succeeded, failed));
        });
        return command;
    }
}
