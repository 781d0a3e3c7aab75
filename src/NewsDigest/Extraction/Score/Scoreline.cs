namespace NewsDigest.Extraction.Score;

/// <summary>Goals for each side, aligned with the report's team order; includes extra time, not a shoot-out.</summary>
public readonly record struct Scoreline(int First, int Second)
{
    public Scoreline Swapped() => new(Second, First);
    public override string ToString() => $"{First}-{Second}";
}

/// <summary>The match result as a report states it.</summary>
public sealed record MatchResult(Scoreline Score, Scoreline? Shootout, bool AfterExtraTime, Evidence Evidence);
