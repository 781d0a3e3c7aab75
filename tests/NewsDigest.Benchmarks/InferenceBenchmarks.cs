using BenchmarkDotNet.Attributes;
using NewsDigest.Extraction;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Training;
using NewsDigest.Text;

namespace NewsDigest.Benchmarks;

/// <summary>Inference cost per article of each trained model, on real archive articles (report classifier) and real match reports (sentences, names, speakers).</summary>
[MemoryDiagnoser]
public class InferenceBenchmarks
{
    private ExtractionModels _models = ExtractionModels.None;
    private Article[] _archive = [];
    private string[] _reports = [];
    private List<TextSpan>[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var repository = ModelRecipes.FindRepository(AppContext.BaseDirectory) ?? ModelRecipes.FindRepository(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run inside the repository");
        var report = ModelLoader.Load(Path.Combine(repository, "models"));
        if (report.Problems.Count > 0) throw new InvalidOperationException(string.Join("; ", report.Problems));
        _models = report.Models;
        var shared = SharedCorpora.Locate(repository) ?? throw new InvalidOperationException("needs ../shared");
        _archive = shared.Archive(200).Select(ReportTrainingData.ToArticle).ToArray();
        _reports = shared.Espn().Take(20).Select(r => r.Text).ToArray();
        _sentences = _reports.Select(SentenceSplitter.Split).ToArray();
    }

    /// <summary>The report classifier over 200 archive articles (divide by 200 for one article).</summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int ReportClassifierPerArticle()
    {
        int reports = 0;
        foreach (var article in _archive) if (_models.ReportDetector!.Detect(article).Kind == Extraction.Reports.ReportKind.SingleMatchReport) reports++;
        return reports;
    }

    /// <summary>Sentence classifier over every sentence of one match report.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int SentencesPerReport()
    {
        int goals = 0;
        for (int r = 0; r < _reports.Length; r++)
            foreach (var s in _sentences[r]) if (_models.Sentences!.Classify(_reports[r], s).Label == SentenceLabel.Goal) goals++;
        return goals;
    }

    /// <summary>Name tagger over every sentence of one match report.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int NamesPerReport()
    {
        int names = 0;
        for (int r = 0; r < _reports.Length; r++)
            foreach (var s in _sentences[r]) names += _models.Names!.Tag(_reports[r], s).Count;
        return names;
    }

    /// <summary>Speaker ranking of every quote of one match report.</summary>
    [Benchmark(OperationsPerInvoke = 20)]
    public int SpeakersPerReport()
    {
        var ranker = (ModelSpeakerRanker)_models.Speakers!;
        int found = 0;
        foreach (var text in _reports)
        {
            var quotes = QuoteSpans.Find(text);
            foreach (var q in quotes) if (ranker.Best(text, q, SpeakerCandidateFinder.Find(text, q, quotes)) >= 0) found++;
        }
        return found;
    }
}
