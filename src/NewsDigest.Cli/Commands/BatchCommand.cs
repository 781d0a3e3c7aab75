using System.CommandLine;
using NewsDigest.Batch;
using NewsDigest.Cli.Batch;
using NewsDigest.Hosting;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Cli.Commands;

/// <summary>'batch': processes archives (directories, JSONL, WARC) in parallel into JSONL, CSV and SQLite, resumable and shardable.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Directories, .txt/.html files, .jsonl(.gz), .warc(.gz)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output directory (articles.jsonl, matches.jsonl, CSV tables, newsdigest.db)", Required = true };
        var threads = new Option<int>("--threads") { Description = "Worker threads", DefaultValueFactory = _ => Environment.ProcessorCount };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run in --out" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an earlier run in --out" };
        var shard = new Option<string?>("--shard") { Description = "Take shard i of n (1-based, e.g. 2/8), chosen by a stable hash of each item's source" };
        var include = new Option<string[]>("--include") { Description = "Glob of directory files to take (repeatable), e.g. '**/*.html'", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of directory files to leave out (repeatable)" };
        var limit = new Option<long?>("--limit") { Description = "Process only the first N items (a trial run)" };
        var asReports = new Option<bool>("--as-reports") { Description = "Read every article that names two teams playing each other as a match report, whatever the report detector says (for archives of reports only)" };
        var commitEvery = new Option<int>("--commit-every") { Description = "Items per database transaction (a crash loses at most these)", DefaultValueFactory = _ => 2000 };
        var progressMode = new Option<string>("--progress") { Description = "auto (a bar on a terminal, plain lines otherwise), bar, lines, none", DefaultValueFactory = _ => "auto" };
        progressMode.AcceptOnlyFromAmong("auto", "bar", "lines", "none");
        var d = JsonlFields.Default;
        var fieldId = new Option<string>("--field-id") { Description = "JSONL property holding the id", DefaultValueFactory = _ => d.Id };
        var fieldUrl = new Option<string>("--field-url") { Description = "JSONL property holding the URL", DefaultValueFactory = _ => d.Url };
        var fieldTitle = new Option<string>("--field-title") { Description = "JSONL property holding the title", DefaultValueFactory = _ => d.Title };
        var fieldDate = new Option<string>("--field-date") { Description = "JSONL property holding the publication date", DefaultValueFactory = _ => d.Date };
        var fieldText = new Option<string>("--field-text") { Description = "JSONL property holding the text", DefaultValueFactory = _ => d.Text };
        var fieldSite = new Option<string>("--field-site") { Description = "JSONL property holding the outlet", DefaultValueFactory = _ => d.Site };
        var fieldLanguage = new Option<string>("--field-language") { Description = "JSONL property holding the language", DefaultValueFactory = _ => d.Language };
        var command = new Command("batch", "Process archives in parallel into JSONL, CSV and a SQLite database; resumable (--resume) and shardable (--shard).")
        {
            inputs, output, threads, resume, overwrite, shard, include, exclude, limit, asReports, commitEvery, progressMode,
            fieldId, fieldUrl, fieldTitle, fieldDate, fieldText, fieldSite, fieldLanguage,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var shardSpec = ShardSpec.Whole;
            if (parse.GetValue(shard) is { } shardText)
            {
                var (parsed, error) = ShardSpec.Parse(shardText);
                if (parsed is null)
                {
                    Console.Error.WriteLine($"newsdigest batch: --shard {error}");
                    return Task.FromResult(ExitCodes.Usage);
                }
                shardSpec = parsed.Value;
            }
            int threadCount = parse.GetValue(threads);
            if (threadCount < 1)
            {
                Console.Error.WriteLine("newsdigest batch: --threads must be at least 1");
                return Task.FromResult(ExitCodes.Usage);
            }
            var options = new BatchOptions
            {
                Inputs = parse.GetValue(inputs)!,
                OutputDirectory = parse.GetValue(output)!,
                Threads = threadCount,
                Resume = parse.GetValue(resume),
                Overwrite = parse.GetValue(overwrite),
                Shard = shardSpec,
                Include = parse.GetValue(include) ?? [],
                Exclude = parse.GetValue(exclude) ?? [],
                Limit = parse.GetValue(limit),
                ReadAsReports = parse.GetValue(asReports),
                CommitEvery = Math.Max(1, parse.GetValue(commitEvery)),
                Fields = new JsonlFields
                {
                    Id = parse.GetValue(fieldId)!, Url = parse.GetValue(fieldUrl)!, Title = parse.GetValue(fieldTitle)!, Date = parse.GetValue(fieldDate)!,
                    Text = parse.GetValue(fieldText)!, Site = parse.GetValue(fieldSite)!, Language = parse.GetValue(fieldLanguage)!,
                },
            };
            return Task.FromResult(Run(options, parse.GetValue(progressMode)!, cancellationToken));
        });
        return command;
    }

    private static int Run(BatchOptions options, string progressMode, CancellationToken interrupt)
    {
        // System.CommandLine cancels the token on Ctrl+C or SIGTERM; the run then commits every whole item and stops.
        using var notice = interrupt.Register(() => Console.Error.WriteLine("newsdigest batch: stopping; committed work is kept, rerun with --resume to continue"));
        var runner = new BatchRunner(CliPipeline.Create(), LocalFileSystem.Instance, SystemClock.Instance);
        var (summary, error) = BatchProgressDisplay.Run(progressMode, progress => runner.RunAsync(options, progress, interrupt));
        if (summary is null)
        {
            Console.Error.WriteLine($"newsdigest batch: {error}");
            return ExitCodes.Usage;
        }
        BatchReport.Write(Console.Out, Console.Error, "batch", summary, options.OutputDirectory);
        if (summary.State == BatchState.Interrupted) return ExitCodes.Interrupted;
        return ExitCodes.ForRun((int)Math.Min(int.MaxValue, summary.Total.Articles), (int)Math.Min(int.MaxValue, summary.Total.Failures));
    }
}
