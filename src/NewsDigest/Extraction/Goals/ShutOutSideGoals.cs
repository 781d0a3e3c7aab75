namespace NewsDigest.Extraction.Goals;

/// <summary>Credits every goal to the only side that scored when the score gives the other side none (Arsenal 2-0: both goals are
/// Arsenal's, an own goal included, as goals count for the side they put ahead). The rules read a goal's side from the team names near
/// it, and a clause that names the beaten side first ("Denmark had the run of things early but Foord opened the scoring", "Barca failed
/// to clear and Blackstenius hit the winner") gives it to them; a side that scored none cannot have scored. Runs last of the goal-side
/// readers, after the learned one, since nothing they read can outweigh the score.</summary>
public sealed class ShutOutSideGoals : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (context.Facts.Teams is not { } pair || context.Facts.Result is not { } result || context.Goals.Count == 0) return;
        var (first, second) = (result.Score.First, result.Score.Second);
        if ((first == 0) == (second == 0)) return;
        // More goals than the score holds ("1-0" with two goals read) means the score or the goals are wrong: which one is not known.
        if (context.Goals.Count > first + second) return;
        var scorer = first > 0 ? pair.First : pair.Second;
        var goals = context.Goals;
        for (int i = 0; i < goals.Count; i++)
            if (!string.Equals(goals[i].Team, scorer, StringComparison.Ordinal)) goals[i] = goals[i] with { Team = scorer };
    }
}
