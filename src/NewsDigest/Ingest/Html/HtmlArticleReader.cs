using NewsDigest.Ingest.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>Reads .html/.htm pages: the article's paragraphs and its metadata, through AngleSharp (no scripts run, nothing loaded).</summary>
public sealed class HtmlArticleReader : IArticleReader
{
    /// <summary>Pages above this size are refused: real article pages are far smaller, and the cap bounds memory and time.</summary>
    public const int MaxBytes = PlainTextReader.MaxBytes;

    public bool Accepts(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xhtml", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<IngestResult> Read(string source, Stream content)
    {
        yield return ReadOne(source, content);
    }

    private static IngestResult ReadOne(string source, Stream content)
    {
        byte[] bytes;
        try
        {
            bytes = PlainTextReader.ReadCapped(content, MaxBytes + 1);
        }
        catch (IOException e)
        {
            return IngestResult.Failed(source, FailureKind.Unreadable, $"cannot be read ({e.Message})");
        }
        return FromBytes(source, bytes);
    }

    /// <summary>Reads a page from its original bytes; the charset comes from the HTTP header when known, else from the page itself.</summary>
    public static IngestResult FromBytes(string source, ReadOnlySpan<byte> bytes, string? httpCharset = null, Uri? url = null) =>
        FromBytes(source, bytes, HtmlExtractionOptions.Default, httpCharset, url);

    /// <summary>Reads a page from its original bytes, choosing the story's blocks as <paramref name="options"/> say.</summary>
    public static IngestResult FromBytes(string source, ReadOnlySpan<byte> bytes, HtmlExtractionOptions options, string? httpCharset = null, Uri? url = null)
    {
        if (bytes.Length == 0) return IngestResult.Failed(source, FailureKind.Empty, "is empty");
        if (bytes.Length > MaxBytes) return IngestResult.Failed(source, FailureKind.TooLarge, $"is larger than {MaxBytes >> 20} MiB, too large for a web page");
        if (ContentSniffer.LooksBinary(bytes[..Math.Min(bytes.Length, 4096)])) return IngestResult.Failed(source, FailureKind.Binary, "is a binary file, not HTML");
        var decoded = HtmlDecoder.Decode(bytes, httpCharset);
        return FromHtml(source, decoded.Html, url, options);
    }

    public static IngestResult FromHtml(string source, string html) => FromHtml(source, html, null, HtmlExtractionOptions.Default);

    private static IngestResult FromHtml(string source, string html, Uri? url, HtmlExtractionOptions options)
    {
        if (string.IsNullOrWhiteSpace(html)) return IngestResult.Failed(source, FailureKind.Empty, "is empty");
        if (NestingGuard.Depth(html) > NestingGuard.MaxDepth)
            return IngestResult.Failed(source, FailureKind.Malformed, $"nests its elements more than {NestingGuard.MaxDepth} levels deep, which no real page does; refused rather than parsed");
        var extraction = HtmlPageExtractor.Extract(html, options);
        if (extraction.Paragraphs.Count == 0) return IngestResult.Failed(source, FailureKind.Empty, "has no readable text (no paragraphs found in the page)");
        var meta = extraction.Metadata;
        return IngestResult.Success(new Article(source, extraction.Text)
        {
            Title = meta.Title,
            Description = meta.Description,
            Author = meta.Author,
            Url = meta.CanonicalUrl ?? url?.ToString(),
            Published = meta.Published,
            Modified = meta.Modified,
            SiteName = meta.SiteName ?? url?.Host,
            Language = meta.Language,
        });
    }
}
