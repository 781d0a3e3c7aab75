using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>A club named through one of its squads ("Fort Hare's women", "the Marquette University women's soccer team"): college and
/// lower-league reports name their side this way when the gazetteer knows neither club, and the phrase marks the name as a side, not a person.</summary>
public static partial class SquadPhrase
{
    /// <summary>The club of the last squad phrase between <paramref name="start"/> and <paramref name="end"/>, cleaned as a side's name, or null.</summary>
    public static string? LastClub(string text, int start, int end)
    {
        if (end <= start || text.AsSpan(start, end - start).IndexOf("men", StringComparison.OrdinalIgnoreCase) < 0) return null;
        string? last = null;
        foreach (Match m in Squad().Matches(text[start..end]))
            if (ResultSentenceReader.Clean(m.Groups["club"].Value) is { } club) last = SchoolName(club);
        return last;
    }

    /// <summary>"Marquette University" plays as "Marquette": a school's teams go by its name without the closing "University"/"College"
    /// ("Barton Community College" as "Barton").</summary>
    private static string SchoolName(string club)
    {
        if (club.EndsWith(" Community College", StringComparison.Ordinal)) return club[..^" Community College".Length];
        int space = club.LastIndexOf(' ');
        return space > 0 && club[(space + 1)..] is "University" or "College" ? club[..space] : club;
    }

    /// <summary>"X's women", "X's men's team", "X women's soccer team", "X men's football side".</summary>
    [GeneratedRegex(@"(?<club>[\p{Lu}][\p{L}\p{M}\p{Nd}.\-]*(?: [\p{Lu}][\p{L}\p{M}\p{Nd}.\-]*){0,3})(?:['’]s (?:women|men|ladies|girls)\b(?!['’])|['’]s (?:women|men)['’]s (?:soccer |football )?(?:team|side|squad)\b| (?:women|men)['’]s (?:soccer |football )?(?:team|side|squad)\b)")]
    private static partial Regex Squad();
}
