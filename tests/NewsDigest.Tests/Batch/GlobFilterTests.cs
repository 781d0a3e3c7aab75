using NewsDigest.Batch;

namespace NewsDigest.Tests.Batch;

public sealed class GlobFilterTests
{
    [Theory]
    [InlineData("*.html", "a.html", true)]
    [InlineData("*.html", "sub/deep/a.html", true)]
    [InlineData("*.html", "a.htm", false)]
    [InlineData("sub/*.html", "sub/a.html", true)]
    [InlineData("sub/*.html", "sub/deep/a.html", false)]
    [InlineData("**/*.html", "a.html", true)]
    [InlineData("**/*.html", "x/y/a.html", true)]
    [InlineData("sub/**", "sub/x/y.txt", true)]
    [InlineData("*.{html,txt}", "n.txt", true)]
    [InlineData("*.{html,txt}", "n.warc", false)]
    [InlineData("page?.html", "page7.html", true)]
    [InlineData("page?.html", "page77.html", false)]
    public void Includes_matches_like_a_shell(string include, string path, bool expected) =>
        Assert.Equal(expected, new GlobFilter([include], []).Includes(path));

    [Fact]
    public void Excludes_win_over_includes()
    {
        var filter = new GlobFilter(["**/*.html"], ["drafts/**", "*.tmp.html"]);
        Assert.True(filter.Includes("2024/report.html"));
        Assert.False(filter.Includes("drafts/report.html"));
        Assert.False(filter.Includes("2024/report.tmp.html"));
    }

    [Fact]
    public void No_globs_take_everything() => Assert.True(GlobFilter.All.Includes("any/file.bin"));
}
