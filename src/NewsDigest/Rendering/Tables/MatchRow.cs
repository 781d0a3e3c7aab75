namespace NewsDigest.Rendering.Tables;

/// <summary>One per-match digest as the matches table and matches.csv hold it, with the articles it rests on.</summary>
public sealed record MatchRow(long Id, string? FirstTeam, string? SecondTeam, int? FirstGoals, int? SecondGoals, string? Date, string? Competition, string? Venue, string Json)
{
    /// <summary>The digest's stable slug ("england-v-france-2022-12-10").</summary>
    public required string DigestId { get; init; }
    public required IReadOnlyList<(long Seq, int Sub, string Source)> Sources { get; init; }
    /// <summary>Each source's part in the digest (Report, Reaction, Preview), aligned with <see cref="Sources"/>.</summary>
    public required IReadOnlyList<string> Roles { get; init; }
}
