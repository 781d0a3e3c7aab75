using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>
/// Finds the capitalised "names" that are sides, not people: a word of the match's own teams ("Uganda", "Al Khaldiya", "Tobago Chicas"),
/// a name the team gazetteer knows, and a name the report writes with "the" like a side ("the Catalans", "the Prosperity Girls",
/// "The Newcastle Jets forward").
/// </summary>
public static partial class TeamLikeNames
{
    /// <summary>The surname keys (see <see cref="PersonIndex.SurnameKey"/>) of the mentions that name a side.</summary>
    public static HashSet<string> Keys(ExtractionContext context)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var text = context.Text;
        // A key that also ends a longer name ("Mohamed Salah" for "the Salah penalty") is a person's surname, whatever "the" says.
        var formCount = context.People.FormCountBySurname();
        foreach (var m in context.People.Mentions)
        {
            var name = context.People.NameOf(m);
            var key = PersonIndex.SurnameKey(name);
            if (keys.Contains(key)) continue;
            if (IsTeamName(context, name) || (WrittenLikeASide(context, m) && formCount[key] == 1)) keys.Add(key);
        }
        return keys;
    }

    /// <summary>Whether a name read as a person's is a side's: its surname key is among <paramref name="sideKeys"/> (<see cref="Keys"/>,
    /// worked out once per report by the caller) or the name is a team's (<see cref="IsTeamName"/>).</summary>
    public static bool NamesASide(ExtractionContext context, IReadOnlySet<string> sideKeys, string name) =>
        sideKeys.Contains(PersonIndex.SurnameKey(name)) || IsTeamName(context, name) || OnlyWrittenAsANickname(context.Text, name);

    /// <summary>"The Braidmen added a fourth", "the young Bonitos went in front again": a one-word
    /// name the report never writes without "the" before it (a side's adjective may stand between) is a side's
    /// nickname, even when the name finder never took it for a person. A player written so once ("the Salah penalty") is also written
    /// bare elsewhere, or owns a goal noun there.</summary>
    private static bool OnlyWrittenAsANickname(string text, string name)
    {
        if (name.Length < 3 || name.Contains(' ') || !char.IsUpper(name[0])) return false;
        bool any = false;
        foreach (Match m in Regex.Matches(text, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])"))
        {
            int from = Math.Max(0, m.Index - 40);
            if (!NicknameThe().IsMatch(text.AsSpan(from, m.Index - from))) return false;
            int after = m.Index + m.Length;
            if (ScorerClues.StartsWithGoalNoun(text.AsSpan(after, Math.Min(40, text.Length - after)).TrimStart())) return false;
            any = true;
        }
        return any;
    }

    /// <summary>True when a name is one of the match's teams or inside one ("Jets" of "Newcastle Jets"), or a team the gazetteer knows.</summary>
    public static bool IsTeamName(ExtractionContext context, string name)
    {
        var words = Words(name);
        if (words.Length == 0) return false;
        if (context.Facts.Teams is { } pair && (Inside(words, Words(pair.First)) || Inside(words, Words(pair.Second)))) return true;
        return context.Gazetteer.Teams.TryGet(name, out _);
    }

    /// <summary>"the Catalans", "The Newcastle Jets forward": "the" straight before the name, or before team words that run into it;
    /// not "the Salah penalty", where the name owns the shot.</summary>
    private static bool WrittenLikeASide(ExtractionContext context, PersonMention m)
    {
        var text = context.Text;
        if (m.Possessive) return false;
        // "Barcelona Femeni", "Newcastle Jets": one word straight after a team the gazetteer knows finishes that team's name.
        if (m.FirstToken == m.LastToken && context.TeamMentions.Any(t => t.Span.End == m.Start - 1 && text[t.Span.End] == ' ')) return NotOwningAShot(text, m);
        int from = Math.Max(0, m.Start - 40);
        if (TheBefore().Match(text, from, m.Start - from) is not { Success: true } the) return false;
        if (the.Groups["words"].Length > 0 && !context.TeamMentions.Any(t => t.Span.Start < m.Start && t.Span.End > the.Groups["words"].Index)) return false;
        return NotOwningAShot(text, m);
    }

    private static bool NotOwningAShot(string text, PersonMention m)
    {
        int after = m.After(text);
        return !ScorerClues.StartsWithGoalNoun(text.AsSpan(after, Math.Min(40, text.Length - after)));
    }

    private static bool Inside(string[] words, string[] team) => words.All(w => team.Contains(w, StringComparer.Ordinal));

    private static string[] Words(string name) => TextFolding.Fold(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
        .Where(w => w.Length > 1).ToArray();

    [GeneratedRegex(@"\b[Tt]he\s+(?<words>(?:\p{Lu}[\w-]*\s+){0,2})$")]
    private static partial Regex TheBefore();

    /// <summary>"the " before a side's name, with at most two of the adjectives reporters put on a side between; not a capitalised word,
    /// which may be a player's country ("the Brazilian Taison").</summary>
    [GeneratedRegex(@"\b[Tt]he\s+(?:(?:young|visiting|home|in-form|resurgent|struggling|rampant|unbeaten|battling)\s+){0,2}$")]
    private static partial Regex NicknameThe();
}
