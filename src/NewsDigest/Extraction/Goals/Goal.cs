namespace NewsDigest.Extraction.Goals;

/// <summary>How a goal was scored, where the report says.</summary>
public enum GoalMethod
{
    Unknown,
    Shot,
    Header,
    FreeKick,
    Penalty,
}

/// <summary>A goal: scorer, the team it counts for (the beneficiary for own goals), and when.</summary>
public sealed record Goal(string Player, string? Team, Minute? Minute, Evidence Evidence)
{
    public bool Penalty { get; init; }
    public bool OwnGoal { get; init; }
    public GoalMethod Method { get; init; }
    public string? Assist { get; init; }
}
