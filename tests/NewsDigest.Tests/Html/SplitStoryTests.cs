using System.Text;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>Stories that page builders split over several top-level widgets, on a page written for this test.</summary>
public class SplitStoryTests
{
    private static string Section(int n) => $"""
        <section class="container-fluid row"><div class="col-md-8"><div class="inner"><div class="cell">
          <h2>Part {n} of the story</h2>
          <p>Part {n}: the second half began with the visitors pressing high, and the home side, tired from a long week of travel, could hardly get out of their own half for twenty minutes.</p>
          <p>Part {n}, continued: the manager changed his shape, brought on two fresh runners, and the game turned again, with chances at both ends before the final whistle blew.</p>
        </div></div></div></section>
        """;

    // The opening alone is long enough to pass for the whole story and sits in wrappers that hold nothing else: only a climb
    // past those wrappers to the page level finds the sections that follow.
    private static readonly string Page = $"""
        <html><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        <div class="row top"><div class="col"><div class="post-text">
          <p>The story opens here, in a standfirst block that the theme marks up as the post's text, far from the rest of it: Rovers, who had not won away since the autumn, travelled north with a weakened squad, three first-choice defenders out injured and the manager's future the talk of the week.</p>
        </div></div></div>
        {Section(1)}{Section(2)}{Section(3)}
        <footer><p>Copyright The Test Gazette, all rights reserved, terms and conditions apply to every page.</p></footer>
        </body></html>
        """;

    [Fact]
    public void KeepsEveryWidgetOfAStorySplitAcrossThePage()
    {
        var text = HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(Page)).Article?.Text ?? "";
        Assert.Contains("The story opens here", text);
        for (int n = 1; n <= 3; n++)
        {
            Assert.Contains($"Part {n}: the second half began", text);
            Assert.Contains($"Part {n}, continued: the manager changed his shape", text);
        }
        Assert.DoesNotContain("all rights reserved", text);
    }
}
