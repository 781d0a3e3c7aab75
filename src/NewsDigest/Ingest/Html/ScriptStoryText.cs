using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsDigest.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// The story as a page keeps it in its scripts, for pages whose markup holds only a teaser: the JSON-LD <c>articleBody</c>,
/// else the prose in a framework's state (<c>__NEXT_DATA__</c>, <c>window.__INITIAL_STATE__ = {...}</c>, <c>var article = {...}</c>).
/// The scripts are read as JSON text; nothing in them is ever run.
/// </summary>
internal static partial class ScriptStoryText
{
    /// <summary>A string shorter than this is a label, a title or a teaser line, not a paragraph of the story.</summary>
    private const int MinParagraphChars = 80;

    private const int MaxJsonValues = 200_000;

    /// <summary>How the page's scripts are parsed as JSON: leniently, as browsers read JSON-LD, and deep enough for a framework's state.</summary>
    internal static readonly JsonDocumentOptions ParseOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    /// <summary>A script whose type says JSON-LD and that is long enough to hold a story (its articleBody is read with the page's declarations).</summary>
    internal static bool IsLinkedDataStory(IElement script)
    {
        string type = TypeOf(script);
        return Readable(type) && type.Contains("ld+json", StringComparison.Ordinal) && script.TextContent.Length >= MinScriptChars;
    }

    /// <summary>Framework state: a JSON script that is not JSON-LD, or a script that assigns an object literal.</summary>
    private static List<string> StateTexts(ScriptSources sources)
    {
        var state = new List<string>();
        foreach (var script in sources.Scripts)
        {
            string type = TypeOf(script);
            if (!Readable(type)) continue;
            string text = script.TextContent;
            if (text.Length < MinScriptChars || type.Contains("ld+json", StringComparison.Ordinal)) continue;
            if (type.EndsWith("json", StringComparison.Ordinal) || StateAssignment().IsMatch(text)) state.Add(text);
        }
        return state;
    }

    /// <summary>A shorter script holds a setting or a tracking call, not a story.</summary>
    private const int MinScriptChars = 200;

    private static string TypeOf(IElement script) => script.GetAttribute("type")?.Trim().ToLowerInvariant() ?? "";

    /// <summary>Scripts typed as JSON, as JavaScript or not typed at all; templates and other types hold no state.</summary>
    private static bool Readable(string type) =>
        type.EndsWith("json", StringComparison.Ordinal) || type.Length == 0 || type.Contains("javascript", StringComparison.Ordinal);

    /// <summary>
    /// The story's paragraphs from the scripts: the longest JSON-LD articleBody when there is one of some length (read with
    /// the page's declarations), else the prose strings of the framework state in order.
    /// </summary>
    public static List<string> Paragraphs(PageDeclarations declarations)
    {
        var paragraphs = SplitParagraphs(declarations.LinkedDataBody);
        if (paragraphs.Sum(p => p.Length) >= 500) return paragraphs;
        paragraphs = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var script in StateTexts(declarations.Scripts))
            foreach (var value in StringsNamed(JsonPart(script), null))
            {
                if (!LooksLikeProse(value)) continue;
                foreach (var paragraph in SplitParagraphs(value))
                    if (seen.Add(paragraph)) paragraphs.Add(paragraph);
            }
        return paragraphs;
    }

    /// <summary>The object literal assigned in "x = {...};", from its first brace to the last one.</summary>
    private static string JsonPart(string script)
    {
        int start = script.IndexOf('{');
        int end = script.LastIndexOf('}');
        return start >= 0 && end > start ? script[start..(end + 1)] : "";
    }

    /// <summary>String values anywhere in a JSON text (only those under <paramref name="name"/> when given), in document order; text that is not valid JSON gives none.</summary>
    private static List<string> StringsNamed(string json, string? name)
    {
        if (json.Length == 0) return [];
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException)
        {
            return [];
        }
        using (document) return StringsNamed(document.RootElement, name);
    }

    /// <summary>String values anywhere under <paramref name="root"/> (only those under a property called <paramref name="name"/> when given), in document order.</summary>
    internal static List<string> StringsNamed(JsonElement root, string? name)
    {
        var found = new List<string>();
        var stack = new Stack<(JsonElement Element, bool Named)>();
        stack.Push((root, name is null));
        int visited = 0;
        while (stack.Count > 0 && visited++ < MaxJsonValues)
        {
            var (element, named) = stack.Pop();
            switch (element.ValueKind)
            {
                case JsonValueKind.String when named:
                    found.Add(element.GetString() ?? "");
                    break;
                case JsonValueKind.Array:
                    var items = new List<JsonElement>(element.EnumerateArray());
                    for (int i = items.Count - 1; i >= 0; i--) stack.Push((items[i], named));
                    break;
                case JsonValueKind.Object:
                    var properties = new List<JsonProperty>(element.EnumerateObject());
                    for (int i = properties.Count - 1; i >= 0; i--)
                        stack.Push((properties[i].Value, named || properties[i].NameEquals(name)));
                    break;
            }
        }
        return found;
    }

    /// <summary>Prose rather than an address, an identifier or a label: long, several words, at least one sentence end.</summary>
    private static bool LooksLikeProse(string value)
    {
        if (value.Length < MinParagraphChars || value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
        int spaces = 0, ends = 0;
        foreach (char c in value)
        {
            if (c == ' ') spaces++;
            else if (c is '.' or '!' or '?' or '。' or '！' or '？') ends++;
        }
        return spaces >= 8 && ends >= 1;
    }

    /// <summary>Splits a text (plain, or HTML as many sites store it, entity-encoded or not) into trimmed paragraphs.</summary>
    private static List<string> SplitParagraphs(string text)
    {
        var paragraphs = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return paragraphs;
        if (text.Contains("&lt;", StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        if (text.Contains('<'))
        {
            text = BlockBreak().Replace(text, "\n");
            text = WebUtility.HtmlDecode(Tag().Replace(text, ""));
        }
        foreach (var line in text.Split('\n'))
        {
            string paragraph = UnicodeNormalisation.ToFormC(Collapse(line));
            if (paragraph.Length > 0) paragraphs.Add(paragraph);
        }
        return paragraphs;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A script that assigns an object literal: "window.__INITIAL_STATE__ = {", "var article = {".</summary>
    [GeneratedRegex(@"^\s*(?:(?:var|let|const)\s+)?[\w$.\[\]""']+\s*=\s*(?:JSON\.parse\()?\{", RegexOptions.CultureInvariant)]
    private static partial Regex StateAssignment();

    [GeneratedRegex(@"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|section|article|tr|table)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}

/// <summary>A page's script elements, kept aside (detached elements still hold their text) for the teaser check.</summary>
internal sealed record ScriptSources(IReadOnlyList<IElement> Scripts)
{
    /// <summary>
    /// The scripts that may hold the story as JSON, taken before the extractor removes them from the page; the framework
    /// state's texts are only read when the markup turns out to hold a teaser, so most pages never copy them.
    /// </summary>
    public static ScriptSources Of(IDocument document) => new([.. document.GetElementsByTagName("script")]);
}
