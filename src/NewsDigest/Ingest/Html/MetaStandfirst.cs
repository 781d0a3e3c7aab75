using System.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// The standfirst from a page's metadata (JSON-LD <c>description</c>, <c>og:description</c>, <c>description</c>) when the
/// text taken from the markup does not show it: many pages draw their summary line with a script or keep it in the header
/// the extractor left out, and it is part of the story. A description is only taken when it reads as a summary of this
/// story (it shares most of its longer words with the text), so a site-wide slogan or a shop's tag line stays out.
/// </summary>
internal static class MetaStandfirst
{
    /// <summary>A shorter description is a label or a slogan, not a summary.</summary>
    private const int MinChars = 60;

    /// <summary>The stretch of the description's start that, found in the text, says the text already holds it.</summary>
    private const int Opening = 40;

    /// <summary>Words of at least this many letters carry the story's content; shorter ones are function words in most languages.</summary>
    private const int MinWordLetters = 4;

    /// <summary>
    /// The share of the description's longer words the text must hold: a summary of the story repeats some of its words (the
    /// names, the subject), a site's slogan none. Low on purpose: a summary paraphrases, and the text may be short.
    /// </summary>
    private const double MinSharedWords = 0.15;

    /// <summary>
    /// The page's description from its declarations, white space collapsed and entities decoded; null when there is none.
    /// Its own order, not the metadata's: JSON-LD, else the first <c>og:description</c> (even when empty), else the first
    /// <c>description</c> or <c>twitter:description</c>, naming a tag by its <c>property</c>, else its <c>name</c>.
    /// </summary>
    public static string? Read(PageDeclarations declarations)
    {
        if (Collapse(declarations.Article?.RawDescription) is { } fromLinkedData) return fromLinkedData;
        string? fallback = null;
        foreach (var tag in declarations.Meta)
        {
            if (tag.Content is null) continue;
            string? key = tag.Property ?? tag.Name;
            if (key is null) continue;
            key = key.Trim();
            if (key.Equals("og:description", StringComparison.OrdinalIgnoreCase)) return Collapse(tag.Content);
            if (fallback is null && (key.Equals("description", StringComparison.OrdinalIgnoreCase) || key.Equals("twitter:description", StringComparison.OrdinalIgnoreCase)))
                fallback = Collapse(tag.Content);
        }
        return fallback;
    }

    /// <summary>The text with the description put first when it is a summary of the story the text does not already hold.</summary>
    public static IReadOnlyList<string> Prepend(IReadOnlyList<string> text, string? description)
    {
        if (description is null || description.Length < MinChars || text.Count == 0) return text;
        string body = Collapse(string.Join(" ", text)) ?? "";
        string opening = description.Length > Opening ? description[..Opening] : description;
        if (body.Contains(opening, StringComparison.Ordinal)) return text;
        var bodyWords = Words(body).ToHashSet(StringComparer.Ordinal);
        int words = 0, shared = 0;
        foreach (var word in Words(description))
        {
            words++;
            if (bodyWords.Contains(word)) shared++;
        }
        if (words == 0 || shared < words * MinSharedWords) return text;
        return [description, .. text];
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetter(text[i]))
            {
                word.Append(char.ToLowerInvariant(text[i]));
                continue;
            }
            if (word.Length >= MinWordLetters) yield return word.ToString();
            word.Clear();
        }
    }

    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Join(' ', System.Net.WebUtility.HtmlDecode(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
