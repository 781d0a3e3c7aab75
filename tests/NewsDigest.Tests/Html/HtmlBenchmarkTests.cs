using NewsDigest.Evaluation.Html;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Html;

public class HtmlBenchmarkTests
{
    [SharedDataFact]
    public void TheBenchmarkCasesLoadAndSplitIntoDevAndTest()
    {
        var (cases, problems) = HtmlBenchmarkCase.Load(SharedData.PathTo("html-benchmark/cases.jsonl"));
        Assert.Empty(problems);
        Assert.Equal(990, cases.Count);
        int test = cases.Count(c => HtmlBenchmarkRunner.InSplit(c.Id, HtmlBenchmarkSplit.Test));
        int dev = cases.Count(c => HtmlBenchmarkRunner.InSplit(c.Id, HtmlBenchmarkSplit.Dev));
        Assert.Equal(cases.Count, test + dev);
        Assert.All(cases.Where(c => HtmlBenchmarkRunner.InSplit(c.Id, HtmlBenchmarkSplit.Test)), c => Assert.True(DataSplit.IsTest(c.Id)));
        Assert.InRange(test, 150, 250);
    }

    [SharedDataFact]
    public void ASampleOfTheDevSplitScoresWell()
    {
        // A sample keeps the test fast; 'newsdigest eval html' scores the whole set.
        var result = HtmlBenchmarkRunner.Run(SharedData.PathTo("html-benchmark"), HtmlBenchmarkSplit.Dev, limit: 80);
        Assert.Equal(80, result.Pages);
        Assert.Empty(result.Problems);
        Assert.True(result.Score.F1 >= 0.85, $"F1 {result.Score.F1:F3} on the first 80 dev pages (P {result.Score.Precision:F3}, R {result.Score.Recall:F3})");
    }
}
