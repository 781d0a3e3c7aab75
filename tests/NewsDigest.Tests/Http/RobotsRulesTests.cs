using NewsDigest.Ingest.Http;

namespace NewsDigest.Tests.Http;

public class RobotsRulesTests
{
    private const string Robots = """
        # a comment
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$

        User-agent: otherbot
        Disallow: /
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/news/match", true)]
    [InlineData("/private/notes", false)]
    [InlineData("/private/press/release", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/robots.txt", true)]
    public void TheLongestMatchingRuleDecides(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "newsdigest").Allows(path));

    [Fact]
    public void AGroupNamingTheAgentReplacesTheStarGroup()
    {
        var rules = RobotsRules.Parse(Robots, "otherbot");
        Assert.False(rules.Allows("/news/match"));
    }

    [Fact]
    public void AnEmptyDisallowAllowsEverything() =>
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "newsdigest").Allows("/anything"));

    [Fact]
    public void AnEmptyFileAllowsEverything() =>
        Assert.True(RobotsRules.Parse("", "newsdigest").Allows("/anything"));
}
