namespace NewsDigest.Extraction.Goals;

/// <summary>One mention of a goal before the mentions of the same goal are merged: a report often tells a goal twice (in its opening and in the run of play).</summary>
internal sealed record GoalCandidate(string Player, string? Team, Minute? Minute, int Position, Evidence Evidence)
{
    public bool Penalty { get; init; }
    public bool OwnGoal { get; init; }
    public GoalMethod Method { get; init; }
    public string? Assist { get; init; }
    /// <summary>How many goals the mention stands for ("scored twice" is two).</summary>
    public int Count { get; init; } = 1;
    /// <summary>Told as a further goal of the same player ("struck again", "added another"), so not the same goal as an earlier mention.</summary>
    public bool Again { get; init; }
    /// <summary>From a line-up box or a highlights list, which name each goal exactly once.</summary>
    public bool FromList { get; init; }
}
