using System.Text;
using System.Text.Json;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>Pages whose markup holds only a teaser while the story sits in a script, written for these tests.</summary>
public class ScriptStoryTests
{
    private static readonly string[] Paragraphs =
    [
        "Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game.",
        "United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed it.",
        "Jamie Cole equalised in the 81st minute, and Tom Reyes won it with a low shot in the 88th, to the delight of a crowd of 14,000.",
        "The win lifts Rovers to fifth, two points off the play-off places, with a trip to the league leaders to come next weekend.",
    ];

    private const string Teaser = "<main><h1>Rovers 2-1 United</h1><p>Rovers came from behind to beat United at Ewood Park.</p><p><a href=\"/subscribe\">Read more</a></p></main>";

    private static string Text(string html) =>
        HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Article?.Text ?? throw new Xunit.Sdk.XunitException("no article");

    [Fact]
    public void ReadsTheArticleBodyOfTheLinkedDataWhenTheMarkupHoldsATeaser()
    {
        string ld = JsonSerializer.Serialize(new Dictionary<string, object> { ["@type"] = "NewsArticle", ["headline"] = "Rovers 2-1 United", ["articleBody"] = string.Join("\n", Paragraphs) });
        var text = Text($"<html><head><script type=\"application/ld+json\">{ld}</script></head><body>{Teaser}</body></html>");
        Assert.Equal(string.Join("\n\n", Paragraphs), text);
    }

    [Fact]
    public void ReadsTheProseOfAFrameworkStateWithoutRunningIt()
    {
        string body = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        string state = JsonSerializer.Serialize(new { article = new { id = 42, slug = "rovers-united", url = "https://example.test/rovers-united", body } });
        var text = Text($"<html><body>{Teaser}<script>window.__INITIAL_STATE__ = {state};</script></body></html>");
        foreach (var paragraph in Paragraphs) Assert.Contains(paragraph, text);
        Assert.DoesNotContain("rovers-united", text);
        Assert.DoesNotContain("<p>", text);
    }

    [Fact]
    public void ReadsNextDataAndEntityEncodedMarkup()
    {
        string body = string.Concat(Paragraphs.Select(p => $"&lt;p&gt;{p}&lt;/p&gt;"));
        string state = JsonSerializer.Serialize(new { props = new { pageProps = new { story = new { content = body } } } });
        var text = Text($"<html><body>{Teaser}<script id=\"__NEXT_DATA__\" type=\"application/json\">{state}</script></body></html>");
        foreach (var paragraph in Paragraphs) Assert.Contains(paragraph, text);
    }

    [Fact]
    public void KeepsTheMarkupWhenItHoldsTheStory()
    {
        string page = string.Concat(Paragraphs.Select(p => $"<p>{p}</p>"));
        string ld = JsonSerializer.Serialize(new Dictionary<string, object> { ["@type"] = "NewsArticle", ["articleBody"] = "A different, shorter summary of the match that the page's markup does not hold." });
        var text = Text($"<html><head><script type=\"application/ld+json\">{ld}</script></head><body><article>{page}</article></body></html>");
        Assert.Equal(string.Join("\n\n", Paragraphs), text);
    }
}
