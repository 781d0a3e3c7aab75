using System.Text.Json;
using AngleSharp.Html.Parser;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>One reading of a page's meta tags and scripts, shared by the metadata, the standfirst and the script story; pages written for these tests.</summary>
public class PageDeclarationsTests
{
    private static PageDeclarations Read(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return PageDeclarations.Read(document);
    }

    private static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(100)]
    public void MeasuresDepthAsJsonDocumentLimitsIt(int depth)
    {
        string json = depth == 1 ? "{\"a\":1}" : "{\"a\":" + Nested(depth - 1) + "}";
        bool parsesAt64;
        try
        {
            using var limited = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            parsesAt64 = true;
        }
        catch (JsonException)
        {
            parsesAt64 = false;
        }
        using var deep = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        int measured = PageDeclarations.Depth(deep.RootElement);
        Assert.Equal(depth, measured);
        Assert.Equal(parsesAt64, measured <= 64);
    }

    [Fact]
    public void KeepsEveryMetaTagInDocumentOrderWithItsAttributesAsWritten()
    {
        var declarations = Read("""
            <html><head>
            <meta name="description" content="  First  line &amp; more ">
            <meta property="og:description" name="ignored" content="Second">
            <meta itemprop="author" content="">
            <meta http-equiv="content-language" content="de">
            </head><body><p>Body</p></body></html>
            """);
        Assert.Equal(4, declarations.Meta.Count);
        Assert.Equal(new MetaTag(null, "description", null, null, "  First  line & more "), declarations.Meta[0]);
        Assert.Equal(new MetaTag("og:description", "ignored", null, null, "Second"), declarations.Meta[1]);
        Assert.Equal("", declarations.Meta[2].Content);
        Assert.Equal("content-language", declarations.Meta[3].HttpEquiv);
    }

    [Fact]
    public void ReadsTheArticleAndTheLongestStoryBodyFromTheLinkedData()
    {
        string shortBody = new('a', 40);
        string longBody = string.Join(' ', Enumerable.Repeat("Rovers beat United at Ewood Park.", 12));
        var declarations = Read($$"""
            <html><head>
            <script type="application/ld+json">{"@type":"WebPage","name":"Generic page"}</script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rovers 2-1 United","description":"A  &amp; B","articleBody":"{{shortBody}}","padding":"{{new string('x', 200)}}"}</script>
            <script type="application/ld+json">{"@graph":[{"@type":"Thing","articleBody":"{{longBody}}"}]}</script>
            <script type="application/ld+json">{ broken</script>
            </head><body><p>Body</p></body></html>
            """);
        Assert.NotNull(declarations.Article);
        Assert.Equal("Rovers 2-1 United", declarations.Article.Headline);
        Assert.Equal("A &amp; B", declarations.Article.Description);
        Assert.Equal("A  &amp; B", declarations.Article.RawDescription);
        Assert.Equal(longBody, declarations.LinkedDataBody);
        Assert.Equal(4, declarations.Scripts.Scripts.Count);
    }

    [Fact]
    public void IgnoresLinkedDataNestedDeeperThanJsonLdIsRead()
    {
        string deep = "{\"@type\":\"NewsArticle\",\"headline\":\"Too deep\",\"x\":" + Nested(70) + "}";
        var declarations = Read($"<html><head><script type=\"application/ld+json\">{deep}</script></head><body><p>Body</p></body></html>");
        Assert.Null(declarations.Article);
    }

    [Fact]
    public void TheMetadataAndTheStandfirstKeepTheirOwnChoiceOfDescription()
    {
        // The metadata takes og:description before description and leaves entities as written in JSON-LD; the standfirst
        // follows document order among description and twitter:description and decodes entities.
        string summary = "Late goals from Cole &amp; Reyes turned the game at Ewood Park, where Rovers had trailed United since Hale's header.";
        string html = $$"""
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Rovers 2-1 United","description":"{{summary}}"}</script>
            </head><body><div class="story">
            <p>Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game.</p>
            <p>United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed it.</p>
            <p>Jamie Cole equalised in the 81st minute, and Tom Reyes won it with a low shot in the 88th, to the delight of a crowd of 14,000.</p>
            </div></body></html>
            """;
        var extraction = HtmlPageExtractor.Extract(html, HtmlExtractionOptions.RulesOnly);
        Assert.Equal(summary, extraction.Metadata.Description);
        Assert.StartsWith(summary.Replace("&amp;", "&") + "\n\n", extraction.Text);
    }
}
