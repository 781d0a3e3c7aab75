using NewsDigest.Ingest.Html;
using NewsDigest.Ingest.Text;

namespace NewsDigest.Ingest.Warc;

/// <summary>Turns a response (or resource) record into an article: HTTP status and headers, chunked transfer, content codings, charset, then the HTML reader.</summary>
public sealed class WarcResponseParser
{
    public IngestResult Parse(WarcRecord record)
    {
        if (record.SplitError is { } split) return IngestResult.Failed(record.Source, split.Kind, split.Reason);
        string where = $"record at offset {record.Offset} of {record.File}";
        ReadOnlyMemory<byte> body;
        string? contentType;
        string? contentEncoding = null;
        if (record.Type.Equals("response", StringComparison.OrdinalIgnoreCase))
        {
            var (message, error) = HttpMessage.Parse(record.Block);
            if (message is null) return IngestResult.Failed(record.Source, FailureKind.Malformed, $"{where} {error}");
            if (message.Status is < 200 or > 299)
                return IngestResult.Failed(record.Source, FailureKind.UnsupportedContent, $"{where} is an HTTP {message.Status} response, not a page");
            contentType = message.Header("Content-Type");
            contentEncoding = message.Header("Content-Encoding");
            body = message.Body;
            // Crawlers often store the body already decoded but keep the original headers; a body that does not start like a chunk is taken as it is.
            if (message.Header("Transfer-Encoding") is { } transfer && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase) && ChunkedDecoder.LooksChunked(body.Span))
            {
                var (unchunked, chunkError) = ChunkedDecoder.Decode(body.Span, PlainTextReader.MaxBytes);
                if (unchunked is null) return IngestResult.Failed(record.Source, FailureKind.Malformed, $"{where}: {chunkError}");
                body = unchunked;
            }
        }
        else
        {
            contentType = record.ContentType;
            body = record.Block;
        }
        var kind = PageKind(contentType);
        if (kind == Page.Other)
            return IngestResult.Failed(record.Source, FailureKind.UnsupportedContent, $"{where} is {MediaType(contentType)}, not a web page or text");
        var (decoded, decodeError) = ContentDecoder.Decode(body.ToArray(), contentEncoding, PlainTextReader.MaxBytes);
        if (decoded is null) return IngestResult.Failed(record.Source, FailureKind.Malformed, $"{where} {decodeError}");
        if (decoded.Length == 0) return IngestResult.Failed(record.Source, FailureKind.Empty, $"{where} has an empty body");
        if (ContentSniffer.LooksBinary(decoded.AsSpan(0, Math.Min(decoded.Length, 4096))))
            return IngestResult.Failed(record.Source, FailureKind.Binary, $"{where} holds binary data, not a page");
        string text = CharsetDecoder.Decode(decoded, contentType);
        var result = kind == Page.Text && !ContentSniffer.LooksLikeHtml(text.AsSpan(0, Math.Min(text.Length, 512)))
            ? PlainTextReader.FromText(record.Source, text)
            : HtmlArticleReader.FromHtml(record.Source, text);
        if (result.Article is not { } article) return result;
        return IngestResult.Success(article with { Url = article.Url ?? record.TargetUri });
    }

    private enum Page { Html, Text, Other }

    private static Page PageKind(string? contentType)
    {
        var media = MediaType(contentType);
        if (media is "text/html" or "application/xhtml+xml" or "unknown content") return Page.Html;
        if (media.StartsWith("text/", StringComparison.Ordinal)) return Page.Text;
        return Page.Other;
    }

    private static string MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return "unknown content";
        int semicolon = contentType.IndexOf(';');
        return (semicolon >= 0 ? contentType[..semicolon] : contentType).Trim().ToLowerInvariant();
    }
}
