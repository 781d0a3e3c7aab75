using System.Text.Json;

namespace NewsDigest.Ingest.Html;

/// <summary>The fields of a schema.org NewsArticle (or Article, BlogPosting, LiveBlogPosting ...) found in a page's JSON-LD, @graph included.</summary>
internal sealed record JsonLdArticle
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "Report", "SocialMediaPosting", "TechArticle", "ScholarlyArticle", "WebPage",
    };

    public string? Headline { get; init; }
    public string? Description { get; init; }
    /// <summary>The description exactly as the script wrote it (white space and entities untouched), for readers with their own clean-up.</summary>
    public string? RawDescription { get; init; }
    public string? Author { get; init; }
    public string? DatePublished { get; init; }
    public string? DateModified { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    public bool IsLiveBlog { get; init; }
    /// <summary>WebPage is a weak match: only used when no article type is present.</summary>
    public bool IsGenericPage { get; init; }

    /// <summary>The best article object among the parsed scripts' contents, in document order: the first article, else the first generic page.</summary>
    public static JsonLdArticle? Find(IEnumerable<JsonElement> roots)
    {
        JsonLdArticle? best = null;
        foreach (var root in roots)
        {
            foreach (var candidate in Objects(root))
            {
                var article = FromObject(candidate);
                if (article is null) continue;
                if (best is null || (best.IsGenericPage && !article.IsGenericPage)) best = article;
            }
        }
        return best;
    }

    /// <summary>Every object at the top, in arrays, and in @graph, without recursion beyond those.</summary>
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        int seen = 0;
        while (queue.Count > 0 && seen++ < 500)
        {
            var element = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) queue.Enqueue(item);
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object) continue;
            yield return element;
            if (element.TryGetProperty("@graph", out var graph)) queue.Enqueue(graph);
            if (element.TryGetProperty("mainEntity", out var main)) queue.Enqueue(main);
        }
    }

    private static JsonLdArticle? FromObject(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return null;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.ToString()).ToList() : [type.ToString()];
        var matched = types.Where(ArticleTypes.Contains).ToList();
        if (matched.Count == 0) return null;
        return new JsonLdArticle
        {
            Headline = Text(element, "headline") ?? Text(element, "name"),
            Description = Text(element, "description"),
            RawDescription = RawText(element, "description"),
            Author = Names(element, "author"),
            DatePublished = Text(element, "datePublished") ?? Text(element, "dateCreated"),
            DateModified = Text(element, "dateModified"),
            Publisher = Names(element, "publisher"),
            Url = Text(element, "url") ?? Id(element, "mainEntityOfPage"),
            Language = Text(element, "inLanguage"),
            IsLiveBlog = matched.Any(t => t.Equals("LiveBlogPosting", StringComparison.OrdinalIgnoreCase)),
            IsGenericPage = matched.All(t => t.Equals("WebPage", StringComparison.OrdinalIgnoreCase)),
        };
    }

    private static string? Text(JsonElement element, string name) => Clean(RawText(element, name));

    private static string? RawText(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Array) value = value.EnumerateArray().FirstOrDefault();
        return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static string? Id(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return Clean(value.GetString());
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String) return Clean(id.GetString());
        return null;
    }

    /// <summary>A person or organisation field: a string, an object with a name, or an array of either, joined with commas.</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var names = new List<string>();
        foreach (var item in items)
        {
            string? text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                _ => null,
            };
            text = Clean(text);
            if (text is not null && !names.Contains(text)) names.Add(text);
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
