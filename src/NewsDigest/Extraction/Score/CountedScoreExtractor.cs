using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Score;

/// <summary>The last fallback for a report that never gives its final score in a form the rules read: the goals read, every one with a side of
/// the pair and a minute, counted per side, when every sentence of the report that tells the result agrees with the count ("beat", "won",
/// "a defeat" for the side with more, "a draw" for equal counts), at least one does, and nothing says goals are missing (a hat-trick or a
/// brace nobody was read scoring, a told number of goals, a printed score above the count). Runs after the learned goal sides; the result
/// is marked <see cref="ScoreProvenance.CountedFromGoals"/>: a fair answer, not a stated one.</summary>
public sealed partial class CountedScoreExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Result is not null || context.Facts.Teams is not { } pair) return;
        // A result line of the two sides and their goals ("Milan 1 Atalanta 0") is stated: it comes first.
        if (ResultLine.Read(context, pair) is { } line)
        {
            context.Facts = context.Facts with { Result = line };
            return;
        }
        // A running score the report tells last is stated, not counted: it comes first.
        if (LastRunningScore.Read(context, pair) is { } told)
        {
            context.Facts = context.Facts with { Result = told };
            return;
        }
        var goals = context.Goals;
        if (goals.Count == 0) return;
        // A goal with no side or no minute may be one read twice ("his second", "the Rize striker") or belong to nobody in the pair.
        if (goals.Any(g => g.Team is null || !pair.Contains(g.Team) || g.Minute is null)) return;
        if (goals.Select(g => (g.Player, g.Minute)).Distinct().Count() != goals.Count) return;
        int first = goals.Count(g => string.Equals(g.Team, pair.First, StringComparison.OrdinalIgnoreCase));
        var score = new Scoreline(first, goals.Count - first);
        if (GoalsMissing(context, goals, score)) return;
        var verdicts = OpeningOutcome.Everywhere(context, pair);
        if (verdicts.Count == 0 || !verdicts.All(v => Agrees(v, pair, score))) return;
        context.Facts = context.Facts with { Result = new MatchResult(score, null, false, goals[0].Evidence, ScoreProvenance.CountedFromGoals) };
    }

    private static bool Agrees(Verdict verdict, TeamPair pair, Scoreline score) =>
        verdict.Winner is null ? score.First == score.Second
        : string.Equals(verdict.Winner, pair.First, StringComparison.OrdinalIgnoreCase) ? score.First > score.Second : score.Second > score.First;

    /// <summary>Signs that the goals read are not all the goals: "a hat-trick" with nobody read three times, "a brace"/"scored twice" with nobody
    /// read twice, "a derby of five goals" told otherwise, a printed score (a running one, "made it 3-1") with more goals for a side than counted.</summary>
    private static bool GoalsMissing(ExtractionContext context, IReadOnlyList<Goals.Goal> goals, Scoreline score)
    {
        string text = PrintedScores.HeadlineAndText(context);
        int most = goals.GroupBy(g => g.Player).Max(g => g.Count());
        if (HatTrick().IsMatch(text) && most < 3) return true;
        if (Brace().IsMatch(text) && most < 2) return true;
        foreach (Match m in ToldTotal().Matches(text))
            if ((int.TryParse(m.Groups["n"].ValueSpan, out int told) ? told : NumberWords.Cardinal(m.Groups["n"].ValueSpan)) is { } n && n != goals.Count) return true;
        return PrintedScores.In(text).Any(p => PrintedScores.Exceeds(p.X, p.Y, score));
    }

    [GeneratedRegex(@"\b(?:hat-?trick|treble)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HatTrick();

    [GeneratedRegex(@"\b(?:brace|twice|both goals|a double)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Brace();

    /// <summary>"a derby of five goals", "a five-goal thriller", "with seven goals".</summary>
    [GeneratedRegex(@"\b(?:(?:of|with|in)\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+goals|(?<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])-goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToldTotal();
}
