using System.Text.RegularExpressions;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Score;

/// <summary>When a report never prints its scoreline, counts the scoring moments its opening tells ("put the visitors ahead", "levelled",
/// "sealed victory"), else the goals read for each team, else a count the report tells whole ("scoring both goals", <see cref="ToldTally"/>); runs after the goal extractor, whose goals check the count.</summary>
public sealed partial class ScoreFromGoalsExtractor : IFactExtractor
{
    /// <summary>How far into the report a "draw" in the opening is taken as the result.</summary>
    private const int OpeningLength = 400;

    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Result is not null || context.Facts.Teams is not { } pair) return;
        var verdict = OpeningOutcome.Read(context, pair);
        var result = FromMoments(context, pair, verdict) ?? FromGoals(context, pair, verdict) ?? ToldTally.Read(context, pair, verdict);
        if (result is not null) context.Facts = context.Facts with { Result = result };
    }

    private static MatchResult? FromGoals(ExtractionContext context, TeamPair pair, Verdict? verdict)
    {
        // Goals found so far live in the context until Complete(); Facts.Goals is filled only then.
        var goals = context.Goals;
        // Every goal must be credited to one of the two teams, or the count would be a guess.
        if (goals.Any(g => g.Team is null || !pair.Contains(g.Team))) return null;
        int first = goals.Count(g => string.Equals(g.Team, pair.First, StringComparison.OrdinalIgnoreCase));
        int second = goals.Count - first;
        var opening = context.Text.AsSpan(0, Math.Min(OpeningLength, context.Text.Length));
        bool drawn = Draw().IsMatch(opening);
        bool onlyGoal = OnlyGoal().IsMatch(opening);
        // The opening's own word wins over a count that disagrees with it: the goal reading missed or doubled one.
        if (drawn != (first == second)) return null;
        if (onlyGoal && first + second != 1) return null;
        // Goals read from a report that never says who won (an excerpt that starts mid-match) are rarely all of them:
        // on the development splits such counts were wrong far more often than right, so the opening must tell the result.
        // A headline's verdict alone ("win over Bologna") is not enough either: the report itself must tell who won.
        if (verdict is null || verdict.Evidence is null || !Agrees(verdict, pair, new Scoreline(first, second))) return null;
        // No goal read is no evidence of a goalless match: that needs the report's own "goalless".
        if (first + second == 0) return null;
        return new MatchResult(new Scoreline(first, second), null, false, goals[0].Evidence, ScoreProvenance.CountedFromGoals);
    }

    /// <summary>The opening's scoring moments, unless the goals read already credit a side with more than the count gives it
    /// (the opening left a goal out: "scored the winner" in a 2-1).</summary>
    private static MatchResult? FromMoments(ExtractionContext context, TeamPair pair, Verdict? verdict)
    {
        if (ScoringMoments.Count(context, pair, verdict) is not { } counted) return null;
        int first = context.Goals.Count(g => string.Equals(g.Team, pair.First, StringComparison.OrdinalIgnoreCase));
        int second = context.Goals.Count(g => string.Equals(g.Team, pair.Second, StringComparison.OrdinalIgnoreCase));
        if (first > counted.Score.First || second > counted.Score.Second) return null;
        // "went in front on 22 minutes" in the opening, an equaliser on 51 minutes told further down (its side not read): goals read at more
        // minutes than the moments add up to say the opening told only some of them.
        if (context.Goals.Where(g => g.Minute is not null).Select(g => g.Minute).Distinct().Count() > counted.Score.First + counted.Score.Second) return null;
        return counted;
    }

    private static bool Agrees(Verdict verdict, TeamPair pair, Scoreline score) =>
        verdict.Winner is null ? score.First == score.Second
        : verdict.Winner == pair.First ? score.First > score.Second : score.Second > score.First;

    /// <summary>The opening's word for a draw; "a point clear of Chelsea", "a point behind" tell the table, not this match.</summary>
    [GeneratedRegex(@"\b(?:draw|drew|drawn|a point(?! (?:clear|ahead|behind|above|below|adrift|off|from|short|better|worse|shy)\b)|share(?:d)? the spoils|stalemate|level(?:led)? (?:at|the scores))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Draw();

    [GeneratedRegex(@"\b(?:the only goal|only goal|solitary goal|lone goal|single goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyGoal();
}
