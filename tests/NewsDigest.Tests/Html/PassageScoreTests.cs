using NewsDigest.Evaluation.Html;

namespace NewsDigest.Tests.Html;

public class PassageScoreTests
{
    private static readonly HtmlBenchmarkCase Case = new("1", "k", "pages/1.html.gz",
        ["Rovers came from behind", "two goals late on", "a passage that is absent"],
        ["Share on Facebook", "Cookie settings"]);

    [Fact]
    public void CountsPresenceAfterWhitespaceNormalisation()
    {
        var score = PassageScore.Of("Rovers came\n\nfrom   behind with\ttwo goals late on.\n\nShare on Facebook", Case);
        Assert.Equal(new PassageScore(2, 1, 1), score);
        Assert.Equal(2.0 / 3, score.Precision, 6);
        Assert.Equal(2.0 / 3, score.Recall, 6);
        Assert.Equal(4.0 / 6, score.F1, 6);
    }

    [Fact]
    public void ScoresAreSummedOverPages()
    {
        var total = new PassageScore(2, 1, 1) + new PassageScore(3, 0, 2);
        Assert.Equal(new PassageScore(5, 1, 3), total);
        Assert.Equal(10.0 / 14, total.F1, 6);
    }

    [Fact]
    public void AnEmptyExtractionFindsNothing() => Assert.Equal(new PassageScore(0, 3, 0), PassageScore.Of("", Case));

    [Theory]
    [InlineData("a  b\n c", "a b c")]
    [InlineData("  lead and trail  ", "lead and trail")]
    [InlineData("nbsp\u00a0here", "nbsp here")]
    public void NormalisationCollapsesWhiteSpace(string input, string expected) => Assert.Equal(expected, PassageScore.Normalise(input));
}
