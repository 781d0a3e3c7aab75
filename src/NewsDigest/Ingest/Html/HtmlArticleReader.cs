using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsDigest.Ingest.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>Reads .html/.htm pages: the article's paragraphs and its metadata, through AngleSharp (no scripts run, nothing loaded).</summary>
public sealed class HtmlArticleReader : IArticleReader
{
    public bool Accepts(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<IngestResult> Read(string source, Stream content)
    {
        yield return ReadOne(source, content);
    }

    private static IngestResult ReadOne(string source, Stream content)
    {
        byte[] bytes;
        try
        {
            bytes = PlainTextReader.ReadCapped(content, PlainTextReader.MaxBytes + 1);
        }
        catch (IOException e)
        {
            return IngestResult.Failed(source, FailureKind.Unreadable, $"cannot be read ({e.Message})");
        }
        if (bytes.Length == 0) return IngestResult.Failed(source, FailureKind.Empty, "is empty");
        if (bytes.Length > PlainTextReader.MaxBytes) return IngestResult.Failed(source, FailureKind.TooLarge, "is too large for a web page");
        if (ContentSniffer.LooksBinary(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))) return IngestResult.Failed(source, FailureKind.Binary, "is a binary file, not HTML");
        return FromHtml(source, PlainTextReader.Decode(bytes));
    }

    public static IngestResult FromHtml(string source, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, nav, footer, aside, form, iframe, header nav, figure figcaption").ToList()) junk.Remove();
        IElement root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var paragraphs = root.QuerySelectorAll("h1, h2, h3, p, li, blockquote")
            .Where(e => e.QuerySelector("p, li") is null)
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        string text = string.Join("\n\n", paragraphs);
        if (text.Length == 0) return IngestResult.Failed(source, FailureKind.Empty, "has no readable text");
        string? Meta(string selector) => document.QuerySelector(selector)?.GetAttribute("content");
        DateTimeOffset? published = DateTimeOffset.TryParse(Meta("meta[property='article:published_time']") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"), out var p) ? p : null;
        return IngestResult.Success(new Article(source, text)
        {
            Title = Meta("meta[property='og:title']") ?? document.Title,
            Description = Meta("meta[name='description']"),
            Published = published,
            SiteName = Meta("meta[property='og:site_name']"),
            Language = document.DocumentElement.GetAttribute("lang"),
        });
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
