using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Goals;

/// <summary>Name shapes a scorer never has: a body's name ("National Women's Soccer League" read as "Soccer"), and a title-case
/// headline's verb run into the player's name ("Reviewing Christine Sinclair").</summary>
internal static partial class ScorerNameShapes
{
    /// <summary>True when a word of the name is one only a league, club, team or federation carries.</summary>
    public static bool IsBodyName(string name) => BodyWord().IsMatch(name);

    /// <summary>The name without a leading capitalised -ing word, when a first and last name still follow it; else the name as given.
    /// A headline in title case ("The final match: Reviewing Christine Sinclair's last game") runs its verb into the name it is about.</summary>
    public static string WithoutHeadlineVerb(string name)
    {
        var m = LeadingGerund().Match(name);
        return m.Success ? name[m.Length..] : name;
    }

    [GeneratedRegex(@"\b(?:Soccer|Football|League|Federation|Association|Club|Team|Academy)\b")]
    private static partial Regex BodyWord();

    /// <summary>A capitalised word of seven letters or more ending in "ing" (a participle, not a short given name such as "Jing" or
    /// "Ming"), followed by at least two more words.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}ing\s+(?=\S+\s+\S)")]
    private static partial Regex LeadingGerund();
}
