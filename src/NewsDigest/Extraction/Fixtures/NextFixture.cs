namespace NewsDigest.Extraction.Fixtures;

/// <summary>A following match the report announces ("France will now face Morocco on Wednesday").</summary>
public sealed record NextFixture(string Team, string Opponent, Evidence Evidence)
{
    public DateOnly? Date { get; init; }
    public string? Stage { get; init; }
    /// <summary>The weekday the report names, kept even when no match date anchors it to a calendar date.</summary>
    public DayOfWeek? Weekday { get; init; }
}
