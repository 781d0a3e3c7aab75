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
        var command = new Command("extraction", "Score fact extraction against gold: teams, score, goals, penalties, own goals, red cards, missed penalties, venue, quote speakers.") { split, shared, errors, reportsOnly };
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
            var cases = readers.Espn().Concat(readers.PremierLeague()).Concat(readers.News(problem => Console.Error.WriteLine($"newsdigest eval extraction: {problem}"))).ToList();
            var quotes = readers.Quotes();
            var texts = readers.Texts(quotes.Select(q => (q.Corpus, q.Id)));
            // Score what `extract` writes: the same pipeline, with the trained models the CLI loads.
            var models = NewsDigest.Learning.ModelLoader.LoadDefault();
            var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(models), DefaultPipeline.Extractors(models), parse.GetValue(reportsOnly));
            var show = parse.GetValue(errors) ? new HashSet<DataSplit.Part> { DataSplit.Part.Train, DataSplit.Part.Dev } : [];
            var scores = evaluator.Score(cases, quotes, texts, show, Console.Error);
            var parts = parse.GetValue(split) switch
            {
                "dev" => new[] { DataSplit.Part.Dev },
                "test" => [DataSplit.Part.Test],
                _ => [DataSplit.Part.Train, DataSplit.Part.Dev, DataSplit.Part.Test],
            };
            foreach (var line in readers.Provenance) Console.WriteLine($"# {line}");
            if (parse.GetValue(reportsOnly)) Console.WriteLine("# --reports-only: a gold report the report detector turns down counts as read with no facts");
            if (quotes.Count == 0) Console.WriteLine("# quotes: data/annotations/quotes.jsonl absent, speaker accuracy not scored");
            Console.WriteLine(ExtractionReport.Table(scores, parts));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) return dir.FullName;
        return null;
    }
}
