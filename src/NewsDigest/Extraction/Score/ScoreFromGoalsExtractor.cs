using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Score;

/// <summary>When a report never prints its scoreline ("Van Persie scored the only goal"), counts the goals read for each team; runs after the goal extractor.</summary>
public sealed partial class ScoreFromGoalsExtractor : IFactExtractor
{
    /// <summary>How far into the report a "draw" in the opening is taken as the result.</summary>
    private const int OpeningLength = 400;

    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Result is not null || context.Facts.Teams is not { } pair) return;
        // Goals found so far live in the context until Complete(); Facts.Goals is filled only then.
        var goals = context.Goals;
        // Every goal must be credited to one of the two teams, or the count would be a guess.
        if (goals.Any(g => g.Team is null || !pair.Contains(g.Team))) return;
        int first = goals.Count(g => string.Equals(g.Team, pair.First, StringComparison.OrdinalIgnoreCase));
        int second = goals.Count - first;
        var opening = context.Text.AsSpan(0, Math.Min(OpeningLength, context.Text.Length));
        bool drawn = Draw().IsMatch(opening);
        bool onlyGoal = OnlyGoal().IsMatch(opening);
        // The opening's own word wins over a count that disagrees with it: the goal reading missed or doubled one.
        if (drawn != (first == second)) return;
        if (onlyGoal && first + second != 1) return;
        // No goal read is no evidence of a goalless match: that needs the report's own "goalless".
        if (first + second == 0) return;
        var evidence = goals.Count > 0 ? goals[0].Evidence : pair.Evidence;
        context.Facts = context.Facts with { Result = new MatchResult(new Scoreline(first, second), null, false, evidence) };
    }

    [GeneratedRegex(@"\b(?:draw|drew|drawn|a point|share(?:d)? the spoils|stalemate|level(?:led)? (?:at|the scores))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Draw();

    [GeneratedRegex(@"\b(?:the only goal|only goal|solitary goal|lone goal|single goal)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyGoal();
}
