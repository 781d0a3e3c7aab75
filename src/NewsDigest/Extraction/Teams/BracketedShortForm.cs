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
        string? first = FullName(context, pair.First) ?? Opening(context, pair.First, pair.Second), second = FullName(context, pair.Second) ?? Opening(context, pair.Second, pair.First);
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

    /// <summary>"Ntopwa Super Queens drew against Lesotho Defence Force (LDF)": a nation read as a side against a club (clubs play clubs) is
    /// the one name the report defines with a short form in brackets whose first words are the nation's: a club named after its country,
    /// read as the country. Against a nation it stays: "Nigeria Football Federation (NFF)" beside a Nigeria v Ghana report is the
    /// federation, and the nation is the side; so does a federation's name against a club.</summary>
    private static string? Opening(ExtractionContext context, string side, string other)
    {
        var teams = context.Gazetteer.Teams;
        if (!teams.TryGet(side, out var nation) || !nation.National || (teams.TryGet(other, out var opponent) && opponent.National)) return null;
        var text = context.Text;
        string? found = null;
        foreach (Match bracket in Defined().Matches(text))
        {
            int lineStart = text.LastIndexOf('\n', Math.Max(0, bracket.Index - 1)) + 1;
            var before = NameBefore().Match(text, lineStart, bracket.Index + 1 - lineStart);
            if (!before.Success) continue;
            var name = before.Groups["name"].Value;
            int at = name.IndexOf(side + " ", StringComparison.Ordinal);
            // "Yesterday Lesotho Defence Force (LDF)": the side may follow a sentence's opening words, never stand inside the name.
            if (at < 0 || (at > 0 && !name[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(ResultSentenceReader.LeadingWord))) continue;
            name = name[at..];
            // "Cameroon Football Federation (FECAFOOT)": a body named after its country governs the game there and plays no match.
            if (name.Split(' ').Any(GoverningWords.Contains)) continue;
            if (found is not null && found != name) return null;
            found = name;
        }
        return found;
    }

    private static readonly HashSet<string> GoverningWords = new(StringComparer.Ordinal) { "Federation", "Association", "FA", "Confederation", "Council", "Ministry", "Committee" };

    /// <summary>A short form in brackets, capitals first, as a report defines one: "(LDF)", "(Tuks)".</summary>
    [GeneratedRegex(@" \([\p{Lu}][\p{L}]{1,9}\)")]
    private static partial Regex Defined();

    /// <summary>Two to seven capitalised words closing right before the brackets, joined by the small words names hold ("of", "de", "and"):
    /// "University of Pretoria ", "Lesotho Defence Force ".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}'’.\-])(?<name>[\p{Lu}][\p{L}\p{M}'’.\-]*(?: (?:(?:of|de|da|do|dos|das|del|la|le|and|&) )?[\p{Lu}][\p{L}\p{M}'’.\-]*){1,6}) $")]
    private static partial Regex NameBefore();
}
