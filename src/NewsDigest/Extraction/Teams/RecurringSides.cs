using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Teams;

/// <summary>The last reading of the pair, when no result shape, headline, box or known team names the match: the two names the report keeps
/// writing that read as sides. A name reads as a side when it holds a club word ("Holmbridge Town", "St Fintan's AFC", "FC Lanaudière-Nord")
/// or follows a word that puts an opponent after it ("a 2-2 draw away to Oakridge Rangers", "the only goal of the game against Ballyroan
/// Celtic"); the names that share a word are one side ("Stavely Rovers ... Stavely"), counted together, and the two counted most are the pair,
/// in the order the report first writes them.</summary>
internal static partial class RecurringSides
{
    /// <summary>Words that make a capitalised name a club's: a suffix or prefix of clubs' names everywhere, never of a person's.</summary>
    private static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "FC", "AFC", "F.C.", "A.F.C.", "SC", "CF", "CS", "CD", "United", "City", "Town", "Rovers", "Rangers", "Athletic", "Celtic", "Wanderers",
        "County", "Albion", "Thistle", "Welfare", "Harriers", "Borough", "Olympic", "Dynamo", "Academy",
    };

    /// <summary>Words that join a club's name without a capital ("Amal of Sidi Bennour", "Città di Montebello").</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "de", "del", "di", "da", "do", "dos", "das" };

    public static TeamPair? Find(ExtractionContext context)
    {
        var text = context.Text;
        // Every name the report writes, as cleaned, with where it first stands and whether some writing of it reads as a side.
        var seen = new List<(string Name, int First, int Count, bool Side)>();
        void Add(string name, int at, bool side)
        {
            int i = seen.FindIndex(s => s.Name == name);
            if (i < 0) seen.Add((name, at, 1, side));
            else seen[i] = (name, seen[i].First, seen[i].Count + 1, seen[i].Side || side);
        }
        foreach (Match m in NameSpan().Matches(text))
        {
            var words = m.Value.Split(' ');
            // "AS Blainville. Come": a word closing a sentence ends the name (an initial's or a club word's dot does not).
            // A club word closing a sentence does too ("down to Chattahoochee Valley FC. Marcus Greer").
            int stop = Array.FindIndex(words, w => (w.Length > 3 || ClubWords.Contains(w[..^1])) && w.EndsWith('.') && w.IndexOf('.') == w.Length - 1);
            var raw = string.Join(' ', stop >= 0 ? words[..(stop + 1)] : words);
            if (Joiners.Contains(raw.Split(' ')[^1])) continue;
            if (ResultSentenceReader.Clean(raw) is not { } name || name.Length < 3) continue;
            if (context.IsQuoted(m.Index) || OtherMatchesTold.Within(context, m.Index) || context.VenueMentions.Any(v => v.Span.Start <= m.Index && m.Index < v.Span.End)
                || context.CompetitionMentions.Any(c => c.Span.Start <= m.Index && m.Index < c.Span.End)) continue;
            // The club word is looked for as written: "St Fintan's AFC" is cleaned to "St Fintan's".
            // "3-0 down to Chattahoochee Valley FC.": a club word closing a sentence still counts without its full stop.
            var rawWords = raw.Split(' ').Select(w => w.Length > 1 && w.EndsWith('.') && !ClubWords.Contains(w) ? w[..^1] : w).ToArray();
            bool clubWord = rawWords.Length > 1 && rawWords.Any(ClubWords.Contains);
            bool cued = OpponentBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)));
            // "Puerto Almendra's manager", "the Cwm Garw keeper": a name of a person's shape with a club's people after it is still a club;
            // only "side" follows a person as often ("Gareth Southgate's side").
            // A nation's name so placed names a player's country ("the Serbia forward"), not a side.
            var role = RoleAfter().Match(text, m.Index + m.Length);
            // "Going forward." opening each entry of a ratings column: a word the report also writes in lower case is a word, not a side.
            bool staffed = role.Success && !OnlyOpensSentences(text, raw) && !ResultSentenceReader.PlainWord(text, name, n => context.Gazetteer.Teams.TryGet(n, out _))
                && (role.Groups["role"].Value != "side" || !ResultSentenceReader.LooksLikePerson(name))
                && !(context.Gazetteer.Teams.TryGet(ResultSideNames.Named(context, name), out var entry) && entry.National) && !ResultSentenceReader.StandingsLeague(text, m.Index)
                && !OthersNickname(context, name);
            // "the Serbia forward", "of Japan": a cued name must still stand as a side; a name holding a club word is one wherever it stands.
            bool side = clubWord || staffed || (cued && !ResultSentenceReader.LooksLikePerson(name) && ResultSentenceReader.MayBeSide(text, m.Index, m.Length));
            Add(name, m.Index, side);
        }
        // A name is one side with every other name sharing a word with it that is no club word ("Stavely Rovers", "Stavely").
        static IEnumerable<string> Own(string name) => name.Split(' ').Where(w => !ClubWords.Contains(w) && !Joiners.Contains(w) && w is not ("St" or "St."));
        var sides = seen.Where(s => s.Side).OrderBy(s => s.First).ToList();
        var families = new List<(string Name, int First, int Count)>();
        foreach (var side in sides)
        {
            var own = Own(side.Name).ToHashSet(StringComparer.Ordinal);
            if (own.Count == 0 || families.Any(f => Own(f.Name).Any(own.Contains))) continue;
            int count = seen.Where(s => Own(s.Name).Any(own.Contains)).Sum(s => s.Count);
            // "Bluebirds skipper Dai Jenkins" after "Abertillery Bluebirds left with a 4-2 win": the family goes by the fullest writing that
            // holds the side's words, since one word alone may be another club's nickname ("Bluebirds", "Wolves").
            var fullest = seen.Where(s => s.Name.Length > side.Name.Length && own.All(w => s.Name.Split(' ').Contains(w)))
                .OrderByDescending(s => s.Name.Split(' ').Length).ThenBy(s => s.First).Select(s => s.Name).FirstOrDefault() ?? side.Name;
            families.Add((fullest, side.First, count));
        }
        if (families.Count < 2) return null;
        var chosen = families.OrderByDescending(f => f.Count).ThenBy(f => f.First).Take(2).OrderBy(f => f.First).ToList();
        string a = ResultSideNames.Named(context, chosen[0].Name), b = ResultSideNames.Named(context, chosen[1].Name);
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return null;
        return new TeamPair(a, b, context.EvidenceAt(chosen[0].First));
    }

    /// <summary>"Wolves keeper Markus Eibl" in a report of two clubs no gazetteer holds: a word the gazetteer knows as another club's nickname
    /// (Wolverhampton's), which the report never writes as the close of a fuller name ("Wollongong Wolves"), is the nickname the report's own
    /// side shares, and says nothing of which side it is.</summary>
    private static bool OthersNickname(ExtractionContext context, string name) =>
        !name.Contains(' ') && ResultSideNames.Named(context, name) is var named && !string.Equals(named, name, StringComparison.OrdinalIgnoreCase)
        && context.Gazetteer.Teams.TryGet(named, out _) && !context.Text.Contains(named, StringComparison.OrdinalIgnoreCase)
        && !Regex.IsMatch(context.Text, @"\p{Lu}[\p{L}\p{M}'’\-]+ " + Regex.Escape(name) + @"\b");

    /// <summary>"Interim boss Gordon Buist", "Veteran striker Ian Hale": a word capitalised once, where it opens a sentence, describes the
    /// person after it; a name the report writes again ("Ridgeview coach Vince Hart ... Ridgeview's Luca Ferraro") or inside a sentence is a name.</summary>
    private static bool OnlyOpensSentences(string text, string raw)
    {
        int written = 0;
        for (int at = text.IndexOf(raw, StringComparison.Ordinal); at >= 0; at = text.IndexOf(raw, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || at + raw.Length < text.Length && char.IsLetter(text[at + raw.Length])) continue;
            if (++written > 1) return false;
            int before = at - 1;
            while (before >= 0 && text[before] is '"' or '“' or '‘' or '\'' or '(' or ' ') before--;
            if (before >= 0 && text[before] is not ('.' or '!' or '?' or '\n' or ':' or '—' or '–')) return false;
        }
        return true;
    }

    /// <summary>A club's people or following right after a name ("Wexford keeper Mark Hogan", "Cabinteely's manager", "the Puerto Almendra
    /// faithful", "Harbour centre-back Mitch Carmody"): reporters name a side's staff, players and fans by the side's name, which reads
    /// the name as a side where no result shape writes it.</summary>
    [GeneratedRegex(@"\G(?:['’]s?)? (?:head |assistant |interim |caretaker |first-team )?(?<role>manager|coach|boss|keeper|goalkeeper|goalie|striker|forward|defender|midfielder|winger|full-back|centre-back|centre-half|center-back|skipper|captain|substitute|bench|fans|supporters|faithful|side)\b")]
    private static partial Regex RoleAfter();

    /// <summary>One to four capitalised words on one line, with "of", "de", "di" ... between them.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}'’.\-])[\p{Lu}][\p{L}\p{M}'’.\-]*(?: (?:(?:of|de|del|di|da|do|dos|das) )?[\p{Lu}][\p{L}\p{M}'’.\-]*){0,3}")]
    private static partial Regex NameSpan();

    /// <summary>Words right before a name that make it the opponent of the match told ("a draw away to", "the only goal against", "beaten by").</summary>
    [GeneratedRegex(@"\b(?:against|over|beat|beats|beating|beaten by|defeated|defeating|v|vs\.?|versus|away to|away at|at home to|draw with|drew with|hosted|hosting|hosts|visit of|lost to|losing to|loss to|defeat to|defeat by|fell to|opponents(?: this time)? were)\s+(?:the\s+|an?\s+)?$")]
    private static partial Regex OpponentBefore();
}
