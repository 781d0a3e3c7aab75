namespace NewsDigest.Extraction.Goals;

/// <summary>Credits goals read without a team when the scoreline leaves only one answer (Arsenal 1-0: the one goal is Arsenal's); runs after the score is known.</summary>
public sealed class GoalTeamsFromScoreExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is not { } pair || context.Facts.Result is not { } result) return;
        var goals = context.Goals;
        int unknown = goals.Count(g => g.Team is null);
        if (unknown == 0) return;
        int first = goals.Count(g => string.Equals(g.Team, pair.First, StringComparison.OrdinalIgnoreCase));
        int second = goals.Count(g => string.Equals(g.Team, pair.Second, StringComparison.OrdinalIgnoreCase));
        // Only when every goal is accounted for and one side is already full is the team certain, not guessed.
        if (first + second + unknown != result.Score.First + result.Score.Second) return;
        string? team = null;
        if (second == result.Score.Second && first + unknown == result.Score.First) team = pair.First;
        else if (first == result.Score.First && second + unknown == result.Score.Second) team = pair.Second;
        if (team is null) return;
        for (int i = 0; i < goals.Count; i++)
            if (goals[i].Team is null) goals[i] = goals[i] with { Team = team };
    }
}
