namespace NewsDigest.Extraction.Cards;

/// <summary>The card shown.</summary>
public enum CardKind
{
    Yellow,
    SecondYellow,
    Red,
}

/// <summary>A booking or sending-off.</summary>
public sealed record Card(string Player, string? Team, Minute? Minute, CardKind Kind, Evidence Evidence)
{
    public bool IsSendingOff => Kind is CardKind.Red or CardKind.SecondYellow;
}
