using BenchmarkDotNet.Attributes;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Language;
using NewsDigest.Learning.Training;

namespace NewsDigest.Benchmarks;

/// <summary>Cost per article of the language guard, which the pipeline runs on every article before report detection.</summary>
[MemoryDiagnoser]
public class LanguageGuardBenchmarks
{
    private Article[] _archive = [];

    [GlobalSetup]
    public void Setup()
    {
        var repository = ModelRecipes.FindRepository(AppContext.BaseDirectory) ?? ModelRecipes.FindRepository(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("run inside the repository");
        var shared = SharedCorpora.Locate(repository) ?? throw new InvalidOperationException("needs ../shared");
        _archive = shared.Archive(1000).Select(ReportTrainingData.ToArticle).ToArray();
    }

    /// <summary>The guard over 1,000 real archive articles (the figure is per article).</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int GuardPerArticle()
    {
        int foreign = 0;
        foreach (var article in _archive) if (ForeignLanguageGuard.Check(article) is not null) foreign++;
        return foreign;
    }
}
