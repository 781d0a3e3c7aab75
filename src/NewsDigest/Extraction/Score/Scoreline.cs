namespace NewsDigest.Extraction.Score;

/// <summary>Goals for each side, aligned with the report's team order; includes extra time, not a shoot-out.</summary>
public readonly record struct Scoreline(int First, int Second)
{
    public Scoreline Swapped() => new(Second, First);

    /// <summary>The same goals with the larger count on the side that won: the first side's when <paramref name="firstWon"/>, else the second's.</summary>
    public Scoreline WonBy(bool firstWon)
    {
        var won = new Scoreline(Math.Max(First, Second), Math.Min(First, Second));
        return firstWon ? won : won.Swapped();
    }
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
