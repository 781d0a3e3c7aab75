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
            int stop = Array.FindIndex(words, w => w.Length > 3 && w.EndsWith('.') && w.IndexOf('.') == w.Length - 1);
            var raw = string.Join(' ', stop >= 0 ? words[..(stop + 1)] : words);
            if (Joiners.Contains(raw.Split(' ')[^1])) continue;
            if (ResultSentenceReader.Clean(raw) is not { } name || name.Length < 3) continue;
            if (context.IsQuoted(m.Index) || OtherMatchesTold.Within(context, m.Index) || context.VenueMentions.Any(v => v.Span.Start <= m.Index && m.Index < v.Span.End)
                || context.CompetitionMentions.Any(c => c.Span.Start <= m.Index && m.Index < c.Span.End)) continue;
            // The club word is looked for as written: "St Fintan's AFC" is cleaned to "St Fintan's".
            var rawWords = raw.Split(' ');
            bool clubWord = rawWords.Length > 1 && rawWords.Any(ClubWords.Contains);
            bool cued = OpponentBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)));
            // "the Serbia forward", "of Japan": a cued name must still stand as a side; a name holding a club word is one wherever it stands.
            bool side = clubWord || (cued && !ResultSentenceReader.LooksLikePerson(name) && ResultSentenceReader.MayBeSide(text, m.Index, m.Length));
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
            families.Add((side.Name, side.First, count));
        }
        if (families.Count < 2) return null;
        var chosen = families.OrderByDescending(f => f.Count).ThenBy(f => f.First).Take(2).OrderBy(f => f.First).ToList();
        string a = ResultSideNames.Named(context, chosen[0].Name), b = ResultSideNames.Named(context, chosen[1].Name);
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase)) return null;
        return new TeamPair(a, b, context.EvidenceAt(chosen[0].First));
    }

    /// <summary>One to four capitalised words on one line, with "of", "de", "di" ... between them.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{M}\p{Nd}'’.\-])[\p{Lu}][\p{L}\p{M}'’.\-]*(?: (?:(?:of|de|del|di|da|do|dos|das) )?[\p{Lu}][\p{L}\p{M}'’.\-]*){0,3}")]
    private static partial Regex NameSpan();

    /// <summary>Words right before a name that make it the opponent of the match told ("a draw away to", "the only goal against", "beaten by").</summary>
    [GeneratedRegex(@"\b(?:against|over|beat|beats|beating|beaten by|defeated|defeating|v|vs\.?|versus|away to|away at|at home to|draw with|drew with|hosted|hosting|hosts|visit of|lost to|losing to|loss to|defeat to|defeat by|fell to|opponents(?: this time)? were)\s+(?:the\s+|an?\s+)?$")]
    private static partial Regex OpponentBefore();
}
