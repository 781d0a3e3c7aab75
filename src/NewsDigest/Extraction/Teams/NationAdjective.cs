using NewsDigest.Extraction.Gazetteers;

namespace NewsDigest.Extraction.Teams;

/// <summary>"a 2-0 win over the Algerian women's team": a nation's adjective read as a side is that nation ("Algerian" is Algeria, "Moroccan"
/// Morocco, "Ghanaian" Ghana, "Senegalese" Senegal), when the gazetteer knows the nation; the adjective itself is never a side's name.</summary>
public static class NationAdjective
{
    /// <summary>The national team <paramref name="word"/> is the adjective of, or null.</summary>
    public static string? Nation(PhraseGazetteer<TeamEntry> teams, string word)
    {
        if (word.Length < 5 || word.Contains(' ') || !char.IsUpper(word[0])) return null;
        foreach (var stem in Stems(word))
            if (stem.Length >= 3 && teams.TryGet(stem, out var entry) && entry.National) return entry.Name;
        return null;
    }

    private static IEnumerable<string> Stems(string word)
    {
        // Algerian -> Algeria, Zambian -> Zambia
        if (word.EndsWith("an", StringComparison.Ordinal)) yield return word[..^1];
        // Ghanaian -> Ghana, Cameroonian -> Cameroon, Egyptian -> Egypt
        if (word.EndsWith("ian", StringComparison.Ordinal)) yield return word[..^3];
        // Moroccan -> Morocco, Mexican -> Mexico
        if (word.EndsWith("an", StringComparison.Ordinal)) yield return word[..^2] + "o";
        // Senegalese -> Senegal, Togolese -> Togo
        if (word.EndsWith("ese", StringComparison.Ordinal))
        {
            yield return word[..^3];
            yield return word[..^4];
        }
    }
}
