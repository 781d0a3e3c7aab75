namespace NewsDigest.Extraction.Quotes;

/// <summary>A direct quote and who said it; Speaker is null when the report does not say.</summary>
public sealed record Quote(string Text, string? Speaker, Evidence Evidence)
{
    /// <summary>The speaker's role as the report gives it ("France coach").</summary>
    public string? SpeakerRole { get; init; }
    /// <summary>The speaker's team, when the role or context names one.</summary>
    public string? SpeakerTeam { get; init; }
}
