using BenchmarkDotNet.Attributes;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Training;

namespace NewsDigest.Benchmarks;

/// <summary>
/// Where the report detector's time goes on real archive articles (session 10, speed): the whole decision with and without
/// the boosted trees, and its parts alone: the linear models' hashed features, the trees' dense numbers, the trees' traversal.
/// </summary>
[MemoryDiagnoser]
public class ReportDetectorBenchmarks
{
    private const int Articles = 200;

    private ModelReportDetector _detector = null!;
    private ModelReportDetector _linearOnly = null!;
    private Article[] _archive = [];
    private float[][] _rows = [];
    private FeatureBuffer _buffer = null!;
    private readonly float[] _row = new float[ReportDenseFeatures.Count];

    [GlobalSetup]
    public void Setup()
    {
        var repository = ModelRecipes.FindRepository(AppContext.BaseDirectory) ?? ModelRecipes.FindRepository(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run inside the repository");
        var loaded = ModelLoader.Load(Path.Combine(repository, "models"));
        if (loaded.Problems.Count > 0) throw new InvalidOperationException(string.Join("; ", loaded.Problems));
        _detector = loaded.Models.ReportDetector as ModelReportDetector ?? throw new InvalidOperationException("no trained report detector in models/");
        if (_detector.Trees is null) throw new InvalidOperationException("the committed report model has no trees");
        _linearOnly = _detector.WithTrees(null);
        _buffer = new FeatureBuffer(_detector.Classifier.HashBits, 1024);
        var shared = SharedCorpora.Locate(repository) ?? throw new InvalidOperationException("needs ../shared");
        _archive = shared.Archive(Articles).Select(ReportTrainingData.ToArticle).ToArray();
        _rows = _archive.Select(a => ReportDenseFeatures.Row(a)).ToArray();
    }

    /// <summary>The detector as the pipeline runs it: linear models and trees (figures are per article).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Articles)]
    public int DetectWithTrees() => Reports(_detector);

    /// <summary>The same linear models without the trees.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int DetectWithoutTrees() => Reports(_linearOnly);

    /// <summary>The linear models' hashed features alone.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int LinearFeatures()
    {
        int slots = 0;
        foreach (var article in _archive)
        {
            _buffer.Clear();
            ReportFeatures.Featurize(article, _buffer);
            slots += _buffer.Count;
        }
        return slots;
    }

    /// <summary>The trees' dense numbers alone, read from the article.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public float DenseNumbers()
    {
        float sum = 0;
        foreach (var article in _archive)
        {
            ReportDenseFeatures.Fill(article, _row);
            sum += _row[^1];
        }
        return sum;
    }

    /// <summary>The trees' traversal alone, over rows read beforehand.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public double TreeTraversal()
    {
        double sum = 0;
        foreach (var row in _rows) sum += _detector.Trees!.Model.Probability(row);
        return sum;
    }

    private int Reports(ModelReportDetector detector)
    {
        int reports = 0;
        foreach (var article in _archive) if (detector.Detect(article).Kind == ReportKind.SingleMatchReport) reports++;
        return reports;
    }
}
