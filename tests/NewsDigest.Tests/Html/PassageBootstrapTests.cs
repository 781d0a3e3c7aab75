using NewsDigest.Evaluation.Html;

namespace NewsDigest.Tests.Html;

/// <summary>The page bootstrap behind the HTML scorer's generalisation figures.</summary>
public class PassageBootstrapTests
{
    private static readonly PassageScore[] Pages =
    [
        new(3, 0, 0), new(2, 1, 0), new(3, 0, 2), new(1, 2, 1), new(3, 0, 0), new(0, 3, 0), new(2, 0, 1), new(3, 0, 0),
    ];

    [Fact]
    public void TheIntervalHoldsTheWholeSampleFigureAndNarrowsWithMorePages()
    {
        var total = Pages.Aggregate(default(PassageScore), (a, b) => a + b);
        var small = PassageBootstrap.F1(Pages, 8, 500, 7);
        var large = PassageBootstrap.F1(Pages, 200, 500, 7);
        Assert.InRange(total.F1, small.Low, small.High);
        Assert.InRange(total.F1, large.Low, large.High);
        Assert.True(large.High - large.Low < small.High - small.Low);
        Assert.True(small.High > small.Low);
    }

    [Fact]
    public void IsTheSameForTheSameSeed()
    {
        Assert.Equal(PassageBootstrap.F1(Pages, 8, 300, 11), PassageBootstrap.F1(Pages, 8, 300, 11));
    }

    [Fact]
    public void APairedComparisonOfTheSameScoresIsZeroAndABetterOneIsPositive()
    {
        Assert.Equal(new PassageBootstrap.Interval(0, 0), PassageBootstrap.F1(Pages, 8, 300, 3, Pages));
        // Every page one leak fewer: better on every sample.
        var better = Pages.Select(p => p with { FalsePositives = Math.Max(0, p.FalsePositives - 1) }).ToArray();
        var difference = PassageBootstrap.F1(better, 8, 300, 3, Pages);
        Assert.True(difference.Low >= 0);
        Assert.True(difference.High > 0);
    }

    [Fact]
    public void ABaselineOfOtherPagesIsRefused()
    {
        Assert.Throws<ArgumentException>(() => PassageBootstrap.F1(Pages, 8, 10, 1, Pages[..3]));
    }
}
