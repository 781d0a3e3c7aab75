using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>Counts the score from how a report's opening tells the goals, without reading who scored: "put the visitors ahead",
/// "levelled", "doubled the lead", "pulled one back", "made it 3-1", "sealed victory". The count is kept as the leading and the
/// trailing side's goals; the opening's verdict ("Chelsea beat Fulham", "a draw") says which side led at the end.</summary>
public static partial class ScoringMoments
{
    /// <summary>How near a past-match phrase ("last weekend") must stand to a scoring moment to make it another match's.</summary>
    private const int PastReach = 60;

    /// <summary>How many opening sentences are read: the summary a report opens with; the blow-by-blow account after it repeats the goals.</summary>
    private const int OpeningSentences = 3;

    /// <summary>The score the opening's scoring moments add up to, aligned with the pair, when it agrees with the verdict.</summary>
    public static MatchResult? Count(ExtractionContext context, TeamPair pair, Verdict? verdict) => Count(context, pair, verdict, 0, OpeningSentences);

    public static MatchResult? Count(ExtractionContext context, TeamPair pair, Verdict? verdict, int from, int to)
    {
        if (verdict is null) return null;
        var moments = Read(context, from, to);
        if (moments.Count == 0) return null;
        int lead = 0, trail = 0;
        foreach (var moment in moments) (lead, trail) = Apply(moment.Kind, moment.Explicit, lead, trail);
        if (lead + trail == 0) return null;
        // "Ivanovic scored the winner" alone says nothing of the other goals of a 2-1; only "the only goal" makes it 1-0.
        if (moments.All(m => m.Kind == MomentKind.Winner) && !SoleGoal().IsMatch(OpeningText(context))) return null;
        if (verdict.IsDraw != (lead == trail)) return null;
        var score = verdict.Winner is null || verdict.Winner == pair.First ? new Scoreline(lead, trail) : new Scoreline(trail, lead);
        return new MatchResult(score, null, false, context.EvidenceFor(moments[0].Sentence));
    }

    private static (int Lead, int Trail) Apply(MomentKind kind, Scoreline? told, int lead, int trail)
    {
        bool level = lead == trail;
        return kind switch
        {
            // "opened the scoring", "Benteke's opener": only the first goal of the game; a later mention repeats it.
            MomentKind.Opener => lead + trail == 0 ? (1, 0) : (lead, trail),
            // "put the visitors ahead", "gave them the lead": from level, one side goes ahead.
            MomentKind.Ahead => level ? (lead + 1, trail) : (lead, trail),
            // "went two goals ahead" with the first goal never told as a moment: 2-0 all the same.
            MomentKind.Doubled => trail == 0 && lead <= 1 ? (2, 0) : (lead, trail),
            // "leading at the interval", "a goal down": someone scored first.
            MomentKind.Led => lead + trail == 0 ? (1, 0) : (lead, trail),
            MomentKind.Level => lead > trail ? (lead, lead) : (lead, trail),
            // A goal back that would level the game is a leveller, told another way; a consolation never levels.
            MomentKind.Back => lead > trail + 1 ? (lead, trail + 1) : (lead, trail),
            // "the winner", "sealed victory": from level it breaks the tie; with a lead it adds to it.
            MomentKind.Winner => level ? (lead + 1, trail) : (lead, trail),
            MomentKind.Sealed => lead + trail == 0 ? (lead, trail) : (lead + 1, trail),
            MomentKind.Told when told is { } t => (Math.Max(t.First, t.Second), Math.Min(t.First, t.Second)),
            _ => (lead, trail),
        };
    }

    private static ReadOnlySpan<char> OpeningText(ExtractionContext context)
    {
        var sentences = context.Sentences;
        int end = sentences.Count == 0 ? 0 : sentences[Math.Min(OpeningSentences, sentences.Count) - 1].End;
        return context.Text.AsSpan(0, end);
    }

