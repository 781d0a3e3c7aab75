namespace NewsDigest.Merging.Grouping;

/// <summary>Maps the ways reports name a team ("Man Utd", "Manchester United FC", "the Red Devils") to one key, so reports of one match group together.</summary>
/// <remarks>
/// Canonical names from extraction's gazetteers arrive already resolved; this is the fallback for names that do not:
/// it folds case and diacritics, drops club suffixes, expands common abbreviations, and knows the nicknames below.
/// </remarks>
public sealed class TeamNameNormalizer
{

    private readonly IReadOnlyDictionary<string, string> _nicknames;
    private readonly Func<string, string?> _canonical;

    /// <param name="nicknames">Fallback aliases, alias to canonical name.</param>
    /// <param name="canonical">The project's team gazetteer: a written name's canonical name, or null when it does not know it.</param>
    public TeamNameNormalizer(IReadOnlyDictionary<string, string> nicknames, Func<string, string?>? canonical = null)
    {
        _nicknames = nicknames.ToDictionary(kv => FoldedText.Of(kv.Key), kv => Core(FoldedText.Of(kv.Value)), StringComparer.Ordinal);
        _canonical = canonical ?? (_ => null);
    }

    /// <summary>Keys already worked out, by written name: grouping and fusion ask for the same few thousand team names many times over.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);
    private int _remembered;

    /// <summary>Enough for every team name an archive of this size writes; past it keys are worked out each time rather than held.</summary>
    private const int MaxRememberedKeys = 50_000;

    /// <summary>The team's key: equal keys mean the same team.</summary>
    public string Key(string team)
    {
        if (_keys.TryGetValue(team, out var remembered)) return remembered;
        var key = KeyOf(team);
        if (Volatile.Read(ref _remembered) < MaxRememberedKeys && _keys.TryAdd(team, key)) Interlocked.Increment(ref _remembered);
        return key;
    }

    /// <summary>The key of a phrase read once (a run of a headline's words tried as a team name): worked out, not remembered.</summary>
    public string KeyOf(string team)
    {
        var trimmed = team.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[4..];
        if (_canonical(trimmed) is { } known) team = known;
        var folded = FoldedText.Of(team);
        if (folded.StartsWith("the ", StringComparison.Ordinal)) folded = folded[4..];
        if (_nicknames.TryGetValue(folded, out var canonical)) return canonical;
        return Core(folded);
    }

    /// <summary>Every written form this normaliser knows for the team with <paramref name="key"/>, folded; used to spot the team in a text.</summary>
    public IEnumerable<string> KnownForms(string key) => _nicknames.Where(kv => kv.Value == key).Select(kv => kv.Key).Append(key);

