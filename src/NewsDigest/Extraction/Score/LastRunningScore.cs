using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Score;

/// <summary>A report that gives no final score but tells the score after each goal ("slotted past Bond to make it 3-1", "volleys in from a
/// corner. 3-3.", "3-1. Game over."): the running score told last, after which no goal is read, is the final one. Level scores need no
/// side; otherwise the side named after it ("made it 2-0 for Vélez") leads, else the side every result sentence of the report says won.</summary>
public static partial class LastRunningScore
{
    public static MatchResult? Read(ExtractionContext context, TeamPair pair)
    {
        var sentences = context.Sentences;
        for (int i = sentences.Count - 1; i >= 0; i--)
        {
            var span = sentences[i];
            if (context.IsQuoted(span.Start) || (i < context.OtherMatchSentences.Count && context.OtherMatchSentences[i])) continue;
            string sentence = span.Substring(context.Text);
            var m = MadeIt().Matches(sentence).LastOrDefault() ?? Bare().Match(sentence);
            if (!m.Success) continue;
            if (OtherMatchScores.NearPastMatch(sentence, m.Index)) return null;
            // "He looked primed to make it 3-0 when ...", "had a chance to make it 2-0": a score that was not made.
            if (NotMade().IsMatch(sentence.AsSpan(Math.Max(0, m.Index - 40), Math.Min(40, m.Index)))) return null;
            int x = int.Parse(m.Groups["x"].ValueSpan), y = int.Parse(m.Groups["y"].ValueSpan);
            // A score printed anywhere with more goals for a side ("had beaten Cumbria 3-2" above a last-told "2-2") says the game went on;
            // an aggregate or a shoot-out ("4-3 on penalties", "2-2 overall") counts other goals.
            if (PrintedAbove(context, new Scoreline(x, y))) return null;
            // A goal read after it means the score went on; more goals read than it counts means it is not the last.
            if (context.Goals.Any(g => g.Evidence.Span.Start >= span.End)) return null;
            // The goal that made it, the last told up to here, must be the last in time too: "Arsenal refused to settle for a point, and X
            // headed home deep into stoppage time. Y had made it 1-1 after the break." tells the winner first.
            if (context.Goals.Count > 0 && context.Goals.MaxBy(g => g.Evidence.Span.Start) is { } made
                && (made.Minute is { } at ? context.Goals.Any(g => g.Minute is { } other && other.CompareTo(at) > 0) : context.Goals.Any(g => g.Minute is not null))) return null;
            if (context.Goals.Where(g => g.Minute is not null).Select(g => g.Minute).Distinct().Count() > x + y) return null;
            var evidence = context.EvidenceFor(span);
            if (x == y)
            {
                // A draw in words elsewhere agrees; a winner named anywhere does not.
                if (OpeningOutcome.Everywhere(context, pair).Any(v => !v.IsDraw)) return null;
                return new MatchResult(new Scoreline(x, y), null, false, evidence);
            }
            string? leader = m.Groups["for"].Success ? SideNamed(context, pair, span, span.Start + m.Groups["for"].Index) : null;
            var verdicts = OpeningOutcome.Everywhere(context, pair);
            if (verdicts.Any(v => v.IsDraw)) return null;
            var winners = verdicts.Select(v => v.Winner).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (winners.Count > 1) return null;
            if (leader is null && winners.Count == 1) leader = winners[0];
            if (leader is null || (winners.Count == 1 && !string.Equals(leader, winners[0], StringComparison.OrdinalIgnoreCase))) return null;
            // The side named with the score has the first number ("2-0 for Vélez"); the winner has the larger.
            int lead = m.Groups["for"].Success ? x : Math.Max(x, y), trail = m.Groups["for"].Success ? y : Math.Min(x, y);
            if (lead < trail) return null;
            var score = string.Equals(leader, pair.First, StringComparison.OrdinalIgnoreCase) ? new Scoreline(lead, trail) : new Scoreline(trail, lead);
            return new MatchResult(score, null, false, evidence);
        }
        return null;
    }

    private static bool PrintedAbove(ExtractionContext context, Scoreline told)
    {
        string text = PrintedScores.HeadlineAndText(context);
        return PrintedScores.In(text).Any(p => !OtherCount().IsMatch(text.AsSpan(p.End, Math.Min(20, text.Length - p.End))) && PrintedScores.Exceeds(p.X, p.Y, told));
    }

    private static string? SideNamed(ExtractionContext context, TeamPair pair, NewsDigest.Text.TextSpan sentence, int at) =>
        context.Teams.Within(sentence).Where(t => t.Span.Start >= at && t.Span.Start - at <= 6 && pair.Contains(t.Team)).Select(t => t.Team).FirstOrDefault();

    /// <summary>"to make it 3-1", "made it 2-0 for Vélez Sarsfield", "making it 2-2".</summary>
    [GeneratedRegex(@"\b(?:make|makes|made|making)\s+it\s+(?<x>[0-9]{1,2})\s?[-–]\s?(?<y>[0-9]{1,2})(?![0-9\-–])(?:\s+(?:for|to)\s+(?:the\s+)?(?<for>[\p{Lu}]))?")]
    private static partial Regex MadeIt();

    [GeneratedRegex(@"\b(?:primed|chance|chances|could|would|should|might|looked|look|looking|bid|try|tried|trying|attempt|almost|nearly|fail(?:ed)?|hoping|hoped|set)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotMade();

    [GeneratedRegex(@"^\s*(?:\)?\s*)?(?:on\s+(?:penalties|pens|aggregate|agg)|overall|in\s+the\s+shoot-?out|\(?agg)", RegexOptions.IgnoreCase)]
    private static partial Regex OtherCount();

    /// <summary>A sentence that is only a scoreline: "3-3." "3-1."</summary>
    [GeneratedRegex(@"^\s*(?<x>[0-9]{1,2})\s?[-–]\s?(?<y>[0-9]{1,2})\s*[.!]?\s*$")]
    private static partial Regex Bare();
}
