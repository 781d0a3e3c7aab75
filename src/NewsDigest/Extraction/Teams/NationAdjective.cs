using NewsDigest.Extraction.Gazetteers;

namespace NewsDigest.Extraction.Teams;

/// <summary>"a 2-0 win over the Algerian women's team": a nation's adjective read as a side is that nation ("Algerian" is Algeria, "Moroccan"
/// Morocco, "Ghanaian" Ghana, "Senegalese" Senegal), when the gazetteer knows the nation; the adjective itself is never a side's name.</summary>
public static class NationAdjective
{
    /// <summary>The national team <paramref name="word"/> is the adjective of, or null.</summary>
    public static string? Nation(PhraseGazetteer<TeamEntry> teams, string word)
    {
        // "the French", "a Swiss side": adjectives no stem rule gives back the nation's name.
        if (Irregular.TryGetValue(word, out var named)) return teams.TryGet(named, out var irregular) && irregular.National ? irregular.Name : null;
        if (word.Length < 5 || word.Contains(' ') || !char.IsUpper(word[0])) return null;
        foreach (var stem in Stems(word))
            if (stem.Length >= 3 && teams.TryGet(stem, out var entry) && entry.National) return entry.Name;
        return null;
    }

    /// <summary>Adjectives whose nation no stem rule finds ("French" is France, "Dutch" the Netherlands), written from general knowledge.
    /// "American" is left out: it names a continent's sides as often as the United States.</summary>
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["English"] = "England", ["French"] = "France", ["German"] = "Germany", ["Spanish"] = "Spain", ["Italian"] = "Italy",
        ["Dutch"] = "Netherlands", ["Portuguese"] = "Portugal", ["Belgian"] = "Belgium", ["Argentine"] = "Argentina",
        ["Argentinian"] = "Argentina", ["Scottish"] = "Scotland", ["Welsh"] = "Wales", ["Irish"] = "Republic of Ireland",
        ["Danish"] = "Denmark", ["Swiss"] = "Switzerland", ["Polish"] = "Poland", ["Ukrainian"] = "Ukraine", ["Swedish"] = "Sweden",
        ["Norwegian"] = "Norway", ["Turkish"] = "Turkey", ["Czech"] = "Czech Republic", ["Hungarian"] = "Hungary", ["Slovak"] = "Slovakia",
        ["Slovene"] = "Slovenia", ["Greek"] = "Greece", ["Icelandic"] = "Iceland", ["Finnish"] = "Finland", ["Canadian"] = "Canada",
        ["Uruguayan"] = "Uruguay", ["Chilean"] = "Chile", ["Peruvian"] = "Peru", ["Paraguayan"] = "Paraguay", ["Saudi"] = "Saudi Arabia",
        ["Qatari"] = "Qatar", ["Ivorian"] = "Ivory Coast", ["Cypriot"] = "Cyprus", ["Israeli"] = "Israel", ["Kazakh"] = "Kazakhstan",
        ["Maltese"] = "Malta", ["Montenegrin"] = "Montenegro", ["Haitian"] = "Haiti", ["Honduran"] = "Honduras", ["Panamanian"] = "Panama",
        ["Salvadoran"] = "El Salvador", ["Zimbabwean"] = "Zimbabwe", ["Malawian"] = "Malawi", ["Malian"] = "Mali", ["Burkinabe"] = "Burkina Faso",
        ["Chinese"] = "China", ["Iraqi"] = "Iraq", ["Kuwaiti"] = "Kuwait", ["Lebanese"] = "Lebanon", ["Omani"] = "Oman", ["Pakistani"] = "Pakistan",
        ["Filipino"] = "Philippines", ["Singaporean"] = "Singapore", ["Thai"] = "Thailand", ["Uzbek"] = "Uzbekistan", ["Yemeni"] = "Yemen",
        ["Emirati"] = "United Arab Emirates", ["Bahraini"] = "Bahrain", ["Palestinian"] = "Palestine", ["Afghan"] = "Afghanistan",
        ["Bangladeshi"] = "Bangladesh", ["Fijian"] = "Fiji", ["Trinidadian"] = "Trinidad and Tobago", ["Mozambican"] = "Mozambique",
        ["Nigerien"] = "Niger", ["Azerbaijani"] = "Azerbaijan", ["Faroese"] = "Faroe Islands", ["Kosovan"] = "Kosovo", ["Kosovar"] = "Kosovo",
        ["Kyrgyz"] = "Kyrgyzstan", ["Tajik"] = "Tajikistan", ["Turkmen"] = "Turkmenistan", ["Luxembourgish"] = "Luxembourg",
    };

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