    private static List<Moment> Read(ExtractionContext context, int from, int to)
    {
        var moments = new List<Moment>();
        var earlier = new List<Moment>();
        var last = new List<Moment>();
        int n = 0;
        foreach (var sentence in context.Sentences)
        {
            if (n++ >= to) break;
            if (n <= from) continue;
            if (context.IsQuoted(sentence.Start)) continue;
            string text = sentence.Substring(context.Text);
            foreach (Match m in Moments().Matches(text))
            {
                if (OtherMatchScores.PastMatchWithin(text, m.Index, PastReach) || NotHappened().IsMatch(text.AsSpan(Math.Max(0, m.Index - 30), Math.Min(30, m.Index)))) continue;
                var kind = KindOf(m);
                if (kind == MomentKind.Opener && OpeningMatch(context, sentence.Start, text, m)) continue;
                Scoreline? told = kind == MomentKind.Told ? new Scoreline(int.Parse(m.Groups["x"].Value), int.Parse(m.Groups["y"].Value)) : null;
                var moment = new Moment(kind, told, sentence);
                // "cancelled out Benteke's opener": the opener came first.
                if (kind == MomentKind.Level && m.Index + m.Length + 40 <= text.Length
                    ? LevelledOpener().IsMatch(text.AsSpan(m.Index + m.Length, 40))
                    : LevelledOpener().IsMatch(text.AsSpan(m.Index + m.Length)))
                    moments.Add(moment with { Kind = MomentKind.Opener });
                // "rescued a point" sums the match up: it levels whatever the goals told before or after it.
                if (kind == MomentKind.Level && m.Groups["rescued"].Success) { last.Add(moment); continue; }
                // "Carrick had opened the scoring": the past perfect tells a goal that came before the ones already read.
                if (HadBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 20), Math.Min(20, m.Index)))) earlier.Add(moment);
                else moments.Add(moment);
            }
        }
        earlier.AddRange(moments);
        earlier.AddRange(last);
        return earlier;
    }

    private static MomentKind KindOf(Match m) =>
        m.Groups["told"].Success ? MomentKind.Told
        : m.Groups["led"].Success ? MomentKind.Led
        : m.Groups["opener"].Success ? MomentKind.Opener
        : m.Groups["doubled"].Success ? MomentKind.Doubled
        : m.Groups["level"].Success ? MomentKind.Level
        : m.Groups["back"].Success ? MomentKind.Back
        : m.Groups["restored"].Success ? MomentKind.Winner
        : m.Groups["winner"].Success ? MomentKind.Winner
        : m.Groups["sealed"].Success ? MomentKind.Sealed
        : MomentKind.Ahead;

    private enum MomentKind
    {
        Opener,
        Led,
        Ahead,
        Doubled,
        Level,
        Back,
        Winner,
        Sealed,
        Told,
    }

    private sealed record Moment(MomentKind Kind, Scoreline? Explicit, TextSpan Sentence);

    [GeneratedRegex(@"\b(?:(?<told>(?:made|make|making|makes)\s+it\s+(?<x>[0-9])\s?[-–]\s?(?<y>[0-9])(?![0-9])|led\s+(?<x>[0-9])\s?[-–]\s?(?<y>[0-9])(?![0-9])|(?<x>[0-9])\s?[-–]\s?(?<y>[0-9])\s+(?:up|down)\b)|(?<led>extend(?:ed|ing)?\s+(?:their|the|its)\s+lead|(?:leading|led|ahead|in\s+front)\s+at\s+(?:the\s+)?(?:interval|break|half-time|half\s+time)|a\s+goal\s+down|trailed\s+at|fell\s+behind|went\s+behind|behind\s+at\s+the\s+break)|(?<opener>opened\s+the\s+scoring|open\s+the\s+scoring|broke\s+the\s+deadlock|break\s+the\s+deadlock|broken\s+the\s+deadlock|opening\s+goal|opener)|(?<doubled>doubled\s+(?:\w+\s+){0,2}(?:lead|advantage|tally)|double\s+(?:the|their|his|its)\s+lead|added\s+a\s+second|two\s+goals\s+(?:ahead|up|clear))|(?<level>equalis(?:ed|er|ing|e)|equaliz(?:ed|er|ing|e)|levell?ed|leveller|drew\s+level|pulled\s+level|draw\s+level|cancell?(?:ed|ing)?\s+out|restored\s+parity|pegged\s+back|(?<rescued>(?:rescued|salvaged|snatched)\s+a\s+(?:\w+\s+)?(?:point|draw))|(?:back\s+)?on\s+level\s+terms)|(?<back>pulled\s+(?:one|a\s+goal)\s+back|pull\s+one\s+back|reduced\s+the\s+(?:deficit|arrears)|halved\s+the\s+(?:deficit|arrears)|consolation|could\s+not\s+prevent|couldn't\s+prevent)|(?<restored>restored\s+(?:\w+\s+){0,2}(?:lead|advantage)|regained\s+the\s+lead|back\s+in\s+front|back\s+ahead)|(?<winner>winner(?!\s+of\b)|winning\s+goal|decisive\s+goal)|(?<sealed>seal(?:ed|ing)?\s+(?:the\s+|a\s+)?(?:win|victory|points|three\s+points)|made\s+(?:the\s+points|the\s+win|the\s+game|the\s+match|victory)\s+safe|make\s+(?:the\s+points|the\s+win|the\s+game|the\s+match|victory)\s+safe|made\s+sure\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:win|victory|points)|wrapped\s+up\s+(?:the\s+)?(?:win|victory|points))|(?<ahead>(?:put|puts|putting|fired|fires|headed|heads|gave|gives|giving|shot|nodded|sent|edged|blasted|swept)\s+(?:[\w-]+['’]?\s+){1,4}(?:ahead|in\s+front|into\s+the\s+lead|into\s+a\s+(?:\w+\s+)?lead|the\s+lead)|took\s+the\s+lead|take\s+the\s+lead|went\s+ahead|went\s+in\s+front))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Moments();

    /// <summary>"a nervy win over Comoros in the tournament opener", "their season opener", "Sunday's opener", "the Afcon 2025 opener", "the
    /// Bundesliga opener": an opener named for a season, a competition, a weekday or a year is the first match, not its first goal.</summary>
    private static bool OpeningMatch(ExtractionContext context, int sentenceStart, string text, Match opener)
    {
        if (!opener.Value.Equals("opener", StringComparison.OrdinalIgnoreCase)) return false;
        if (MatchOpenerBefore().IsMatch(text.AsSpan(0, opener.Index))) return true;
        int at = sentenceStart + opener.Index;
        return context.CompetitionMentions.Any(c => c.Span.End <= at && at - c.Span.End <= 1);
    }

    [GeneratedRegex(@"\b(?:season|league|home|away|tournament|cup|group(?: [A-L])?|conference|series|campaign|competition|championship|qualifying|qualifier|pre-?season|phase|stage|term|weekend|tonight['’]s|today['’]s|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?|(?:19|20)[0-9]{2}(?:[-/][0-9]{2,4})?)[ -]$", RegexOptions.IgnoreCase)]
    private static partial Regex MatchOpenerBefore();

    /// <summary>"should have opened the scoring", "looked set to be the winner", "denied a winner": a goal that did not happen.</summary>
    [GeneratedRegex(@"\b(?:should|could|would|might|almost|nearly|denied|deny|looked\s+set|looked\s+like|thought|ruled\s+out|disallowed|chance\s+to|bid\s+to|hunt\s+for|search\s+for|without|no)\b[^.,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NotHappened();

    [GeneratedRegex(@"\b(?:only\s+goal|solitary\s+(?:goal|strike|effort|header)|lone\s+(?:goal|strike)|single\s+goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SoleGoal();

    [GeneratedRegex(@"^\s+(?:[\w-]+['’]?s?\s+){0,3}(?:opener|opening\s+goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelledOpener();

    [GeneratedRegex(@"\bhad\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HadBefore();
}
