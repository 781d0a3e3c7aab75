namespace NewsDigest.Extraction.People;

/// <summary>Capitalised words that are not people's names: sentence openers, days, months, roles, nationalities and report furniture.</summary>
internal static class CapitalisedWords
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this", "that",
        "these", "those", "but", "and", "or", "so", "yet", "however", "after", "before", "when", "while", "whilst", "as", "with", "without",
        "in", "on", "at", "by", "for", "from", "of", "to", "into", "onto", "despite", "although", "though", "then", "there", "here", "what",
        "who", "whom", "whose", "which", "where", "why", "how", "if", "even", "only", "just", "still", "also", "both", "neither", "nor",
        "not", "no", "yes", "all", "some", "any", "every", "each", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "meanwhile", "elsewhere", "earlier", "later", "now", "once", "again", "indeed", "instead", "suddenly", "eventually",
        "finally", "ultimately", "unfortunately", "fortunately", "thankfully", "clearly", "sadly", "perhaps", "maybe", "certainly",
        "having", "being", "with", "up", "down", "out", "over", "under", "within", "inside", "outside", "around", "about", "against",
        "between", "during", "until", "since", "through", "throughout", "among", "amid", "like", "unlike", "such", "much", "many", "more",
        "most", "less", "few", "other", "another", "first", "second", "third", "last", "next", "final", "late", "early", "half", "full",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "sir", "dr", "player", "players",
        "ratings", "rating", "match", "highlights", "key", "stats", "talking", "point", "points", "subs", "sub", "goals", "goal", "manager",
        "coach", "boss", "captain", "substitute", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "referee", "var",
        // Role words written before a name ("Skipper Callum Oyelaran", "Homegrown midfielder", "Designated Player"): never part of it.
        "skipper", "winger", "full-back", "fullback", "centre-back", "center-back", "centreback", "centerback", "wing-back", "left-back", "right-back",
        "centre-half", "center-half", "centre-forward", "center-forward", "playmaker", "frontman", "marksman", "goalscorer", "talisman",
        "shot-stopper", "netminder", "homegrown", "home-grown", "rookie", "freshman", "sophomore", "redshirt", "designated", "vice-captain",
        "co-captain", "gaffer", "debutante",
        "stadium", "park", "read", "latest", "sports", "sport", "news", "table", "schedule", "results", "result", "golden", "boot",
        "champions", "europa", "barclays", "sky", "bbc", "espn", "world", "cup", "league", "premier", "fifa", "uefa", "fa", "efl",
        "english", "french", "spanish", "german", "italian", "dutch", "portuguese", "belgian", "brazilian", "argentine", "argentinian",
        "scottish", "welsh", "irish", "swiss", "austrian", "polish", "croatian", "serbian", "danish", "swedish", "norwegian", "finnish",
        "czech", "slovak", "hungarian", "romanian", "greek", "turkish", "russian", "ukrainian", "american", "mexican", "canadian",
        "colombian", "uruguayan", "chilean", "ecuadorian", "paraguayan", "peruvian", "venezuelan", "japanese", "korean", "australian",
        "african", "nigerian", "ghanaian", "senegalese", "ivorian", "cameroonian", "egyptian", "moroccan", "algerian", "tunisian",
        "malian", "gabonese", "congolese", "jamaican", "icelandic", "european", "british", "european", "latin", "south", "north", "east",
        "west", "united", "city", "town", "county", "athletic", "rovers", "wanderers", "albion", "hotspur", "fc", "afc", "vs", "v",
        "lineups", "line-ups", "line-up", "bookings", "booked", "attendance", "referee:", "venue", "kick-off", "ht", "ft", "full-time",
        "half-time", "man", "woman", "men", "women", "women's", "men's", "video", "watch", "photo", "getty", "images", "reuters", "pa",
        "ap", "afp", "copyright", "related", "advertisement", "click", "here", "follow", "live", "report", "reports", "analysis",
        "verdict", "preview", "reaction", "summary", "what", "did", "does", "do", "was", "were", "is", "are", "has", "have", "had",
        "will", "would", "could", "should", "can", "may", "might", "must", "shall", "let", "let's", "well", "oh", "ah", "yeah", "ok",
        "okay", "thanks", "thank", "look", "see", "get", "go", "come", "make", "take", "give", "keep", "put", "try", "need", "want",
        "think", "know", "feel", "believe", "hope", "god", "christmas", "easter", "boxing", "day", "new", "year", "england's",
        "gunners", "saints", "reds", "blues", "whites", "magpies", "toffees", "hammers", "villa", "spurs", "wolves", "foxes", "eagles",
        "tigers", "swans", "canaries", "seagulls", "cherries", "bees", "clarets", "hornets", "baggies", "potters", "blades", "black",
        "cats", "red", "devils", "citizens", "lions", "three", "les", "bleus", "la", "el", "los", "las", "le", "il", "der", "die", "das",
        // The first person's contractions ("Second yellow, off he went, and I'm afraid ..."): capitalised, never a name.
        "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d",
        "asked", "speaking", "added", "said", "says", "told", "meanwhile,", "despite", "amazingly", "remarkably", "incredibly",
        "arguably", "interestingly", "notably", "predictably", "inevitably", "typically", "initially", "briefly", "nevertheless",
        "nonetheless", "moreover", "furthermore", "otherwise", "therefore", "thus", "hence", "because", "unless", "whether",
        "either", "anyone", "everyone", "someone", "nobody", "nothing", "everything", "something", "anything", "never", "always",
        "sometimes", "often", "soon", "already", "almost", "nearly", "quite", "rather", "too", "very", "really", "simply", "possibly",
        "probably", "surely", "hopefully", "honestly", "obviously", "frankly", "personally", "overall", "altogether", "together",
        "home", "away", "hosts", "visitors", "fans", "supporters", "crowd", "team", "side", "squad", "club", "clubs", "national",
        "international", "group", "stage", "round", "semi-final", "quarter-final", "final", "extra", "time", "penalty", "penalties",
        "shoot-out", "substitutes", "starting", "xi", "bench", "unused", "subs:", "ref", "assistant", "fourth", "official", "officials",
        "chairman", "owner", "director", "sporting", "technical", "head", "interim", "caretaker", "former", "ex", "ex-", "veteran",
        "young", "teenage", "teenager", "youngster", "academy", "loanee", "debutant", "newcomer", "summer", "winter", "spring", "autumn",
        "january's", "tv", "radio", "podcast", "newsletter", "sign", "subscribe", "share", "comment", "comments", "advert",
        "super", "london", "america", "europe", "africa", "asia", "britain", "madrid", "manchester", "birmingham", "glasgow",
        "paris", "munich", "milan", "rome", "lisbon", "doha", "qatar", "uk", "us", "usa", "north", "christmas", "sunday's", "saturday's",
        // Nationality nouns stand for a player named elsewhere ("the Dutchman's finish"); they are pointers, not names.
        "dutchman", "frenchman", "englishman", "scotsman", "welshman", "irishman", "spaniard", "swede", "dane", "norwegian", "finn",
        "pole", "croat", "serb", "slovenian", "bulgarian", "romanian", "hungarian", "slovakian", "czech", "bosnian", "albanian",
        "montenegrin", "macedonian", "kosovan", "georgian", "israeli", "iranian", "saudi", "kenyan", "zambian", "zimbabwean",
        "south african", "costa rican", "honduran", "panamanian", "chilean", "bolivian", "liverpudlian", "mancunian", "londoner",
        "geordie", "scouser", "brummie", "yorkshireman", "lancastrian", "cornishman", "cockney", "portugal", "belgium",
        // Prepositions and league words a sentence's start capitalises before a name ("Alongside Foster", "First Division Tabitha").
        "alongside", "beside", "behind", "beyond", "across", "along", "towards", "via", "following", "including", "division",
        "premier league", "championship", "bundesliga", "serie", "ligue", "liga", "eredivisie", "mls", "wsl", "nwsl", "var's",
    };

    public static bool IsNotName(ReadOnlySpan<char> word)
    {
        var lookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word);
    }

    /// <summary>Capitalised particles inside a name, after a first name ("Seán Ó Ceallaigh", "Dylan Ap Iorwerth", "Ilias El Khatib",
    /// "Ruud Van Nistelrooy", "Yasser Al Shahrani"); some are also words kept out of names on their own ("El", "La", "Ap").</summary>
    public static bool IsCapitalisedParticle(ReadOnlySpan<char> word) =>
        IsOpeningParticle(word) || word is "Van" or "Von" or "Der" or "Den" or "De" or "Da" or "Di" or "Du" or "Del" or "Della" or "Dos" or "Das" or "Le" or "La" or "El" or "Al"
            or "Ter" or "Ten" or "Bin" or "Ibn" or "Abu" or "Ben";

    /// <summary>Gaelic and Welsh particles that only ever open a surname ("Ó Ceallaigh", "Ní Bhriain", "Mac Giolla", "Ap Iorwerth").</summary>
    public static bool IsOpeningParticle(ReadOnlySpan<char> word) => word is "Ó" or "Ní" or "Nic" or "Uí" or "Ap" or "Mhic";

    /// <summary>Lower-case words that sit inside names ("Robin van Persie", "Virgil van Dijk", "Kevin De Bruyne", and the Faroese and
    /// Icelandic "Hallur á Lakjuni", "Tróndur í Horni", "Bárður við Stein", "Jón av Reyni", which English never writes as words).</summary>
    public static bool IsNameParticle(ReadOnlySpan<char> word) =>
        word is "van" or "de" or "der" or "den" or "da" or "dos" or "das" or "di" or "von" or "del" or "della" or "le" or "la" or "ter" or "ten" or "bin" or "al" or "el" or "mac"
            or "á" or "í" or "við" or "úr" or "av" or "af";
}
