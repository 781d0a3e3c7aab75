using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval html': main-text extraction scored on ../shared/html-benchmark: precision, recall, F1 and pages per second on one core.</summary>
internal static class EvalHtmlCommand
{
    public static Command Create()
    {
        var split = new Option<string>("--split") { Description = "dev (train+dev: what tuning may look at), dev-part (the dev part alone: not trained on by the block scorer), test (held out), or all", DefaultValueFactory = _ => "dev" };
        split.AcceptOnlyFromAmong("dev", "dev-part", "test", "all");
        var rules = new Option<bool>("--rules") { Description = "Use the hand rules alone, without the learned block scorer (models/html-blocks.ndm)" };
        var benchmark = new Option<DirectoryInfo?>("--benchmark") { Description = "The benchmark folder (default: ../shared/html-benchmark beside the repository, or beside the current directory)" };
        var misses = new Option<FileInfo?>("--misses") { Description = "Write each page's missed and leaked passages to this JSONL file (dev split only: the test pages are never looked at)" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages of the split" };
        var check = new Option<bool>("--check") { Description = "Exit with code 5 when F1 is below 0.93" };
        var command = new Command("html", "Score main-text extraction on the HTML benchmark (precision, recall, F1, pages/s).") { split, benchmark, misses, limit, check, rules };
        command.SetAction(parse =>
        {
            var part = Enum.Parse<HtmlBenchmarkSplit>(parse.GetValue(split)!.Replace("-", ""), ignoreCase: true);
            if (parse.GetValue(misses) is not null && part is not (HtmlBenchmarkSplit.Dev or HtmlBenchmarkSplit.DevPart))
            {
                // The held-out pages' failures must never be looked at, or the rules would end up tuned on them.
                Console.Error.WriteLine($"newsdigest eval html: --misses is only for the dev split (the {part.ToString().ToLowerInvariant()} split holds the held-out test pages, whose misses must not be looked at)");
                return ExitCodes.Usage;
            }
            var folder = parse.GetValue(benchmark)?.FullName ?? FindBenchmark();
            if (folder is null || !File.Exists(Path.Combine(folder, "cases.jsonl")))
            {
                Console.Error.WriteLine($"newsdigest eval html: no benchmark found ({folder ?? "../shared/html-benchmark"} has no cases.jsonl); pass --benchmark DIR");
                return ExitCodes.NothingProcessed;
            }
            var options = parse.GetValue(rules) ? HtmlExtractionOptions.RulesOnly : HtmlExtractionOptions.Default;
            var result = HtmlBenchmarkRunner.Run(folder, part, options, parse.GetValue(limit));
            foreach (var problem in result.Problems) Console.Error.WriteLine($"newsdigest: {problem}");
            var s = result.Score;
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Format(inv, "split {0}: {1} pages, {2} passages expected, {3} boilerplate passages; {4}",
                parse.GetValue(split), result.Pages, s.TruePositives + s.FalseNegatives, result.BoilerplatePassages,
                options.Scorer is null ? "hand rules alone" : "hand rules and the learned block scorer"));
            Console.WriteLine(string.Format(inv, "TP {0}  FN {1}  FP {2}", s.TruePositives, s.FalseNegatives, s.FalsePositives));
            Console.WriteLine(string.Format(inv, "precision {0:F4}  recall {1:F4}  F1 {2:F4}", s.Precision, s.Recall, s.F1));
            Console.WriteLine(string.Format(inv, "{0:F1} pages/s per core ({1:F2} s of processor time for decoding, parsing and extraction, one thread; {2:F1} pages/s by the wall clock)",
                result.PagesPerCpuSecond, result.ExtractionCpuTime.TotalSeconds, result.PagesPerSecond));
            if (parse.GetValue(misses) is { } file)
            {
                using var writer = OutputTarget.Open(file);
                foreach (var outcome in result.Outcomes.Where(o => o.Missed.Count + o.Leaked.Count > 0))
                    writer.WriteLine(JsonSerializer.Serialize(new { id = outcome.Id, key = outcome.Key, missed = outcome.Missed, leaked = outcome.Leaked }));
            }
            return parse.GetValue(check) && s.F1 < 0.93 ? ExitCodes.BelowTarget : ExitCodes.Success;
        });
        return command;
    }

    private static string? FindBenchmark()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "html-benchmark"));
        var here = Path.GetFullPath(Path.Combine("..", "shared", "html-benchmark"));
        return Directory.Exists(here) ? here : null;
    }
}
