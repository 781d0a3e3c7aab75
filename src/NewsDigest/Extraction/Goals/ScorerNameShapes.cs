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
        if (m.Success) name = name[m.Length..];
        var epithet = LeadingEpithet().Match(name);
        return epithet.Success ? name[epithet.Length..] : name;
    }

    [GeneratedRegex(@"\b(?:Soccer|Football|League|Federation|Association|Club|Team|Academy)\b")]
    private static partial Regex BodyWord();

    /// <summary>A capitalised word of seven letters or more ending in "ing" (a participle, not a short given name such as "Jing" or
    /// "Ming"), followed by at least two more words.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}ing\s+(?=\S+\s+\S)")]
    private static partial Regex LeadingGerund();

    /// <summary>A sentence's opening epithet run into the name it describes, when a first and last name still follow it: an American
    /// school or college class year ("Junior Sofia DiGregorio", "Sophomore Eli Baker", "Redshirt-freshman ...") or a birthplace compound
    /// ("Hamilton-born Béni Borges", "Glasgow-bred ..."). "Junior Firpo", with one word after, keeps his first name.</summary>
    [GeneratedRegex(@"^(?:(?:Freshman|Sophomore|Junior|Senior|Redshirt(?:[- ](?:freshman|sophomore|junior|senior))?|Graduate)|\p{Lu}[\p{L}.'’]+-(?:born|bred|raised))\s+(?=\p{Lu}\S*\s+\p{Lu})")]
    private static partial Regex LeadingEpithet();
}
