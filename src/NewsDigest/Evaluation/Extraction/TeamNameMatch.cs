using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Text;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>
/// Whether an extracted side names the gold side, alias-tolerant as the evaluation asks: the same gazetteer team, or for a side
/// the gazetteer does not hold, the same name up to letter case, accents, punctuation and generic club words ("FC", "Women"), or one
/// name that is a run of the other's words ("Maitland" and "Maitland Magpies").
/// </summary>
/// <remarks>
/// A report writes a small club in several forms ("Broadmeadow", "Broadmeadow Magic") and the gold keeps one of them, so exact
/// equality counted a right side wrong whenever the gazetteer lacked the club. The run rule is kept away from gazetteer teams:
/// "Newcastle" resolves to Newcastle United, so it never matches a gold "Newcastle Olympic".
/// </remarks>
public static class TeamNameMatch
{
    /// <summary>Words that say what kind of side a club is, not which one.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "fc", "afc", "cf", "sc", "ac", "club", "football", "soccer", "the", "women", "womens", "ladies", "men", "mens", "w",
    };

    /// <summary>True when <paramref name="extracted"/> names the side the gold calls <paramref name="gold"/>.</summary>
    public static bool Same(string gold, string extracted)
    {
        if (gold == extracted) return true;
        var goldTeam = Resolve(gold);
        var extractedTeam = Resolve(extracted);
        if (goldTeam is not null && extractedTeam is not null) return goldTeam == extractedTeam;
        var goldWords = Words(gold);
        var extractedWords = Words(extracted);
        if (goldWords.Length == 0 || extractedWords.Length == 0) return false;
        if (goldWords.AsSpan().SequenceEqual(extractedWords)) return true;
        // One side known to the gazetteer: only its own forms may match the other name, never a longer or shorter run of words.
        if (goldTeam is not null) return Words(goldTeam).AsSpan().SequenceEqual(extractedWords);
        if (extractedTeam is not null) return Words(extractedTeam).AsSpan().SequenceEqual(goldWords);
        return IsRunOf(goldWords, extractedWords) || IsRunOf(extractedWords, goldWords);
    }

    /// <summary>True when the extracted pair names the gold pair, in either order.</summary>
    public static bool SamePair(string goldHome, string goldAway, string first, string second) =>
        (Same(goldHome, first) && Same(goldAway, second)) || (Same(goldHome, second) && Same(goldAway, first));

    /// <summary>Letters a club writes before or after its name to say what kind of club it is (German SK, Dutch RKC, Croatian
    /// GNK, Spanish CD, Danish BK ...): the gold keeps the club's full style ("SK Slavia Praha"), the gazetteer its bare name.</summary>
    private static readonly HashSet<string> ClubKindLetters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fc", "afc", "cf", "sc", "ac", "as", "ss", "ssc", "us", "sk", "fk", "nk", "gnk", "hnk", "sv", "tsv", "kv", "krc", "rsc",
        "cd", "ud", "sd", "rcd", "bk", "if", "ff", "ik", "kaa", "rc", "ca", "ogc", "sl", "cp", "pfc", "ks", "ogk", "pae",
    };

    /// <summary>The gazetteer's name of the team <paramref name="name"/> names, or null when the gazetteer does not know it;
    /// a name the gazetteer lacks is tried again without its club-kind letters.</summary>
    internal static string? Resolve(string name)
    {
        if (Gazetteer.Default.Teams.TryGet(name, out var entry)) return entry.Name;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bare = words.Where(word => !ClubKindLetters.Contains(word.TrimEnd('.'))).ToArray();
        return bare.Length > 0 && bare.Length < words.Length && Gazetteer.Default.Teams.TryGet(string.Join(' ', bare), out entry) ? entry.Name : null;
    }

    /// <summary>The name's words, folded (lower case, no accents), without punctuation or generic club words.</summary>
    private static string[] Words(string name) =>
        TextFolding.Fold(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0 && !GenericWords.Contains(word))
            .ToArray();

    private static bool IsRunOf(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length) return false;
        for (int start = 0; start + shorter.Length <= longer.Length; start++)
            if (longer.AsSpan(start, shorter.Length).SequenceEqual(shorter)) return true;
        return false;
    }
}
