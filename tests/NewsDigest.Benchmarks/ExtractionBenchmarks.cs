using BenchmarkDotNet.Attributes;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Training;

namespace NewsDigest.Benchmarks;

/// <summary>Rule extraction cost per single-match report: every extractor of the default pipeline over real archive reports.</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Reports = 40;
    private Article[] _reports = [];
    private Article[] _archive = [];
    private IReadOnlyList<IFactExtractor> _extractors = [];
    private readonly RuleReportDetector _detector = new();

    [GlobalSetup]
    public void Setup()
    {
        var repository = ModelRecipes.FindRepository(AppContext.BaseDirectory) ?? ModelRecipes.FindRepository(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run inside the repository");
        var shared = SharedCorpora.Locate(repository) ?? throw new InvalidOperationException("needs ../shared");
        _archive = shared.Archive(400).Select(ReportTrainingData.ToArticle).ToArray();
        // The batch treats texts over 40,000 characters as live blogs and round-ups, never as single-match reports.
        _reports = shared.Archive(3000).Select(ReportTrainingData.ToArticle)
            .Where(a => a.Text.Length <= 40_000 && _detector.Detect(a).Kind == ReportKind.SingleMatchReport)
            .Take(Reports).ToArray();
        if (_reports.Length < Reports) throw new InvalidOperationException($"only {_reports.Length} match reports found");
        _extractors = DefaultPipeline.Extractors(ExtractionModels.None);
    }

    /// <summary>Every fact extractor over one match report (context, sentences, tokens, gazetteers, names included).</summary>
    [Benchmark(OperationsPerInvoke = Reports)]
    public int AllExtractorsPerReport()
    {
        int facts = 0;
        foreach (var report in _reports)
        {
            var context = new ExtractionContext(report);
            foreach (var extractor in _extractors) extractor.Extract(context);
            facts += context.Goals.Count + context.Quotes.Count;
        }
        return facts;
    }

    /// <summary>The rule report detector over one archive article (most archive articles stop here).</summary>
    [Benchmark(OperationsPerInvoke = 400)]
    public int RuleDetectorPerArticle()
    {
        int reports = 0;
        foreach (var article in _archive) if (_detector.Detect(article).Kind == ReportKind.SingleMatchReport) reports++;
        return reports;
    }
}
