using NewsDigest.Evaluation.Html;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Html;

/// <summary>The site of a benchmark page, read from its case key, and the cross-validation folds grouped by it.</summary>
public class HtmlBenchmarkSiteTests
{
    [Theory]
    [InlineData("https://www.theguardian.com/education/2020/jan/20/story", "theguardian.com")]
    [InlineData("https://de.motor1.com/news/545242/story/", "motor1.com")]
    [InlineData("https://www.standard.co.uk/news/uk/story-a4561256.html", "standard.co.uk")]
    [InlineData("https://web.archive.org/web/20070228213001/http://www.example-economie.fr/site/page.html", "example-economie.fr")]
    [InlineData("hard::nationnews.com-schools.html", "nationnews.com")]
    [InlineData("hard::diaadia.com.pa-ulpiano.html", "diaadia.com")]
    [InlineData("xhttps://www.zoo-example.de/de/aktuelles/artikel", "zoo-example.de")]
    [InlineData("https://www.zvei-example.org/presse/page ", "zvei-example.org")]
    [InlineData("recall", "recall")]
    public void ReadsTheSiteFromTheKey(string key, string site) => Assert.Equal(site, HtmlBenchmarkSite.Of(key));

    [Fact]
    public void PagesOfOneSiteShareAFoldAndSitesSpreadOverAllFolds()
    {
        static HtmlBenchmarkCase Case(string id, string key) => new(id, key, $"pages/{id}.html.gz", [], []);
        Assert.Equal(HtmlBlockModelRecipe.SiteFoldOf(Case("1", "hard::nationnews.com-schools.html")), HtmlBlockModelRecipe.SiteFoldOf(Case("2", "https://www.nationnews.com/2023/01/tridents/")));
        var folds = Enumerable.Range(0, 200).Select(i => HtmlBlockModelRecipe.SiteFoldOf(Case($"{i}", $"https://www.site{i}.org/page"))).ToHashSet();
        Assert.Equal(Enumerable.Range(0, HtmlBlockModelRecipe.Folds).ToHashSet(), folds);
    }
}
