using System.Text;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>A block's prose outweighs its class name: a teaser the theme calls "entry-content" does not beat an unnamed story.</summary>
public class NameHintWeightTests
{
    private static string Paragraph(int n) =>
        $"<p>Paragraph {n} of the report: Rovers pressed high, United defended deep, the midfield was crowded, and the game turned on one late moment.</p>";

    [Fact]
    public void TheStoryWinsOverAShortBlockWithAStoryLikeName()
    {
        string story = string.Concat(Enumerable.Range(1, 6).Select(Paragraph));
        // A block of links keeps the page as a whole from passing for the story.
        string links = string.Concat(Enumerable.Range(1, 20).Select(n => $"<a href=\"/news/{n}\">Another headline number {n}</a> "));
        string html = $"""
            <html><body>
            <div class="links">{links}</div>
            <div class="layout"><div class="wrap"><div class="inner">{story}</div></div></div>
            <div class="col"><div class="box"><div class="entry-content"><p>Also read: the season preview, with every signing, every departure, every loan, the new captain, and what the coach expects from a young squad that finished ninth last year and lost its best two players in the summer to bigger clubs in the league above, for a combined fee that the board has promised to spend wisely.</p></div></div></div>
            </body></html>
            """;
        var text = HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Article?.Text ?? "";
        for (int n = 1; n <= 6; n++) Assert.Contains($"Paragraph {n} of the report", text);
        Assert.DoesNotContain("Also read", text);
    }
}
