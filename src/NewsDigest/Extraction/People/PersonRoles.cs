using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.People;

/// <summary>Reads who in a report is not an outfield player: "Arsenal manager Arsene Wenger", "referee Anthony Taylor", "goalkeeper Brad Guzan", "Pardew, the Newcastle boss",
/// "Benitez's side", "his first win as Reading manager", "Dyche and his players", the keeper of "Speroni's goal".</summary>
public static partial class PersonRoles
{
    public static HashSet<string> NonPlayers(ExtractionContext context)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var text = context.Text;
        foreach (var m in context.People.Mentions)
        {
            var before = text.AsSpan(Math.Max(0, m.Start - 30), Math.Min(30, m.Start)).ToString();
            var after = text.AsSpan(m.After(text), Math.Min(60, text.Length - m.After(text))).ToString();
            if (RoleBefore().IsMatch(before) || RoleAfter().IsMatch(after) || (m.Possessive && SideAfter().IsMatch(after))
                || ScorerClues.IsGoalFrameOwner(text, m))
                set.Add(PersonIndex.SurnameKey(context.People.NameOf(m)));
        }
        // A side written like a name ("Uganda's second goal", "the Jets") plays no more than a manager does.
        set.UnionWith(TeamLikeNames.Keys(context));
        return set;
    }

    /// <summary>"manager ", "referee ", "goalkeeper " right before a name; not "playing coach ", "player-manager ": such a coach plays,
    /// and scores ("Goals to playing-coach Michael Trigger and Zac Francis").</summary>
    [GeneratedRegex(@"(?<!\bplay(?:ing|er)[ -])\b(?:manager|boss|coach|head coach|referee|ref|chairman|owner|goalkeeper|keeper|stopper|custodian|director|assistant|pundit|commentator|sir)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBefore();

    [GeneratedRegex(@"^,?\s+(?:the|his|their)\s+(?:[\w'’-]+\s+){0,2}(?:manager|boss|coach|head coach|referee|chairman|owner|goalkeeper|keeper)\b|^\s*(?:'s|’s)\s+(?:side|men|team|charges)\b|^[^.,;]{0,40}?\bas\s+(?:[\w'’-]+\s+){0,2}(?:manager|boss|head coach|coach)\b|^\s+and\s+(?:his|her)\s+(?:players|staff|squad|backroom team|coaching staff)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfter();

    /// <summary>After a possessive: "Benitez's side", "Roberto Martinez's relegation-threatened side", "Adkins' men".</summary>
    [GeneratedRegex(@"^\s*(?:[\w'’-]+\s+){0,2}?(?:side|men|team|charges|squad|troops|outfit)(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex SideAfter();
}
