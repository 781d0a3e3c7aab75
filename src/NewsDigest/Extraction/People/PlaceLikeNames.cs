using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>
/// Finds the capitalised "names" that are places a player comes from or plays in, not people: "the 23-year-old striker from Rize",
/// "the lad from Blyth", "signed from Hawke's Bay United", "who plays his club football in Honiara", "the Kelantan winger". Reporters
/// introduce a scorer by home town or club this way, and the name reader, seeing a capitalised word, takes the place for a person.
/// </summary>
public static partial class PlaceLikeNames
{
    /// <summary>True when the words around the mention say it names a place or a club: a person's noun and "from" before it, a verb of
    /// living or playing and "in" before it, "the whole of" before it, or a player's role noun right after it.</summary>
    public static bool IsWrittenAsPlace(string text, PersonMention mention)
    {
        if (mention.Possessive) return false;
        var before = text.AsSpan(Math.Max(0, mention.Start - 60), Math.Min(60, mention.Start)).ToString();
        if (OriginBefore().IsMatch(before) || HomeBefore().IsMatch(before)) return true;
        int after = mention.After(text);
        return RoleNounAfter().IsMatch(text.AsSpan(after, Math.Min(30, text.Length - after)));
    }

    /// <summary>The surname keys (see <see cref="PersonIndex.SurnameKey"/>) of the names the report writes as a place and never as a
    /// person's: no mention owns anything ("Blyth's header") and no longer name ends in the same word.</summary>
    public static HashSet<string> Keys(ExtractionContext context)
    {
        var text = context.Text;
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var personal = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in context.People.Mentions)
        {
            var key = PersonIndex.SurnameKey(context.People.NameOf(m));
            if (m.Possessive) personal.Add(key);
            else if (IsWrittenAsPlace(text, m)) placed.Add(key);
        }
        var formCount = context.People.FormCountBySurname();
        placed.RemoveWhere(k => personal.Contains(k) || formCount[k] > 1);
        return placed;
    }

    /// <summary>"the 23-year-old striker from ", "the lad from ", "an apprentice fitter from ", "signed from ", "on loan from ": a
    /// person (not a ball or a shot: "a header from Smith" is Smith's) said to come from the place or club named next.</summary>
    [GeneratedRegex(@"\b(?:[0-9]+-year-old|year-old|striker|forward|winger|midfielder|defender|full-back|fullback|centre-back|center-back|goalkeeper|keeper|footballer|player|lad|lass|man|woman|boy|girl|youngster|teenager|kid|native|fitter|apprentice|student|teacher|plumber|electrician|worker|signed|signing|loan|joined|arrived|moved|hails|hailing)\s+from\s+(?:(?:the|south|north|east|west|central|rural|inner-city|downtown)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginBefore();

    /// <summary>"who plays his club football for ", "who plays his club football for Koloale in ", "born in ", "based in ", "the whole of ": where a person lives or plays
    /// ("played in Smith", a pass, needs a word between the verb and "in").</summary>
    [GeneratedRegex(@"(?:\b(?:plays|played|playing)\s+(?:his|her|their)\s+(?:club\s+|college\s+|domestic\s+)?(?:football|soccer)(?:\s+[\w'’-]+){0,4}?\s+(?:for|at)|\b(?:plays|played|playing)(?:\s+[\w'’-]+){1,6}\s+in|\b(?:born|based|raised|grew up|lives|living|lived|settled|studies|studying|works|working)(?:\s+[\w'’-]+){0,4}\s+in|\bthe whole of)\s+(?:(?:the|south|north|east|west|central|rural)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HomeBefore();

    /// <summary>" winger", " minor footballer": a player's role right after the name, which the name qualifies as his club, county or
    /// region ("the 23-year-old Kelantan winger"); a name is no adjective of a role in English otherwise.</summary>
    [GeneratedRegex(@"^\s+(?:(?:former|minor|senior|junior|youth|schoolboy|schoolgirl|young|veteran|teenage|born|bred|academy)\s+)?(?:winger|striker|forward|midfielder|defender|footballer|full-back|fullback|centre-back|center-back|goalkeeper|keeper|international)(?![\w-])")]
    private static partial Regex RoleNounAfter();
}