    private static string Core(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        words.RemoveAll(w => w is "fc" or "afc" or "cf" or "sc" or "the" or "football" or "club");
        for (int i = 0; i < words.Count; i++)
        {
            words[i] = words[i] switch
            {
                "utd" => "united",
                "man" when i + 1 < words.Count && words[i + 1] is "united" or "utd" or "city" => "manchester",
                "spurs" => "tottenham",
                "hotspur" => "",
                "wolverhampton" => "wolves",
                "wanderers" when i > 0 && words[i - 1] == "wolves" => "",
                "albion" when i > 0 && words[i - 1] is "brighton" => "",
                "hove" => "",
                "and" => "",
                "sheff" => "sheffield",
                "nottm" or "notts" => "nottingham",
                "forest" when i == 0 => "nottingham forest",
                "villa" when i == 0 => "aston villa",
                "palace" when i == 0 => "crystal palace",
                _ => words[i],
            };
        }
        words.RemoveAll(w => w.Length == 0);
        // "Blackburn Rovers" and "Blackburn" are one club; "Manchester United" and "Manchester City" are not, so a suffix stays where the stem is shared.
        if (words.Count >= 2 && ClubSuffixes.Contains(words[^1]) && !SharedStems.Contains(string.Join(' ', words.Take(words.Count - 1))))
            words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> ClubSuffixes = new(StringComparer.Ordinal)
    {
        "city", "town", "united", "rovers", "athletic", "wanderers", "county", "albion", "hotspur", "argyle", "orient",
    };

    /// <summary>Stems that two or more clubs share, so the suffix is what tells them apart.</summary>
    private static readonly HashSet<string> SharedStems = new(StringComparer.Ordinal)
    {
        "manchester", "sheffield", "bristol", "nottingham", "oxford", "cambridge", "dundee", "leyton", "plymouth", "swindon", "hartlepool",
    };

    private static readonly Dictionary<string, string> BuiltInNicknames = new(StringComparer.Ordinal)
    {
        ["Three Lions"] = "England",
        ["Les Bleus"] = "France",
        ["Red Devils"] = "Manchester United",
        ["Gunners"] = "Arsenal",
        ["Citizens"] = "Manchester City",
        ["Cityzens"] = "Manchester City",
        ["Man City"] = "Manchester City",
        ["Toffees"] = "Everton",
        ["Magpies"] = "Newcastle United",
        ["Newcastle"] = "Newcastle United",
        ["Toon"] = "Newcastle United",
        ["Hammers"] = "West Ham United",
        ["West Ham"] = "West Ham United",
        ["Irons"] = "West Ham United",
        ["Lilywhites"] = "Tottenham",
        ["Tottenham Hotspur"] = "Tottenham",
        ["Seagulls"] = "Brighton",
        ["Brighton & Hove Albion"] = "Brighton",
        ["Villans"] = "Aston Villa",
        ["Cherries"] = "Bournemouth",
        ["AFC Bournemouth"] = "Bournemouth",
        ["Bees"] = "Brentford",
        ["Cottagers"] = "Fulham",
        ["Foxes"] = "Leicester City",
        ["Leicester"] = "Leicester City",
        ["Tricky Trees"] = "Nottingham Forest",
        ["Clarets"] = "Burnley",
        ["Hatters"] = "Luton Town",
        ["Luton"] = "Luton Town",
        ["Blades"] = "Sheffield United",
        ["Black Cats"] = "Sunderland",
        ["Leeds"] = "Leeds United",
        ["Tractor Boys"] = "Ipswich Town",
        ["Ipswich"] = "Ipswich Town",
        ["Swans"] = "Swansea City",
        ["Swansea"] = "Swansea City",
        ["Stoke"] = "Stoke City",
        ["Potters"] = "Stoke City",
        ["Norwich"] = "Norwich City",
        ["Canaries"] = "Norwich City",
        ["Cardiff"] = "Cardiff City",
        ["Bluebirds"] = "Cardiff City",
        ["Hull"] = "Hull City",
        ["West Brom"] = "West Bromwich Albion",
        ["Baggies"] = "West Bromwich Albion",
        ["Wigan"] = "Wigan Athletic",
        ["Latics"] = "Wigan Athletic",
        ["QPR"] = "Queens Park Rangers",
        ["Albiceleste"] = "Argentina",
        ["Selecao"] = "Brazil",
        ["Oranje"] = "Netherlands",
        ["Holland"] = "Netherlands",
        ["Azzurri"] = "Italy",
        ["La Roja"] = "Spain",
        ["Die Mannschaft"] = "Germany",
        ["Atlas Lions"] = "Morocco",
        ["Red Dragons"] = "Wales",
        ["Lionesses"] = "England Women",
        ["Matildas"] = "Australia Women",
        ["USA"] = "United States",
        ["USMNT"] = "United States",
        ["Barca"] = "Barcelona",
        ["Bayern"] = "Bayern Munich",
        ["PSG"] = "Paris Saint Germain",
        ["Paris St Germain"] = "Paris Saint Germain",
        ["Inter"] = "Inter Milan",
        ["Internazionale"] = "Inter Milan",
        ["Juve"] = "Juventus",
        ["Hoops"] = "Celtic",
        ["Gers"] = "Rangers",
    };

    /// <summary>The project's team gazetteer (data/gazetteers/teams.tsv, the names extraction writes) first, then the built-in nicknames.</summary>
    public static readonly TeamNameNormalizer Default = new(BuiltInNicknames,
        name => NewsDigest.Extraction.Gazetteers.Gazetteer.Default.Teams.TryGet(name, out var entry) ? entry.Name : null);
}
