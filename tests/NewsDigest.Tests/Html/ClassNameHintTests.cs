using System.Text;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>Class and id hints are read as words: a hint that only matches across a camelCase boundary, ending inside the next word, says nothing.</summary>
public class ClassNameHintTests
{
    [Theory]
    [InlineData("APageRoot__SectionWrapper", false)]
    [InlineData("heateorSssSharing", true)]
    [InlineData("pager", true)]
    [InlineData("navBar-item", true)]
    [InlineData("serendipitySideBarDate", true)]
    [InlineData("postAuthorBox", true)]
    [InlineData("story-body", false)]
    public void ReadsCertainFurnitureNamesAsWords(string names, bool furniture) =>
        Assert.Equal(furniture, BoilerplateHints.Certain().FoundIn(names));

    [Fact]
    public void DoesNotDropAStoryWhoseWrapperNameOnlyContainsAHintAcrossACamelCaseBoundary()
    {
        var sections = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<section class=\"APageRoot__SectionWrapper\"><h2>Step {i}</h2><p>Step {i} of the plan: the club changes how it sends its parcels, with less paper, reused boxes and a lighter footprint for every order that leaves the shop.</p></section>"));
        var html = $"<html><body><div class=\"mainNavBar\"><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></div><main class=\"APageRoot\">{sections}</main></body></html>";
        var text = HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Article?.Text ?? "";
        for (int i = 1; i <= 4; i++) Assert.Contains($"Step {i} of the plan", text);
        Assert.DoesNotContain("Shop", text);
    }
}
