using System.Globalization;
using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A heading or lead-in printed in capitals that names who speaks the quote: a club page's "HEAD COACH JIM CURTIN ON THE
/// PERFORMANCE" over the quote, an old back page's "PAISLEY SAID: “...”". The name finder reads only capitalised words as names, so the
/// capitals are matched against the people the report names in ordinary case.</summary>
internal static partial class CapitalsHeading
{
    /// <summary>Longest heading read: a heading is a short line, not a paragraph shouted.</summary>
    private const int MaxHeading = 90;

    /// <summary>The one person the report names before the quote whose surname the capitals before it (in its paragraph, or the line above a
    /// quote that opens its paragraph) spell, not as a possessive ("SALAH'S RECORD" is about him); null otherwise.</summary>
    public static string? Speaker(ExtractionContext context, TextSpan quote, string beforeText, int paragraphStart)
    {
        var text = context.Text;
        string? heading = null;
        var before = beforeText.Trim();
        if (before.Length > 0) heading = before;
        else if (paragraphStart >= 2 && QuoteLayout.IsParagraphStart(text, quote.Start))
        {
            int lineEnd = paragraphStart - 1;
            while (lineEnd > 0 && text[lineEnd - 1] is '\n' or '\r' or ' ') lineEnd--;
            int lineStart = lineEnd > 0 ? text.LastIndexOf('\n', lineEnd - 1) + 1 : 0;
            heading = text[lineStart..lineEnd].Trim();
        }
        if (heading is null || heading.Length is < 4 or > MaxHeading || !InCapitals(heading)) return null;
        var words = heading.Split([' ', ':', ',', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries);
        string? found = null;
        string? foundKey = null;
        foreach (var mention in context.People.Mentions)
        {
            if (mention.Start >= quote.Start) break;
            if (context.IsQuoted(mention.Start)) continue;
            var name = context.People.FullName(context.People.NameOf(mention));
            if (!SpeakerNames.CanSpeak(context, name)) continue;
            var surname = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToUpperInvariant();
            if (surname.Length < 3 || !words.Contains(surname, StringComparer.Ordinal)) continue;
            var key = PersonIndex.SurnameKey(name);
            if (foundKey is not null && foundKey != key) return null;
            foundKey = key;
            if (found is null || name.Length > found.Length) found = name;
        }
        if (found is not null) return found;
        // "HEAD COACH JIM CURTIN ON THE PERFORMANCE" over the quote of a person the report names nowhere else: a role word, then the name.
        return RoleThenName().Match(heading) is { Success: true } m
            ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups["name"].Value.ToLowerInvariant())
            : null;
    }

    /// <summary>A heading of a person's words by role and name: "HEAD COACH JIM CURTIN ON THE PERFORMANCE", "MANAGER ANN LEE SAID:".</summary>
    [GeneratedRegex(@"^(?:(?:HEAD|ASSISTANT|INTERIM)\s+)?(?:COACH|MANAGER|BOSS|CAPTAIN)\s+(?<name>\p{Lu}{2,}(?:[-’']\p{Lu}+)?(?:\s\p{Lu}{2,}(?:[-’']\p{Lu}+)?){1,2})\s+(?:ON|SAID|SAYS)\b")]
    private static partial Regex RoleThenName();

    /// <summary>True when the words hold letters and none in lower case.</summary>
    private static bool InCapitals(string words)
    {
        int letters = 0;
        foreach (var c in words)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4;
    }
}
