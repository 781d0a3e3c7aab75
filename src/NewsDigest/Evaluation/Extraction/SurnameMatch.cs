using NewsDigest.Extraction.People;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Compares players by surname, folding accents; a '?' in gold (a character lost to a bad encoding, "Ag?ero") matches any one character.</summary>
public static class SurnameMatch
{
    public static bool Same(string predicted, string gold)
    {
        var a = PersonIndex.SurnameKey(predicted);
        var b = PersonIndex.SurnameKey(gold);
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i] && b[i] != '?' && a[i] != '?') return false;
        return true;
    }
}
