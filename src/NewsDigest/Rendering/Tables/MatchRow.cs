namespace NewsDigest.Rendering.Tables;

/// <summary>One per-match digest as the matches table and matches.csv hold it, with the articles it rests on.</summary>
public sealed record MatchRow(long Id, string? FirstTeam, string? SecondTeam, int? FirstGoals, int? SecondGoals, string? Date, string? Competition, string? Venue, string Json)
{
    public required IReadOnlyList<(long Seq, int Sub, string Source)> Sources { get; init; }
}
