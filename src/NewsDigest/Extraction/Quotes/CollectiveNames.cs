using System.Runtime.CompilerServices;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Tells a capitalised plural that names a group from a person's name: a report writes "the Lionesses boss", "after the Germans
/// lost", "the Blues", but never puts "the" before a person's surname in the plural. A group cannot say a quote, yet the name finder
/// takes such words for surnames when no gazetteer knows them (nicknames of women's and foreign teams, nationality plurals).</summary>
public static class CollectiveNames
{
    private static readonly ConditionalWeakTable<ExtractionContext, Dictionary<string, bool>> Known = new();

    /// <summary>True when <paramref name="name"/> is one word ending in "s", the article never gives it a first name, and it is written
    /// after a lower-case "the" somewhere in the article.</summary>
    public static bool IsCollective(ExtractionContext context, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length < 4 || trimmed.Contains(' ') || trimmed[^1] != 's' || !char.IsUpper(trimmed[0])) return false;
        var cache = Known.GetValue(context, _ => new Dictionary<string, bool>(StringComparer.Ordinal));
        lock (cache)
        {
            if (cache.TryGetValue(trimmed, out var known)) return known;
            bool collective = !context.People.FullName(trimmed).Contains(' ') && WrittenAfterThe(context.Text, trimmed);
            cache[trimmed] = collective;
            return collective;
        }
    }

    private static bool WrittenAfterThe(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            // A whole word ("the Blues", not "the Bluesky"), not the start of a longer proper name ("the Reds Foundation").
            if (end < text.Length && char.IsLetter(text[end])) continue;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) continue;
            if (at >= 4 && text.AsSpan(at - 4, 4).SequenceEqual("the ") && (at == 4 || !char.IsLetter(text[at - 5]))) return true;
        }
        return false;
    }
}
