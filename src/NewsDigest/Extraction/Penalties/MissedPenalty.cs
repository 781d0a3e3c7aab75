namespace NewsDigest.Extraction.Penalties;

/// <summary>A penalty in play (not a shoot-out) that was missed or saved.</summary>
public sealed record MissedPenalty(string Player, string? Team, Minute? Minute, Evidence Evidence)
{
    public bool Saved { get; init; }
    public string? SavedBy { get; init; }
}
