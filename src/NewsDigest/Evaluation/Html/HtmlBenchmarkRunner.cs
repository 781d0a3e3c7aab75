using System.Diagnostics;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning;

namespace NewsDigest.Evaluation.Html;

/// <summary>Which part of the benchmark to score: dev is train+dev (what tuning may look at), test is held out.</summary>
public enum HtmlBenchmarkSplit
{
    Dev,
    Test,
    All,
    /// <summary>The dev part alone: what the block scorer's threshold was chosen on, and not trained on.</summary>
    DevPart,
}

/// <summary>The outcome of one benchmark run: summed counts, the pages read, the extraction time on one thread, and pages that could not be read.</summary>
public sealed record HtmlBenchmarkResult(PassageScore Score, int Pages, int BoilerplatePassages, TimeSpan ExtractionTime, TimeSpan ExtractionCpuTime, IReadOnlyList<string> Problems, IReadOnlyList<HtmlCaseOutcome> Outcomes)
{
    /// <summary>Pages per second of processor time: extraction runs on one thread, so this is the rate of one core, whatever else the machine is doing.</summary>
    public double PagesPerCpuSecond => ExtractionCpuTime.TotalSeconds == 0 ? 0 : Pages / ExtractionCpuTime.TotalSeconds;

    /// <summary>Pages per second of wall-clock time on one thread; lower than the processor-time rate on a busy machine.</summary>
    public double PagesPerSecond => ExtractionTime.TotalSeconds == 0 ? 0 : Pages / ExtractionTime.TotalSeconds;
}

/// <summary>One page's score with the passages it got wrong, for looking at failures.</summary>
public sealed record HtmlCaseOutcome(string Id, string Key, PassageScore Score, IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked);

/// <summary>Runs the extractor over ../shared/html-benchmark (or any folder of the same shape) and scores it with the benchmark's metric.</summary>
public static class HtmlBenchmarkRunner
{
    public static bool InSplit(string id, HtmlBenchmarkSplit split) => split switch
    {
        HtmlBenchmarkSplit.Test => DataSplit.Of(id) == DataSplit.Part.Test,
        HtmlBenchmarkSplit.Dev => DataSplit.Of(id) != DataSplit.Part.Test,
        HtmlBenchmarkSplit.DevPart => DataSplit.Of(id) == DataSplit.Part.Dev,
        _ => true,
    };

    public static HtmlBenchmarkResult Run(string benchmarkDirectory, HtmlBenchmarkSplit split, int? limit = null) =>
        Run(benchmarkDirectory, split, HtmlExtractionOptions.Default, limit);

    /// <summary>Scores the split with the story chosen as <paramref name="options"/> say (the block scorer, or the hand rules alone).</summary>
    public static HtmlBenchmarkResult Run(string benchmarkDirectory, HtmlBenchmarkSplit split, HtmlExtractionOptions options, int? limit = null)
    {
        var (cases, problems) = HtmlBenchmarkCase.Load(Path.Combine(benchmarkDirectory, "cases.jsonl"));
        var score = default(PassageScore);
        var outcomes = new List<HtmlCaseOutcome>();
        var clock = new Stopwatch();
        var cpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        int pages = 0, boilerplate = 0;
        // One untimed page first, so that the figure is the steady rate and not the JIT compiling the parser.
        if (cases.Count > 0 && File.Exists(Path.Combine(benchmarkDirectory, cases[0].Page)))
            Extract(cases[0].ReadPage(benchmarkDirectory), options);
        foreach (var page in cases.Where(c => InSplit(c.Id, split)).Take(limit ?? int.MaxValue))
        {
            byte[] bytes;
            try
            {
                bytes = page.ReadPage(benchmarkDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                problems.Add($"{page.Page}: cannot be read ({e.Message}); counted as an empty extraction");
                bytes = [];
            }
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            clock.Start();
            string text = Extract(bytes, options);
            clock.Stop();
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            pages++;
            boilerplate += page.Without.Count;
            var pageScore = PassageScore.Of(text, page);
            score += pageScore;
            string normalised = PassageScore.Normalise(text);
            outcomes.Add(new HtmlCaseOutcome(page.Id, page.Key, pageScore,
                page.With.Where(p => !normalised.Contains(PassageScore.Normalise(p), StringComparison.Ordinal)).ToList(),
                page.Without.Where(p => normalised.Contains(PassageScore.Normalise(p), StringComparison.Ordinal)).ToList()));
        }
        return new HtmlBenchmarkResult(score, pages, boilerplate, clock.Elapsed, cpu, problems, outcomes);
    }

    /// <summary>The text the scraper gives for a page's bytes: the same path as 'newsdigest scrape', decoding included.</summary>
    public static string Extract(byte[] bytes) => Extract(bytes, HtmlExtractionOptions.Default);

    public static string Extract(byte[] bytes, HtmlExtractionOptions options)
    {
        var result = HtmlArticleReader.FromBytes("page", bytes, options);
        return result.Article?.Text ?? "";
    }
}
