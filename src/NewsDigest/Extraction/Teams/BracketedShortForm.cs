using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>"University of Pretoria (Tuks)", "Hoàng Anh Gia Lai (HAGL)", "St Joseph's Convent Port of Spain (SJCPoS)": a report that
/// shortens a side's name to a nickname or its initials says so once, writing the short form in brackets right after the name, and then
/// goes by the short form. A side read as the short form is the name the brackets follow.</summary>
internal static partial class BracketedShortForm
{
    /// <summary>The pair with a side read as a short form the report defines in brackets written as the name it defines.</summary>
    internal static TeamPair WithFullNames(ExtractionContext context, TeamPair pair)
    {
        string? first = FullName(context, pair.First), second = FullName(context, pair.Second);
        if (first is null && second is null) return pair;
        var named = pair with { First = first ?? pair.First, Second = second ?? pair.Second };
        return string.Equals(named.First, named.Second, StringComparison.OrdinalIgnoreCase) ? pair : named;
    }

    /// <summary>The one name the report writes right before "(<paramref name="shortForm"/>)", or null when it writes none or several
    /// different ones.</summary>
    internal static string? FullName(ExtractionContext context, string shortForm)
    {
        if (shortForm.Length < 2 || shortForm.Contains(' ') || !char.IsUpper(shortForm[0]) || shortForm.Any(char.IsDigit)) return null;
        // A name the gazetteer knows is a side's own name ("Green Buffaloes (Zambia)" gives a club's country, "Jones (Rangers)" a player's club).
        if (context.Gazetteer.Teams.TryGet(shortForm, out _)) return null;
        var text = context.Text;
        string? found = null;
        var bracketed = "(" + shortForm + ")";
        for (int at = text.IndexOf(bracketed, StringComparison.Ordinal); at >= 0; at = text.IndexOf(bracketed, at + bracketed.Length, StringComparison.Ordinal))
        {
            int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
            var before = NameBefore().Match(text, lineStart, at - lineStart);
            if (!before.Success) continue;
            var name = before.Groups["name"].Value;
            // "coach Tom Ainsley (Tuks)": a person's name before the brackets says whose side he is on, not what the side is called.
            if (ResultSentenceReader.LooksLikePerson(name) && !TeamExtractor.Known(context, name)) continue;
            // "On Monday University of Pretoria (Tuks)": the words opening a sentence before the name are no part of it.
            while (name.IndexOf(' ') is > 0 and var space && ResultSentenceReader.LeadingWord(name[..space])) name = name[(space + 1)..];
            if (found is not null && found != name) return null;
            found = name;
        }
        return found is not null && found.Contains(' ') ? found : null;
    }

    /// <summary>Two to seven capitalised words closing right before the brackets, joined by the small words names hold ("of", "de", "and"):
    /// "University of Pretoria ", "Lesotho Defence Force ".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}'’.\-])(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: (?:(?:of|de|da|do|dos|das|del|la|le|and|&) )?[\p{Lu}][\p{L}\p{M}'’.\-]*){1,6}) $")]
    private static partial Regex NameBefore();
}
