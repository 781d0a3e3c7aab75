using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Score;

/// <summary>A result written as a line of the two sides each followed by its goals, in the body: "Milan 1 Atalanta 0, and the Diavolo stay
/// top", "Sheffield Wednesday Reserves 1, Leeds United Reserves 3". Read only when the two sides are the pair, each once, in the order of the
/// numbers; a word may follow a side's name before its number ("Reserves").</summary>
public static partial class ResultLine
{
    public static MatchResult? Read(ExtractionContext context, TeamPair pair)
    {
        string text = context.Text;
        for (int i = 0; i < context.Sentences.Count; i++)
        {
            var span = context.Sentences[i];
            if (context.IsQuoted(span.Start) || (i < context.OtherMatchSentences.Count && context.OtherMatchSentences[i])) continue;
            // "Half-time: North End 2, Everton 0." is the score at the break, not the result.
            if (HalfTime().IsMatch(span.Substring(text))) continue;
            var mentions = context.Teams.Within(span).ToList();
            for (int k = 0; k + 1 < mentions.Count; k++)
            {
                var (a, b) = (mentions[k], mentions[k + 1]);
                if (!pair.Contains(a.Team) || !pair.Contains(b.Team) || string.Equals(a.Team, b.Team, StringComparison.OrdinalIgnoreCase)) continue;
                if (b.Span.Start < a.Span.End || b.Span.End > span.End) continue;
                var first = FirstGoals().Match(text, a.Span.End, b.Span.Start - a.Span.End);
                if (!first.Success) continue;
                var second = SecondGoals().Match(text, b.Span.End, span.End - b.Span.End);
                if (!second.Success) continue;
                int x = int.Parse(first.Groups["n"].ValueSpan), y = int.Parse(second.Groups["n"].ValueSpan);
                var score = string.Equals(a.Team, pair.First, StringComparison.OrdinalIgnoreCase) ? new Scoreline(x, y) : new Scoreline(y, x);
                return new MatchResult(score, null, false, context.EvidenceFor(span));
            }
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:half[- ]?time|HT|interval|at the break|first half)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HalfTime();

    /// <summary>Between the sides: an optional capitalised word, the first side's goals, an optional comma, nothing else.</summary>
    [GeneratedRegex(@"^(?: \p{Lu}[\p{L}]*)? (?<n>[0-9]{1,2}),? $")]
    private static partial Regex FirstGoals();

    /// <summary>After the second side: its goals, ending the line or followed by a comma, a full stop or a dash, not a minute or a longer number.</summary>
    [GeneratedRegex(@"^(?: \p{Lu}[\p{L}]*)? (?<n>[0-9]{1,2})(?=\s*$|[,;.]\s|\s+[-–—]\s|\.?$|\s*\n)")]
    private static partial Regex SecondGoals();
}
