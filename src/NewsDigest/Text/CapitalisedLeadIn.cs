using System.Text.RegularExpressions;

namespace NewsDigest.Text;

/// <summary>
/// British local papers and agencies set the first words of a report in capitals ("LINLITHGOW Rose are in the hat ...", "DUNDEE UNITED
/// edged a derby ..."), a typographic lead-in like a drop cap. Read as written, the capitals hide the name: "LINLITHGOW" is no title-case
/// word starting a side's name. This folds the lead-in to title case, keeping the text's length so every offset stays the same.
/// </summary>
public static partial class CapitalisedLeadIn
{
    /// <summary>The text with the opening run of one to four words in capitals folded to title case when ordinary prose follows it
    /// on the same line; words <paramref name="keepAsWritten"/> names ("PAOK", "FC") stay. A dateline ("LAGOS, Nigeria") is no lead-in.</summary>
    public static string Fold(string text, IReadOnlySet<string> keepAsWritten)
    {
        var match = LeadIn().Match(text);
        if (!match.Success) return text;
        var group = match.Groups["run"];
        var chars = text.ToCharArray();
        bool changed = false;
        foreach (Match word in Word().Matches(group.Value))
        {
            if (keepAsWritten.Contains(word.Value) || keepAsWritten.Contains(word.Value.TrimEnd('S').TrimEnd('\'', '’'))) continue;
            changed |= ToTitleCase(chars, group.Index + word.Index, word.Length);
        }
        return changed ? new string(chars) : text;
    }

    /// <summary>"LLOYD-JONES" → "Lloyd-Jones", "O'NEILL" → "O'Neill", "DARLINGTON'S" → "Darlington's".</summary>
    private static bool ToTitleCase(char[] chars, int start, int length)
    {
        bool changed = false;
        for (int i = start + 1; i < start + length; i++)
        {
            char before = chars[i - 1];
            bool capital = before == '-' || ((before == '\'' || before == '’') && i - 2 == start && !(i + 1 == start + length));
            char folded = capital ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
            if (folded != chars[i]) { chars[i] = folded; changed = true; }
        }
        return changed;
    }

    /// <summary>At the very start: one to four words of capital letters (with apostrophes and hyphens), then a space and a word holding a
    /// lower-case letter, so prose goes on after the run.</summary>
    [GeneratedRegex(@"\A\s*(?<run>\p{Lu}[\p{Lu}'’\-]*\p{Lu}(?:'S|’S)?(?: \p{Lu}[\p{Lu}'’\-]*\p{Lu}(?:'S|’S)?){0,3})(?= \p{L}*\p{Ll})")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
