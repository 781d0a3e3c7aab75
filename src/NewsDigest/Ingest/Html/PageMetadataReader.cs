using System.Globalization;
using AngleSharp.Dom;

namespace NewsDigest.Ingest.Html;

/// <summary>Reads a page's metadata from JSON-LD first, then Open Graph, article:* and Dublin Core meta tags, then the markup itself.</summary>
internal static class PageMetadataReader
{
    /// <summary>The page's metadata from its declarations (read before the page was changed) and its markup.</summary>
    public static PageMetadata Read(IDocument document, PageDeclarations declarations)
    {
        // The first tag with content wins for each name; a tag is named by property, else name, itemprop, http-equiv.
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in declarations.Meta)
        {
            string? key = tag.Property ?? tag.Name ?? tag.ItemProp ?? tag.HttpEquiv;
            string? content = tag.Content;
            if (key is null || string.IsNullOrWhiteSpace(content)) continue;
            meta.TryAdd(key.Trim(), Collapse(content));
        }
        string? M(params string[] keys)
        {
            foreach (var key in keys)
                if (meta.TryGetValue(key, out var value)) return value;
            return null;
        }
        var ld = declarations.Article;

        string? title = ld?.Headline ?? M("og:title", "twitter:title", "dc.title", "DC.title", "headline");
        if (title is null)
        {
            var h1 = document.QuerySelector("h1");
            title = NonEmpty(h1?.TextContent) ?? NonEmpty(document.Title);
        }
        var time = document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        string? author = ld?.Author ?? M("author", "article:author", "dc.creator", "DC.creator", "sailthru.author", "parsely-author", "byl");
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase)) author = null; // article:author is often a profile URL
        author ??= NonEmpty(document.QuerySelector("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author']")?.TextContent);
        string? canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? M("og:url") ?? ld?.Url;
        if (canonical is not null && !Uri.TryCreate(canonical, UriKind.Absolute, out _)) canonical = null;
        string? language = NonEmpty(document.DocumentElement?.GetAttribute("lang")) ?? ld?.Language ?? M("og:locale", "content-language", "language", "dc.language");
        return new PageMetadata
        {
            Title = title,
            Description = ld?.Description ?? M("og:description", "description", "twitter:description", "dc.description"),
            Author = author,
            Published = ParseDate(ld?.DatePublished) ?? ParseDate(M("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "DC.date.issued", "sailthru.date", "parsely-pub-date", "og:published_time")) ?? ParseDate(time),
            Modified = ParseDate(ld?.DateModified) ?? ParseDate(M("article:modified_time", "dateModified", "og:updated_time", "last-modified")),
            SiteName = M("og:site_name", "application-name", "twitter:site") ?? ld?.Publisher,
            CanonicalUrl = canonical,
            Language = NormaliseLanguage(language),
            IsLiveBlog = ld?.IsLiveBlog ?? false,
        };
    }

    /// <summary>Parses the date formats pages use (ISO 8601 with or without offset, RFC 1123); a time without an offset is taken as UTC.</summary>
    internal static DateTimeOffset? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)) return value;
        // "2023-11-08T10:00:00+0000" (no colon in the offset) is common and not ISO enough for .NET.
        if (text.Length > 5 && (text[^5] == '+' || text[^5] == '-') && text[^4..].All(char.IsAsciiDigit)
            && DateTimeOffset.TryParse(text[..^2] + ":" + text[^2..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return value;
        return null;
    }

    private static string? NormaliseLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        string tag = language.Trim().Replace('_', '-');
        int comma = tag.IndexOf(',');
        if (comma > 0) tag = tag[..comma].Trim();
        return tag.Length is >= 2 and <= 35 ? tag : null;
    }

    private static string? NonEmpty(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return Collapse(text);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
