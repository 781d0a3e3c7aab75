namespace NewsDigest.Extraction.Score;

/// <summary>Goals for each side, aligned with the report's team order; includes extra time, not a shoot-out.</summary>
public readonly record struct Scoreline(int First, int Second)
{
    public Scoreline Swapped() => new(Second, First);
    public override string ToString() => $"{First}-{Second}";
}

/// <summary>Where a score comes from: printed or told in words by the report, or counted from the goals read because the report never gives it.</summary>
public enum ScoreProvenance
{
    Stated,
    CountedFromGoals,
}

/// <summary>The match result as a report states it, or as its goals add up to (<see cref="ScoreProvenance.CountedFromGoals"/>).</summary>
public sealed record MatchResult(Scoreline Score, Scoreline? Shootout, bool AfterExtraTime, Evidence Evidence, ScoreProvenance Provenance = ScoreProvenance.Stated);
