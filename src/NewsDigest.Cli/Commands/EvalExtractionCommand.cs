using System.CommandLine;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval extraction': scores `extract` on the ESPN and premierleague.com corpora, the hand-read news-archive reports and the quote annotations, per data split.</summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var split = new Option<string>("--split") { Description = "Which split to report: dev, test or all", DefaultValueFactory = _ => "all" };
        split.AcceptOnlyFromAmong("dev", "test", "all");
        var shared = new Option<DirectoryInfo?>("--shared") { Description = "The shared data folder (default: ../shared beside the repository)" };
        var errors = new Option<bool>("--errors") { Description = "List each error of the train and dev splits (never the test split) on stderr" };
        var reportsOnly = new Option<bool>("--reports-only") { Description = "Score only the gold reports the report detector accepts (the facts a digest votes with); by default every fact `extract` writes is scored" };
        var intervals = new Option<bool>("--intervals") { Description = "Also print each figure's 95% interval over 2,000 resamples of whole reports (how far a split of that size lets a figure move)" };
        var command = new Command("extraction", "Score fact extraction against gold (ESPN, premierleague.com, the hand-read news reports, the project's written batches): teams, score, goals, penalties, own goals, red cards, missed penalties, venue, quote speakers.") { split, shared, errors, reportsOnly, intervals };
        command.SetAction(parse =>
        {
            var repo = RepositoryRoot();
            var sharedDir = parse.GetValue(shared)?.FullName ?? (repo is null ? null : Path.GetFullPath(Path.Combine(repo, "..", "shared")));
            if (repo is null || sharedDir is null || !Directory.Exists(sharedDir))
            {
                Console.Error.WriteLine($"newsdigest eval extraction: the shared data folder {(sharedDir ?? "../shared")} is absent (run from inside the repository, or pass --shared)");
                return ExitCodes.Usage;
            }
            var readers = new GoldReaders(repo, sharedDir);
            Action<string> problem = message => Console.Error.WriteLine($"newsdigest eval extraction: {message}");
            var cases = readers.Espn().Concat(readers.PremierLeague()).Concat(readers.News(problem)).Concat(readers.Written(problem)).ToList();
            var quotes = readers.Quotes();
            var texts = readers.Texts(quotes.Select(q => (q.Corpus, q.Id)));
            var parts = parse.GetValue(split) switch
            {
                "dev" => new[] { DataSplit.Part.Dev },
                "test" => [DataSplit.Part.Test],
                _ => [DataSplit.Part.Train, DataSplit.Part.Dev, DataSplit.Part.Test],
            };
            // The archive prints one story under several ids, so a test report may stand, copied, in train or dev too.
            (IReadOnlySet<string> Copied, int Checked)? copies = parts.Contains(DataSplit.Part.Test) ? TestReportsCopiedOutside(readers, cases, texts) : null;
            // Score what `extract` writes: the same pipeline, with the trained models the CLI loads.
            var loaded = NewsDigest.Learning.ModelLoader.LoadDefaultReport();
            foreach (var line in loaded.Problems) Console.Error.WriteLine($"newsdigest: model: {line}");
            var models = loaded.Models;
            // The binary reads the models copied beside it at build time: a model retrained since is not read until the next build,
            // so two runs of one binary around a build differ; say so rather than let the figures look non-deterministic.
            IReadOnlyList<string> stale = loaded.Directory is null ? [] : NewsDigest.Learning.ModelLoader.StaleCopies(loaded.Directory, Path.Combine(repo, "models"));
            if (stale.Count > 0)
                Console.Error.WriteLine($"newsdigest eval extraction: the models read ({loaded.Directory}) differ from the repository's models/ in {string.Join(", ", stale)}; rebuild to read the committed ones");
            var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(models), DefaultPipeline.Extractors(models), parse.GetValue(reportsOnly), copies?.Copied);
            var show = parse.GetValue(errors) ? new HashSet<DataSplit.Part> { DataSplit.Part.Train, DataSplit.Part.Dev } : [];
            var scores = evaluator.Score(cases, quotes, texts, show, Console.Error);
            foreach (var line in readers.Provenance) Console.WriteLine($"# {line}");
            if (loaded.Directory is { } read) Console.WriteLine($"# models: {read}: {string.Join(", ", NewsDigest.Learning.ModelLoader.Fingerprints(read))}");
            if (stale.Count > 0) Console.WriteLine($"# models: differ from the repository's models/ in {string.Join(", ", stale)} (built before they were retrained)");
            if (parse.GetValue(reportsOnly)) Console.WriteLine("# --reports-only: a gold report the report detector turns down counts as read with no facts");
            if (cases.Any(c => WrittenGoldReader.IsWritten(c.Corpus)))
                Console.WriteLine("# written batches are fresh material outside the splits: each is scored whole (split \"all\"), printed with dev and all, listed by --errors");
            if (quotes.Count == 0) Console.WriteLine("# quotes: data/annotations/quotes.jsonl absent, speaker accuracy not scored");
            if (copies is { } c)
                Console.WriteLine($"# news*, quotes*: the test split again without the {c.Copied.Count} of its {c.Checked} news-archive records (gold reports and quote reports) whose text a train or dev article of the archive copies (half of its 8-word runs or more)");
            Console.WriteLine(ExtractionReport.Table(scores, parts));
            if (parse.GetValue(intervals)) Console.WriteLine(ExtractionReport.IntervalTable(scores, parts, IntervalResamples, IntervalSeed));
            return ExitCodes.Success;
        });
        return command;
    }

    private const int IntervalResamples = 2000;
    private const int IntervalSeed = 20261122;

    /// <summary>The test-split news records (gold reports and quote reports) whose text stands, copied, in a train or dev article of the archive.</summary>
    private static (IReadOnlySet<string> Copied, int Checked) TestReportsCopiedOutside(GoldReaders readers, List<GoldCase> cases,
        Dictionary<(string Corpus, string Id), string> quoteTexts)
    {
        var heldOut = cases.Where(c => c.Corpus == NewsGoldReader.Corpus && DataSplit.IsTest(c.Id)).Select(c => (c.Id, c.Text))
            .Concat(quoteTexts.Where(q => q.Key.Corpus == NewsGoldReader.Corpus && DataSplit.IsTest(q.Key.Id)).Select(q => (q.Key.Id, q.Value)))
            .DistinctBy(h => h.Item1).ToList();
        return (HeldOutCopies.Find(heldOut, readers.NewsArchive()), heldOut.Count);
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) return dir.FullName;
        return null;
    }
}
