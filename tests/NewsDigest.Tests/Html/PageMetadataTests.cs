using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

public class PageMetadataTests
{
    private const string Body = "<p>Rovers came from behind to beat United 2-1 on Saturday, with two goals in the last ten minutes.</p>";

    private static Article Read(string head, string body = Body, string htmlAttributes = "") =>
        HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes($"<html {htmlAttributes}><head>{head}</head><body><article>{body}</article></body></html>")).Article!;

    [Fact]
    public void JsonLdNewsArticleInsideAGraphGivesTheFields()
    {
        const string ld = """
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Not the article"},
              {"@type":"NewsArticle","headline":"Rovers 2-1 United","description":"A late turnaround at Ewood Park.",
               "author":[{"@type":"Person","name":"Ann Writer"},{"@type":"Person","name":"Bob Scribe"}],
               "datePublished":"2026-01-03T17:45:00+00:00","dateModified":"2026-01-03T19:00:00Z",
               "publisher":{"@type":"Organization","name":"The Test Gazette"},"inLanguage":"en-GB"}]}
            </script>
            """;
        var article = Read(ld);
        Assert.Equal("Rovers 2-1 United", article.Title);
        Assert.Equal("A late turnaround at Ewood Park.", article.Description);
        Assert.Equal("Ann Writer, Bob Scribe", article.Author);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 17, 45, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 19, 0, 0, TimeSpan.Zero), article.Modified);
        Assert.Equal("The Test Gazette", article.SiteName);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public void MetaTagsAreTheFallback()
    {
        const string head = """
            <meta property="og:title" content="Rovers 2-1 United">
            <meta name="description" content="Late goals settle it.">
            <meta name="author" content="Ann Writer">
            <meta property="article:published_time" content="2026-01-03T17:45:00+0100">
            <meta property="article:modified_time" content="2026-01-04">
            <meta property="og:site_name" content="The Test Gazette">
            <link rel="canonical" href="https://gazette.example/rovers-united">
            """;
        var article = Read(head, htmlAttributes: "lang=\"de-AT\"");
        Assert.Equal("Rovers 2-1 United", article.Title);
        Assert.Equal("Late goals settle it.", article.Description);
        Assert.Equal("Ann Writer", article.Author);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 17, 45, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal(new DateTimeOffset(2026, 1, 4, 0, 0, 0, TimeSpan.Zero), article.Modified);
        Assert.Equal("The Test Gazette", article.SiteName);
        Assert.Equal("https://gazette.example/rovers-united", article.Url);
        Assert.Equal("de-AT", article.Language);
    }

    [Fact]
    public void TimeElementAndH1AreTheLastResort()
    {
        var article = Read("", "<h1>Rovers beat United</h1><time datetime=\"2026-01-03\">3 January</time>" + Body);
        Assert.Equal("Rovers beat United", article.Title);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), article.Published);
    }

    [Fact]
    public void BrokenJsonLdIsIgnored()
    {
        var article = Read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script><title>Plain title</title>");
        Assert.Equal("Plain title", article.Title);
        Assert.Contains("Rovers came from behind", article.Text);
    }

    [Fact]
    public void AnAuthorProfileUrlIsNotAName()
    {
        var article = Read("<meta property=\"article:author\" content=\"https://facebook.example/ann\">");
        Assert.Null(article.Author);
    }
}
