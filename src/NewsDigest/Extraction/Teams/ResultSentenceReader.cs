using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>Two sides read as written from a result shape ("A 2-1 B", "A beat B", "win over B"), with where the shape starts;
/// <see cref="First"/> is null when the shape names only the beaten side ("a 2-0 win over B") and the winner is the sentence's subject.</summary>
public readonly record struct ResultSides(string? First, string Second, int At);

/// <summary>Reads the two sides of a match from the strong result shapes of a headline or opening sentence, so that clubs the
/// gazetteer does not know ("a 4-0 victory over Altyn Asyr") are still read: the names come back as written, cleaned of possessives.</summary>
public static partial class ResultSentenceReader
{
    /// <summary>Words a capitalised span may start with that do not belong to a team's name ("On Saturday Arsenal beat ...").</summary>
    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "On", "In", "At", "After", "For", "From", "By", "Against", "Without", "Under", "Tonight", "Today", "Yesterday", "But", "And", "When", "As", "With", "Then", "While", "Now", "However", "Meanwhile", "Elsewhere", "Despite", "Although", "Though", "Only", "Even", "So", "Yet", "Hosts", "Visitors",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Champions", "Defending", "DEFENDING", "Holders", "Leaders",
        "We", "Our", "Why", "How", "What", "Where", "Who", "Remember", "Having", "Opponents", "Visiting", "His", "Her", "Their", "Its", "Late", "Football", "Striker", "Report", "Watch", "Highlights",
        // Title-case headlines put an epithet before the side ("Auckland United Overcome Battling Tafea FC").
        "Battling", "Brave", "Stubborn", "Lowly", "Struggling", "Resilient", "Spirited", "Plucky", "Gallant", "Rampant", "Ruthless", "Dominant",
        // A side's standing before its name ("Amateurs Sint-Joost stun NEC", "Minnows Pafos").
        "Amateurs", "Amateur", "Minnows", "Underdogs", "Part-timers", "Giant-killers", "Non-league",
    };

    /// <summary>Whether a capitalised word opening a span is no part of a team's name ("After", "The", "Visitors").</summary>
    internal static bool LeadingWord(string word) => LeadingNoise.Contains(word);

    /// <summary>Title-case function words that no side's name holds after its first word: where a headline's name stops.</summary>
    private static readonly HashSet<string> TitleCaseLinkWords = new(StringComparer.Ordinal) { "To", "In", "For", "As", "After", "With", "At", "On", "Into", "From", "Amid", "Despite", "Ahead",
        // "Deacs Edge No. 14 Clemson Behind Late Strike": every preposition that can follow a side in a headline ends its name.
        "Behind", "Thanks", "Through", "Without", "Against", "Before", "Following", "Courtesy", "Via", "By", "Past", "Under", "Over", "Until", "Since", "During" };

    /// <summary>Words that make a capitalised span a competition, ground, day or title rather than a side.</summary>
    private static readonly HashSet<string> NotSideWords = new(StringComparer.Ordinal)
    {
        "NWFL", "NWSL", "MLS", "NPL", "NPLW", "USL", "EPL", "ISL", "PSL", "SPL", "BPL", "WPL", "CAF", "UEFA", "FIFA", "CONCACAF", "CONMEBOL", "WAFU", "SAFF", "COSAFA", "CECAFA", "AFF",
        "League", "Cup", "Championship", "Conference", "Division", "Stadium", "Park", "Ground", "Oval", "Arena", "Round", "Group", "Final",
        "Premiership", "Qualifiers", "Games", "Trophy", "Shield", "Vase", "Plate", "Tournament", "Centre", "Complex", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Published", "News", "Euro", "Euros", "Olympics", "Win", "Winner", "Against", "Goal", "Goals", "Draw", "Defeat", "Loss", "Title",
        // A title-case headline's result noun after a scoreline ("Bayern Munich 5 - 0 Rout of Hamburg") is what the score was, not a side.
        "Rout", "Victory", "Triumph", "Thrashing", "Hammering", "Drubbing", "Romp", "Thriller", "Stalemate", "Comeback", "Success", "Humiliation", "Demolition", "WSL", "ACL", "One", "Two", "Three", "Press", "Release", "Highlights", "Report", "MATCH", "REPORT",
    };

    /// <summary>The result shapes, tried in this order (a scoreline between the names is the surest).</summary>
    private static readonly Regex[] Shapes = [ScoreBetween(), ScoreAfterEach(), PairThenScore(), PossessiveResult(), VerbResult(), SentPast(), HandedDefeat(), PassiveResult(), ResultOver(), PairDraw()];

    /// <summary>Pieces every verb of <see cref="VerbResult"/> and <see cref="SentPast"/> contains ("beat" in "beating", "past" in "eased past",
    /// "sent " in "sent A past B"), in any case.</summary>
    private static readonly SearchValues<string> VerbResultWords = SearchValues.Create(
        ["beat", "defeat", "thrash", "edge", "edging", "sent ", "sends ", "sending ", "carried ", "carries ", "carrying ", "lifted ", "lifts ", "lifting ", "fired ", "fires ", "firing ", "propel", "powered ", "powers ", "led ", "leads ", "leading ", "guided ", "guides ", "guiding ", "helped ", "helps ", "helping ", "saw off", "see off", "sees off", "seeing off", "stun", "down", "hammer", "crush", "rout", "shut", "overc", "past", "elimin", "trashing", "aside", "hold", "held", "thump", "outplay", "outclass", "overpower", "knock", "dump", "Top", "Sink", "Tame", "Outlast", "Upset"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Pieces every result noun or verb of <see cref="ResultOver"/> contains ("los" in "lost", "losing", "loss"), in any case.</summary>
    private static readonly SearchValues<string> ResultOverWords = SearchValues.Create(
        ["win", "victory", "triumph", "draw", "drew", "tied", "defeat", "los", "fell to", "falls to", "beating", "thrashing", "hammering", "thrash", "rout", "spoils", "locked", "played out", "played to", "shared the points", "share the points", "shares the points", "share points", "went down", "going down", "go down", "goes down"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The first result shape in the span, or null. <paramref name="notSide"/> tells a span of the text
    /// that names something else (a ground, a competition) from one that may be a side; <paramref name="isKnownTeam"/> tells a name the gazetteer knows.</summary>
    public static ResultSides? Read(string text, int start, int length, Func<int, int, bool> notSide, Func<string, bool> isKnownTeam)
    {
        var slice = text.AsSpan(start, length);
        // Most sentences hold no result at all: each shape is tried only when a word it cannot match without is there,
        // so the regexes (which try a name at every capital) run on few sentences.
        bool digits = slice.IndexOfAnyInRange('0', '9') >= 0;
        bool verbs = slice.IndexOfAny(VerbResultWords) >= 0;
        bool results = slice.IndexOfAny(ResultOverWords) >= 0;
        if (!digits && !verbs && !results) return null;
        var span = slice.ToString();
        foreach (var shape in Shapes)
        {
            if (shape == VerbResult() || shape == SentPast() ? !verbs : shape == ResultOver() || shape == PairDraw() ? !results : shape == HandedDefeat() || shape == PassiveResult() ? !(results || verbs) : !digits) continue;
            for (var m = shape.Match(span); m.Success; m = m.NextMatch())
            {
                var bGroup = m.Groups["b"];
                string? b = notSide(start + bGroup.Index, bGroup.Length) ? null : Clean(bGroup.Value);
                if (b is null) continue;
                var aGroup = m.Groups["a"];
                // "Riverbend FC Edges Cedar Hollow United 2-1 In Home Opener", "Zips Top Falcons 3-1 Behind ...": in a title-case headline a
                // capitalised verb of result inside the name before a scoreline parts the two sides; the verb's shape reads them.
                if ((shape == ScoreBetween() || shape == ScoreAfterEach()) && HoldsTitleCaseVerb(aGroup.Value)) continue;
                string? a = aGroup.Success && !notSide(start + aGroup.Index, aGroup.Length) && !StandingsLeague(text, start + aGroup.Index) ? Clean(aGroup.Value) : null;
                // "They beat B 2-0", "All three points come home with us after a 1-0 win over B": a word of English, no side's name.
                if (a is not null && PlainWord(text, a, isKnownTeam)) a = null;
                if (PlainWord(text, b, isKnownTeam)) continue;
                // "Sam Alu stunned Newcastle": the one who beat a side may be a player; the side is then read from the rest of the sentence.
                // "Kessler State men's soccer team", "Kessler State (7-3-2)": a name given its team or its season's record is a side's, whatever it looks like.
                bool teamTold = m.Groups["team"].Success || m.Groups["record"].Success;
                if (a is not null && !teamTold && !AfterDefiniteArticle(text, start + aGroup.Index, aGroup.Value) && (shape == VerbResult() || shape == SentPast() || shape == HandedDefeat() || (shape == PairDraw() && !m.Groups["level"].Success)) && LooksLikePerson(aGroup.Value) && !isKnownTeam(a) && !ClubByNickname(a, isKnownTeam)) a = null;
                // "United hold Rasmus Hojlund transfer talks": a person held is no side held to a draw.
                if (m.Groups["hold"].Success && LooksLikePerson(bGroup.Value) && !isKnownTeam(b) && !ClubByNickname(b, isKnownTeam)) continue;
                // "Smith, Jones draw praise": two people are no pair of sides.
                // "Lilli Pilli and Belrose Raiders were locked at nil all": a pair held level at a score is two sides, whatever their names look like.
                if (shape == PairDraw() && (a is null || (!m.Groups["level"].Success && LooksLikePerson(bGroup.Value) && !isKnownTeam(b) && !ClubByNickname(b, isKnownTeam)))) continue;
                // "a 1-0 victory in Girona": a place after "in" is the beaten side only when it is a team the gazetteer knows; after "at" a
                // name that is no ground (grounds are told by notSide) is the host ("a 4-1 victory at St. Thomas").
                // A year or an edition's number makes it a tournament ("swept to victory at Euro 2022").
                if (m.Groups["place"].Success && !isKnownTeam(b) && (m.Groups["place"].Value == "in" || b.Any(char.IsDigit))) continue;
                if (a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) continue;
                return new ResultSides(a, b, start + m.Index);
            }
        }
        return null;
    }

    /// <summary>"the night the Carolina Courage beat the Boston Breakers 3-2": a name written after "the" is a side's, however much it looks like
    /// a person's (a first name and a surname); a person's name takes no article ("the 22-year-old Sam Alu" puts a word between).</summary>
    private static bool AfterDefiniteArticle(string text, int at, string written)
    {
        if (written.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return true;
        return at >= 4 && text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && (at == 4 || !char.IsLetter(text[at - 5]));
    }

    /// <summary>Verbs of a result as a title-case headline writes them ("Edges", "Beats", "Tops", "Downs"): no side's name holds one after
    /// its first word. Only these capitalised forms; "Falls" ("Sioux Falls"), "Rolls" and "Hammers" name places and sides, so they are left out.</summary>
    private static readonly HashSet<string> TitleCaseVerbs = new(StringComparer.Ordinal)
    {
        "Beat", "Beats", "Edge", "Edges", "Top", "Tops", "Down", "Downs", "Defeat", "Defeats", "Stun", "Stuns", "Sink", "Sinks", "Blank", "Blanks",
        "Rout", "Routs", "Thump", "Thumps", "Crush", "Crushes", "Thrash", "Thrashes", "Tame", "Tames", "Outlast", "Outlasts", "Upset", "Upsets",
        "Topple", "Topples", "Overcome", "Overcomes", "Hold", "Holds", "Dump", "Dumps", "Draw", "Draws",
    };

    /// <summary>Whether a capitalised span holds a title-case verb of result after its first word ("Riverbend FC Edges Cedar Hollow").</summary>
    internal static bool HoldsTitleCaseVerb(string span)
    {
        var words = span.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < words.Length - 1; i++) if (TitleCaseVerbs.Contains(words[i])) return true;
        return false;
    }

    /// <summary>Pronouns, quantifiers and numbers that open a sentence about a side ("They beat ...", "All three points ...", "Five goals ...").</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.Ordinal)
    {
        "They", "We", "He", "She", "It", "You", "I", "Us", "All", "Another", "Both", "Each", "Every", "Some", "Any", "Many", "Most", "Few", "Several", "None",
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
    };

    /// <summary>A one-word name the gazetteer does not know that the text writes in lower case elsewhere ("another", "they", "all") and
    /// with a capital only where a sentence or a line opens: a word of English that opens the sentence, not a side's name.</summary>
    internal static bool PlainWord(string text, string name, Func<string, bool> isKnownTeam)
    {
        if (name.Length < 2 || name.Contains(' ') || !char.IsUpper(name[0]) || isKnownTeam(name)) return false;
        if (OpeningWords.Contains(name)) return true;
        string lower = char.ToLowerInvariant(name[0]) + name[1..];
        if (lower == name || !lower.Skip(1).All(char.IsLower)) return false;
        bool Whole(int at, int length) => (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + length >= text.Length || !char.IsLetterOrDigit(text[at + length]));
        bool lowerSeen = false;
        for (int at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0 && !lowerSeen; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
            lowerSeen = Whole(at, lower.Length);
        if (!lowerSeen) return false;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (!Whole(at, name.Length)) continue;
            int before = at - 1;
            while (before >= 0 && text[before] is '"' or '“' or '‘' or '\'' or '(') before--;
            while (before >= 0 && text[before] == ' ') before--;
            if (before >= 0 && text[before] is not ('.' or '!' or '?' or '\n' or ':' or '—' or '–' or '-')) return false;
        }
        return true;
    }

    /// <summary>The side a one-sided shape ("... to a 2-0 win over B") belongs to: the last capitalised span before it that is
    /// neither a player, a competition, a ground, a day nor a country qualifying a club ("Yokohama F. Marinos of Japan", "Polish forward").</summary>
    public static string? Subject(string text, int start, int before, string other, Func<int, int, bool> notSide)
    {
        // "Harbour Secondary put in a dominant performance in the Big 5 final, as they beat B": "they" points back to the sentence's subject,
        // not to the last name before the shape.
        bool pronoun = text.AsSpan(before).StartsWith("they ", StringComparison.Ordinal) || TheyBefore().IsMatch(text.AsSpan(Math.Max(start, before - 30), Math.Min(30, before - start)));
        string? last = null;
        foreach (Match m in NameSpan().Matches(text[start..before]))
        {
            if (!MayBeSide(text, start + m.Index, m.Length) || notSide(start + m.Index, m.Length)) continue;
            // "Speaking to reporters after Sunday's 2-1 win over B": a participle opening the sentence is its verb, no side.
            if (m.Index == 0 && OpeningParticiple().IsMatch(m.Value)) continue;
            // "LAHORE, Nov 25: KRL retained the cup when they beat B", "LONDON: ...": a place in capitals (and a date) opening a line
            // before a colon is where the report was filed, no side.
            if (DatelineAt(text, start + m.Index, m.Length)) continue;
            // "stayed two points clear at the top of the Combination after a 2-2 draw with B": the table a side tops is its league, no side.
            if (TableBefore().IsMatch(text.AsSpan(Math.Max(start, start + m.Index - 24), Math.Min(24, m.Index)))) continue;
            // "a hat-trick by striker Lalremruata to register a 3-2 victory over B": a name after a player's role is that player, not the winner.
            if (RoleBefore().IsMatch(text.AsSpan(Math.Max(start, start + m.Index - 24), Math.Min(24, m.Index)))) continue;
            // "Aris returned to the victories at the Kleanthis Vikelidis, beating OFI": a name after "at the" is the ground played on, not the winner.
            if (m.Index >= 7 && text.AsSpan(start + m.Index - 7, 7).SequenceEqual("at the ")) continue;
            if (Clean(m.Value) is { } name && !string.Equals(name, other, StringComparison.OrdinalIgnoreCase))
            {
                last = WithoutPersonAfter(text, name);
                if (pronoun) break;
            }
        }
        return last;
    }

    /// <summary>Whether a span stands in a dateline with a colon opening its line ("LAHORE, Nov 25:", "LONDON:"): the place and date a report
    /// was filed from, no side.</summary>
    private static bool DatelineAt(string text, int at, int length)
    {
        int lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return DatelineColon().Match(text, lineStart) is { Success: true } m && at + length <= lineStart + m.Length;
    }

    /// <summary>"LAHORE, Nov 25: ", "LONDON: ", "MARGAO, May 13: ": a place in capitals (and a date) before a colon opening a line, no agency named.</summary>
    [GeneratedRegex(@"\G[\p{Lu}][\p{Lu} .'’\-]{2,}(?:, [^:\n()—–]{1,25})?: ")]
    private static partial Regex DatelineColon();

    /// <summary>"striker ", "goalkeeper ", "head coach " right before a name: the name is a person's.</summary>
    [GeneratedRegex(@"\b(?:striker|forward|midfielder|defender|goalkeeper|keeper|goalie|winger|captain|skipper|coach|manager|boss|substitute|sub|full-back|fullback|centre-back|center-back|centre-half|playmaker|teenager|youngster|veteran|freshman|sophomore|junior|senior) $")]
    private static partial Regex RoleBefore();

    /// <summary>"the top of the ", "bottom of the " before a name: the name is a league's table.</summary>
    [GeneratedRegex(@"\b(?:top|bottom|foot|summit|head) of the $")]
    private static partial Regex TableBefore();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}ing$")]
    private static partial Regex OpeningParticiple();

    /// <summary>"as they snatched a 1-0 " before a one-sided shape: the result is told of a pronoun.</summary>
    [GeneratedRegex(@"\bthey (?:[a-z]+ ){1,2}(?:an? )?(?:[0-9]{1,2} ?[-–] ?[0-9]{1,2} )?(?:[a-z\-]+ )?$")]
    private static partial Regex TheyBefore();

    /// <summary>"A hat-trick from Harbour Eels Ana Dane": a club's name run into a player's, with no possessive between, is the club when the text
    /// writes the club's words on their own elsewhere.</summary>
    private static string WithoutPersonAfter(string text, string name)
    {
        var words = name.Split(' ');
        if (words.Length < 4 || !LooksLikePerson(string.Join(' ', words[^2..]))) return name;
        var club = string.Join(' ', words[..^2]);
        int alone = 0;
        for (int at = text.IndexOf(club, StringComparison.Ordinal); at >= 0; at = text.IndexOf(club, at + club.Length, StringComparison.Ordinal))
            if (!text.AsSpan(at + club.Length).StartsWith(" " + words[^2], StringComparison.Ordinal)) alone++;
        return alone > 0 ? club : name;
    }

    /// <summary>Words that mark a name as a club's ("Sydney FC", "Perth Glory", "Bayelsa Queens") rather than a person's.</summary>
    private static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "FC", "AFC", "SC", "CF", "AC", "AS", "City", "United", "Utd", "Town", "Rovers", "Athletic", "Rangers", "Wanderers", "Strikers", "Glory",
        "Jets", "Queens", "Ladies", "Sport", "Sports", "Academy", "Olympic", "Magic", "Victory", "Mariners", "Royals", "Galaxy", "Gold", "County",
        "Albion", "Villa", "Club", "Sporting", "Dynamo", "Stars", "Eagles", "Lions", "Tigers", "Crown", "Girls", "Chicas", "Vale", "Real", "Al", "El",
        // Plural nicknames close many clubs' names ("Maitland Magpies", "Sebastopol Vikings"), never a person's.
        "Magpies", "Vikings", "Hornets", "Foxes", "Wolves", "Owls", "Hammers", "Gunners", "Saints", "Warriors", "Pirates", "Chiefs", "Sundowns",
        "Stallions", "Panthers", "Wildcats", "Falcons", "Sharks", "Dolphins", "Roar", "Thistle", "Celtic", "Hotspur", "Devils", "Bulls", "Kings",
        "Dynamos", "Azzurri", "Spartans", "Lionesses",
    };

    /// <summary>Two or three plain capitalised words with no club word among them read as a person's name ("Sam Alu", "Gareth Bale").</summary>
    public static bool LooksLikePerson(string name)
    {
        var words = name.Split(' ');
        // "Zambia's Power Dynamos": a possessive before the last word makes an owner and what it owns, not one person's name.
        if (words.Length > 1 && words[..^1].Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))) return false;
        // "St. Brendan's": a saint's name with its 's names a school or a club.
        if (words.Length == 2 && words[0] is "St." or "St" or "Saint" && (words[1].EndsWith("'s", StringComparison.Ordinal) || words[1].EndsWith("’s", StringComparison.Ordinal))) return false;
        // "Villas-Boas", "N'Zogbia": a capital after a hyphen or an apostrophe still reads as a name.
        return words.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && !ClubWords.Contains(w)
            && w.Select((c, i) => !char.IsUpper(c) || i == 0 || w[i - 1] is '-' or '\'' or '’').All(ok => ok));
    }

    /// <summary>"Charlestown Azzurri", "Riverside Magpies": a name of two or three words closing on a team's nickname the gazetteer knows is a
    /// club named after it, not a person.</summary>
    public static bool ClubByNickname(string name, Func<string, bool> isKnownTeam)
    {
        int space = name.LastIndexOf(' ');
        return space > 0 && name.Count(c => c == ' ') <= 2 && isKnownTeam(name[(space + 1)..]);
    }

    /// <summary>Whether a nation's name at this place owns what follows ("Togo's ASKO", "Japan’s Kenji Arata"): the country of a club or player.</summary>
    public static bool OwnsNext(string text, int at, int length)
    {
        int end = at + length;
        // The possessive ending may be inside the matched span ("Togo's" is one token) or right after it.
        if (end + 2 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's') end += 2;
        else if (!(length > 2 && text[end - 1] == 's' && text[end - 2] is '\'' or '’')) return false;
        return end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);
    }

    /// <summary>Whether a name at this place may be a side: not "of Japan" after a club, not "Japan international" or "the Serbia forward".</summary>
    public static bool MayBeSide(string text, int at, int length) =>
        !(at >= 3 && text.AsSpan(at - 3, 3).SequenceEqual("of ")) && !PlayersCountry().IsMatch(text, at + length) && !CompetitionRunsOn().IsMatch(text, at + length)
        && !StandingsLeague(text, at);

    /// <summary>"second place in the Ardal North West", "top of the Kessler League", "bottom of the Premier Division": a name whose place in
    /// a table is told is the league, not a side.</summary>
    internal static bool StandingsLeague(string text, int at) =>
        StandingBefore().IsMatch(text.AsSpan(Math.Max(0, at - 30), Math.Min(30, at)));

    /// <summary>The words of a table's place right before a name: "place in the", "top of the", "bottom of the", "spot in the".</summary>
    [GeneratedRegex(@"\b(?:(?:place|spot|position|places|spots)\s+in|(?:top|bottom|summit|foot)\s+of)\s+the\s+$")]
    private static partial Regex StandingBefore();

    /// <summary>"the Sheffield and Hallamshire Senior Cup", "the Durham and District League": a place joined by "and" to a competition's
    /// name is part of that name, not a side.</summary>
    [GeneratedRegex(@"\G and (?:[\p{Lu}][\p{L}'’\-]* ){1,3}(?:Cup|Trophy|Shield|League|Vase|Plate|Championship|Challenge)\b")]
    private static partial Regex CompetitionRunsOn();

    /// <summary>A span as a team name: leading noise and a possessive owner ("Ghana's Police Ladies") dropped, a closing "Women"/"Men"
    /// dropped (the club's name stands for its teams), or null when nothing that could be a side is left.</summary>
    public static string? Clean(string raw)
    {
        var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Mexico's Pachuca": the words up to the possessive name the country or owner, not the side.
        int owner = words.FindLastIndex(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
        // "St Aidan's Old Boys", "St. Kevin's Academy": a saint's name with its 's opens the club's or school's name; it owns nothing.
        if (owner >= 1 && words[owner - 1] is "St." or "St" or "Saint") owner = -1;
        if (owner >= 0 && owner < words.Count - 1) words.RemoveRange(0, owner + 1);
        // "St. Brendan's", "St Patrick's": a saint's name keeps its 's; it names the school or club, no owner.
        bool saints = words.Count >= 2 && words[^2] is "St." or "St" or "Saint" or "Ste." or "Ste";
        if (words.Count > 0) words[^1] = saints ? words[^1].TrimEnd('.', ',', ':') : words[^1].TrimEnd('.', ',', ':').Replace("’s", "").Replace("'s", "").TrimEnd('\'', '’');
        // "Champions League-chasing Tottenham": the words up to a hyphened adjective describe the side.
        int adjective = words.FindLastIndex(w => w.IndexOf('-') is > 0 and var h && h + 1 < w.Length && char.IsLower(w[h + 1]));
        if (adjective >= 0) words.RemoveRange(0, adjective + 1);
        // "With Victory Over Tupapa Maraerenga FC", "Loss To Visiting Kennesaw State": a title-case line's capitalised preposition before a
        // name is no more its first word than it is a later one (see TitleCaseLinkWords).
        while (words.Count > 0 && (LeadingNoise.Contains(words[0]) || TitleCaseLinkWords.Contains(words[0]))) words.RemoveAt(0);
        // "Tafea FC To Book Place In Final": a title-case headline's capitals run on past the name into the rest of the line.
        int runOn = words.Count > 1 ? words.FindIndex(1, w => TitleCaseLinkWords.Contains(w)) : -1;
        if (runOn > 0) words.RemoveRange(runOn, words.Count - runOn);
        while (words.Count > 0 && words[^1] is "Women" or "Men" or "Women's" or "Men's") words.RemoveAt(words.Count - 1);
        // "Auckland City FC", "Al Nassr Club": a club's name stands without its closing FC when two words are left.
        if (words.Count >= 3 && words[^1] is "FC" or "SC" or "Club" or "AFC") words.RemoveAt(words.Count - 1);
        // "Labasa Women FC": with the FC gone, the closing "Women" goes too.
        while (words.Count > 1 && words[^1] is "Women" or "Men" or "Women's" or "Men's") words.RemoveAt(words.Count - 1);
        // "Lowland League Spartans", "National League North side ... ": a league's name before a side describes it.
        // Only a short league name of its own ("Lowland League", "Northern Premier League"): "Republic Cup National Youth Football League
        // Champions" is a title, not a side.
        int league = words.FindLastIndex(w => w is "League" or "Conference" or "Division" or "Premiership");
        if (league > 2 || words.Take(Math.Max(league, 0)).Any(NotSideWords.Contains) || words.Skip(league + 1).Any(w => w is "of" || LeadingNoise.Contains(w))) league = -1;
        if (league >= 0 && league + 1 < words.Count && words[league + 1] is "One" or "Two" or "Three" or "North" or "South" or "East" or "West" or "Premier") league++;
        if (league >= 0 && league + 1 < words.Count) words.RemoveRange(0, league + 1);
        // "Stocksbridge Park Steels", "Queens Park Rangers": "Park" names a ground only when it closes the name ("Villa Park").
        if (words.Count == 0 || words.Select((w, i) => NotSideWords.Contains(w) && !(w == "Park" && i < words.Count - 1)).Any(not => not)) return null;
        var name = string.Join(' ', words);
        return name.Length is >= 2 and <= 40 ? name : null;
    }

    /// <summary>A description before a beaten side, of up to two words (a capitalised adjective, a place or a league among them, digits and
    /// all: "J1", "Ligue 1") and a noun that describes a side, with or without a comma: "East zone champions Five Rivers", "European
    /// debutants, Girona", "Cypriot minnows Pafos", "Icelandic champions Breidablik", "J1 leaders Machida", "Ligue 1 pacesetters Lens".</summary>
    private const string Description = @"(?:(?:[\p{Lu}\p{Nd}][\p{L}\p{Nd}\-]*|[\p{Ll}\-]+) ){0,2}(?:winners|champions|holders|leaders|table-toppers|pacesetters|high-flyers|strugglers|neighbours|neighbors|opponents|newcomers|debutants|minnows|giants|underdogs|favourites|favorites|part-timers),? ";

    /// <summary>A poll ranking before a US college side ("No. 18 Hutchinson", "#5 Stanford"): no part of its name.</summary>
    private const string Ranking = @"(?:(?:No\.|#) ?[0-9]{1,2} )?";

    /// <summary>A lower-case word after a side's name that says which of its teams played ("Durham women", "the Kessler State men's soccer
    /// team"): no part of the name.</summary>
    private const string TeamWord = @"(?<team> (?:women|men|ladies|girls|boys)(?:['’]s)?(?: (?:soccer|football|varsity|first|1st) (?:team|squad|XI))?)?";

    private const string Name = @"[\p{Lu}][\p{L}\p{M}\p{Nd}'’.\-]*(?: [\p{Lu}][\p{L}\p{M}\p{Nd}'’.\-]*){0,4}";

    /// <summary>A word that takes a number as a label, not as goals: "Class 4", "District 2", "Group 3", "Round 2", "Step 5".</summary>
    private const string NotNumberedLabel = @"(?<!\b(?:Class|District|Division|Group|Region|Section|Round|Week|Matchday|Stage|Tier|Level|Step|Area|Zone|Pool|Leg|Day|Grade|Season|Series|Game|Match|Heat|Gate|Route))";

    [GeneratedRegex(Name)]
    private static partial Regex NameSpan();

    /// <summary>"Japan international", "the Serbia forward": a country named for a player; "Ghana's Police Ladies": a country owning the side.</summary>
    [GeneratedRegex(@"\G(?:['’]s [\p{Lu}](?![\p{Lu}\-])|(?:['’]s)? (?:international|forward|striker|defender|midfielder|goalkeeper|keeper|winger|captain|coach|manager|boss)\b)")]
    private static partial Regex PlayersCountry();

    /// <summary>"Reading 0-6 Arsenal", "Man Utd 1 - 1 PSG", "Durham women 3-1 Newcastle" (a sentence-case headline's lower-case team word).</summary>
    [GeneratedRegex(@"(?<a>" + Name + @")" + TeamWord + @" [0-9]{1,2} ?[-–] ?[0-9]{1,2} (?<b>" + Name + ")")]
    private static partial Regex ScoreBetween();

    /// <summary>"Ballarat City Men 2 def by Geelong 3", "Liverpool 6 / Qarabag 0" on two lines; not a label's number ("the Class 4 District 2
    /// final", "Group 3 Round 2").</summary>
    [GeneratedRegex(@"(?<a>" + Name + @")" + NotNumberedLabel + @" [0-9]{1,2},?(?: def(?:eated|\.)? by| d\.| v| vs\.?)?[ \t]*\n?[ \t]*(?<b>" + Name + @")" + NotNumberedLabel + @" [0-9]{1,2}\b")]
    private static partial Regex ScoreAfterEach();

    /// <summary>"Persebaya vs PSS Sleman 2-2", "Aris – OFI 2-1 (1-0)", "Nasaf – Navbahor – 2:1": the pair joined by "v", "vs" or a spaced dash,
    /// the score after both (a translated headline's or result line's form). The goals are a football score's, no clock's ("A v B 15:00", "3:00").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}/'’.\-])(?<a>" + Name + @") (?:vs\.?|v\.?|versus|–|—|-) (?<b>" + Name + @")(?: [–—-])?:? (?:1[0-5]|[0-9]) ?[-–:] ?(?:1[0-5]|[0-9])(?![0-9])")]
    private static partial Regex PairThenScore();

    /// <summary>"the Devonport Strikers' 7-1 win over Taroona".</summary>
    [GeneratedRegex(@"(?<a>" + Name + @")['’]s? [0-9]{1,2} ?[-–] ?[0-9]{1,2} (?:win|victory|triumph|defeat|loss|draw|thrashing|rout) (?:over|against|with|to|at) (?:the )?(?<b>" + Name + ")")]
    private static partial Regex PossessiveResult();

    /// <summary>"A beat B", "A edges B", "A held off B", "the A men's soccer team (7-3-2, 3-1-1 AVC) edged visiting B", "to beat B", "the coastal champions swept aside inland winners B" (the side then read from the sentence's subject); "A hold B" is a draw and names both sides the same way ("A held to a draw", "A hold on" name none); a title-case headline's
    /// capitalised "Tops", "Sinks", "Tames", "Upsets", "Topples", "Outlasts" too ("Zips Top Falcons 3-1"), never the lower-case words ("top the table").</summary>
    [GeneratedRegex(@"(?:(?<a>" + Name + @")" + TeamWord + @"(?<record> \([0-9]{1,2}(?:-[0-9]{1,2}){1,2}(?:, [^()\n]{1,40})?\))? (?:(?:have|has|had|were|was|will|would) )?|\b(?:to|and|then|they|after|as|champions|winners|holders|hosts|visitors|leaders|women|men|girls|side|team) |, (?=[a-z]+ing ))(?:(?i:beat|beats|defeated|defeat|defeats|thrashed|thrash|thrashes|edged|edge|edges|edging|saw off|see off|sees off|stun|stuns|stunned|down|downs|downed|hammered|hammer|hammers|crushed|crush|routed|rout|shut down|shuts out|overcame|overcome|battled past|eased past|cruised past|swept past|swept aside|sweep aside|sweeps aside|trashing|beating|defeating|thrashing|seeing off|thump|thumps|thumped|thumping|outplayed|outplay|outplays|outclassed|outclass|outclasses|outclassing|outplaying|eliminated|eliminate|eliminates|eliminating|overpowered|overpowers|overpowering|knocked out|knocks out|knock out|knocking out|dumped out|dumps out|dumping out|held off|holds off|hold off|holding off|(?<hold>hold|holds|held))|Tops|Top|Topped|Sinks|Sink|Tames|Tame|Outlasts|Outlast|Upsets|Upset|Topples|Topple) (?!(?i:to|on|off|by|up|out|firm|back)\b)(?:(?:a|an|the) (?:[\p{L}\-]+ ){0,3}(?:derby|tie|clash|encounter|contest|battle|affair|showdown|game|match) (?:against|with|over) )?(?:high-flying |lowly |struggling |stubborn |rivals? |visiting |travelling |the |(?!(?:in|at|by|for|with|from|into|on|of|to|and|as|after|before|while|when|then|their|his|her|its|it|them|him|us|a|an|north|south|east|west|northern|southern|eastern|western|central|new|old|upper|lower|san|santa|de|la|le|del|da|van|von|al|el)\b)[a-z]+ (?=[\p{Lu}]))*(?:(?:[\p{Ll}\-]+|[\p{Lu}][\p{L}]*|host)(?: [\p{Lu}][\p{L}]*){0,2} (?:side|outfit|club|team|representatives?|foes?|rivals?),? )?(?:" + Description + @")?" + Ranking + @"(?<b>" + Name + ")")]
    private static partial Regex VerbResult();

    /// <summary>"sending No. 2 seed North Carolina (19-3-2) past top-seeded Florida State 2-1", "fired Bayern to a 2-1 win over Dortmund": a
    /// scorer or a goal carrying one side past the other, the first side after the verb winning. Only told, never wished: a bare verb
    /// ("determined to carry PSG past Bayern") is no result, and a football score has no more than 15 goals a side.</summary>
    [GeneratedRegex(@"\b(?i:sent|sends|sending|carried|carries|carrying|lifted|lifts|lifting|fired|fires|firing|propelled|propels|propelling|powered|powers|led|leads|leading|guided|guides|guiding|helped|helps|helping) (?:(?:No\.|#) ?[0-9]{1,2} (?:seed )?|(?:top-|second-|third-)?seeded )?(?<a>" + Name + @")" + TeamWord + @"(?<record> \([0-9]{1,2}(?:-[0-9]{1,2}){1,2}(?:, [^()\n]{1,40})?\))? (?:past|(?:to|into) (?:a |an |their |its |her |his )?(?:(?:1[0-5]|[0-9]) ?[-–] ?(?:1[0-5]|[0-9]) )?(?:[a-z\-]+ )?(?:win|victory|triumph) (?:over|against)) (?:the )?(?:(?:top|second|third)-seeded |[a-z\-]+ (?=[\p{Lu}]))?" + Ranking + @"(?<b>" + Name + ")")]
    private static partial Regex SentPast();

    /// <summary>"Maitland FC hand Newcastle Olympic first loss", "handed Chelsea a 3-0 defeat": the side handing the defeat won.</summary>
    [GeneratedRegex(@"(?<a>" + Name + @") (?i:hand|hands|handed) (?<b>" + Name + @")(?:['’]s?)? (?:(?:a|an|the|their|its|her|his)\s)?(?:[\w\-]+ ){0,3}?(?i:defeat|loss|beating|thrashing|hammering)\b")]
    private static partial Regex HandedDefeat();

    /// <summary>"Edo Queens were defeated 3-1 by TP Mazembe", "Hearts were held by Hibs": a side beaten or held by another, the beaten side
    /// written first (it opens the sentence, as the side the report follows).</summary>
    [GeneratedRegex(@"(?<a>" + Name + @") (?:were|was|have been|has been|had been|are|is|got) (?:(?:narrowly|comprehensively|soundly|heavily|convincingly|eventually|finally|again) )?(?:defeated|beaten|edged|thrashed|hammered|stunned|humbled|crushed|routed|eliminated|knocked out|held)(?: [0-9]{1,2} ?[-–] ?[0-9]{1,2})?(?: at home| away)? by (?:the )?(?:" + Description + @")?" + Ranking + @"(?<b>" + Name + ")")]
    private static partial Regex PassiveResult();

    /// <summary>"a 4-0 victory over B", "a 1-1 draw with B", "a 4-3 loss to B", "fell to visiting B", "drew 2-2 with B", "inflict a 2-1 defeat on B": the other side is the sentence's subject;
    /// "a 1-0 victory in Girona" when the place is a known team.</summary>
    [GeneratedRegex(@"\b(?:(?i:win|victory|triumph|draw|defeat|loss|thrashing|rout)(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:afternoon|evening|night|morning))?| last night| yesterday| tonight)? (?i:over|against|with|to|at home to|at the hands of)|(?i:win|victory|triumph) (?<place>in|at)|(?:losing|lost|loses|lose|fell|falls|(?:going|went|go|goes) down)(?: [0-9]{1,2} ?[-–] ?[0-9]{1,2})? to|(?:suffered|suffer|suffers)(?: (?:a|an|their|its|her|his))?(?: [0-9]{1,2}-[0-9]{1,2})? defeat (?:to|against|at the hands of)|(?:drew|draws|drawing)(?: [0-9]{1,2}-[0-9]{1,2})? (?:with|against)|(?i:inflict|inflicts|inflicted|inflicting)(?: (?:a|an|their|its|her|his))?(?: [0-9]{1,2} ?[-–] ?[0-9]{1,2})?(?: [a-z\-]+){0,2}? (?i:defeat|loss|beating|thrashing|hammering) on) (?:the |defending champions |perennial arch rivals |rivals? |visiting |travelling )*(?:(?:[\p{Ll}\-]+|[\p{Lu}][\p{L}]*|host)(?: [\p{Lu}][\p{L}]*){0,2} (?:side|outfit|club|team|representatives?|foes?|rivals?),? )?(?:" + Description + @")?" + Ranking + @"(?<b>" + Name + ")")]
    private static partial Regex ResultOver();

    /// <summary>"Broadmeadow Magic, Newcastle Olympic draw in dramatic derby", "Arsenal and Chelsea share the spoils": a headline pairing two sides before a draw;
    /// "A and B were locked at nil all", "A and B played out a goalless draw" in running prose.</summary>
    [GeneratedRegex(@"(?<a>" + Name + @")(?: ?,| and| &) " + Ranking + @"(?<b>" + Name + @") (?:(?i:draw|drew|share the spoils|shared the spoils|shares? (?:the )?points)|(?<level>were (?:locked|deadlocked|tied|level) (?:at|on)|played out an?|played to an?|shared the points|tied(?= [0-9]{1,2} ?[-–] ?[0-9]{1,2}\b)))\b")]
    private static partial Regex PairDraw();
}
