namespace NewsDigest.Extraction.Goals;

/// <summary>Reads the side each goal counted for where the rules left it empty (or, when very sure, where they credited the other side).
/// Implementations are thread-safe.</summary>
public interface IGoalSideReader
{
    /// <summary>Sets or corrects the teams of <paramref name="goals"/> (the context's goals, in text order) in place.</summary>
    void Assign(ExtractionContext context, List<Goal> goals);
}

/// <summary>Runs the learned goal-side reader (<see cref="ExtractionModels.GoalSides"/>) over the goals the goal extractor read, after every
/// rule has credited what it can, the score's own count included (<see cref="GoalTeamsFromScoreExtractor"/>). It runs after the score is
/// counted from the goals (<see cref="Score.ScoreFromGoalsExtractor"/>), not before: on the readable sets (session 19) the learned sides
/// let that count fire on 7 more reports, 3 right and 4 wrong (the goal list, not the sides, was short), and a right dev score was lost.
/// Without a model it does nothing.</summary>
public sealed class GoalSideModelExtractor(IGoalSideReader? reader) : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        if (reader is null || context.Facts.Teams is null || context.Goals.Count == 0) return;
        reader.Assign(context, context.Goals);
    }
}
