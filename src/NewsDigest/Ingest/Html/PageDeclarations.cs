using System.Text.Json;
using AngleSharp.Dom;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// What a page declares about itself in its meta tags and scripts, read once per page before the extractor changes the page:
/// the meta tags in document order, the JSON-LD article, the longest JSON-LD <c>articleBody</c> and the script elements.
/// Each JSON-LD script is parsed once here; the metadata reader, the standfirst and the script story each apply their own
/// choice rules to this reading instead of parsing the scripts again.
/// </summary>
internal sealed record PageDeclarations(IReadOnlyList<MetaTag> Meta, JsonLdArticle? Article, string LinkedDataBody, ScriptSources Scripts)
{
    /// <summary>
    /// The depth <see cref="JsonLdArticle"/> accepts: its objects sit near the top, and a deeper script is not JSON-LD a
    /// browser's consumers would read either. The script story accepts deeper state (<see cref="ScriptStoryText.ParseOptions"/>).
    /// </summary>
    private const int LinkedDataMaxDepth = 64;

    /// <summary>Reads a parsed page's declarations; call it before anything removes elements from the page.</summary>
    public static PageDeclarations Read(IDocument document)
    {
        var meta = new List<MetaTag>();
        foreach (var tag in document.QuerySelectorAll("meta"))
            meta.Add(new MetaTag(tag.GetAttribute("property"), tag.GetAttribute("name"), tag.GetAttribute("itemprop"), tag.GetAttribute("http-equiv"), tag.GetAttribute("content")));

        var scripts = ScriptSources.Of(document);
        // The article comes from scripts typed exactly application/ld+json; the story body from any script the script story
        // reads as linked data. A script in both is parsed once.
        var articleScripts = new HashSet<IElement>(document.QuerySelectorAll("script[type='application/ld+json']"), ReferenceEqualityComparer.Instance);
        var articleRoots = new List<JsonElement>();
        string body = "";
        var parsed = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts.Scripts)
            {
                bool forArticle = articleScripts.Contains(script);
                bool forBody = ScriptStoryText.IsLinkedDataStory(script);
                if (!forArticle && !forBody) continue;
                var json = Parse(script.TextContent);
                if (json is null) continue;
                parsed.Add(json);
                if (forArticle && Depth(json.RootElement) <= LinkedDataMaxDepth) articleRoots.Add(json.RootElement);
                if (forBody)
                    foreach (var value in ScriptStoryText.StringsNamed(json.RootElement, "articleBody"))
                        if (value.Length > body.Length) body = value;
            }
            return new PageDeclarations(meta, JsonLdArticle.Find(articleRoots), body, scripts);
        }
        finally
        {
            foreach (var json in parsed) json.Dispose();
        }
    }

    /// <summary>The script's JSON, or null when it is not valid JSON (browsers ignore broken JSON-LD too).</summary>
    private static JsonDocument? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, ScriptStoryText.ParseOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// How many arrays and objects are nested at the deepest point (the root container counts one), the measure
    /// <see cref="JsonDocumentOptions.MaxDepth"/> limits; walked with a stack, not recursion.
    /// </summary>
    internal static int Depth(JsonElement root)
    {
        int deepest = 0;
        var stack = new Stack<(JsonElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    deepest = Math.Max(deepest, depth + 1);
                    foreach (var property in element.EnumerateObject()) stack.Push((property.Value, depth + 1));
                    break;
                case JsonValueKind.Array:
                    deepest = Math.Max(deepest, depth + 1);
                    foreach (var item in element.EnumerateArray()) stack.Push((item, depth + 1));
                    break;
            }
        }
        return deepest;
    }
}

/// <summary>One meta tag's naming attributes and content as written (null when absent); each reader decides which name counts.</summary>
internal sealed record MetaTag(string? Property, string? Name, string? ItemProp, string? HttpEquiv, string? Content);
