namespace NewsDigest.Extraction.Minutes;

/// <summary>How a minute expression fixes the time of an event.</summary>
public enum MinuteKind : byte
{
    /// <summary>A minute on the match clock ("17'", "in the 84th minute", "12 minutes from time").</summary>
    Absolute,
    /// <summary>An offset from the previous event ("eight minutes later"); resolved against the narrative.</summary>
    Later,
    /// <summary>"within four minutes", "inside two minutes": after the previous event when the narrative has one, else from kick-off.</summary>
    Within,
}

/// <summary>A time expression found in a sentence, with its position in the text.</summary>
/// <param name="Value">The minute for Absolute expressions; for Later, Regular holds the offset.</param>
public readonly record struct MinuteExpression(int Start, int End, Minute Value, MinuteKind Kind)
{
    public Minute? Resolve(Minute? previous) => Kind switch
    {
        MinuteKind.Absolute => Value,
        MinuteKind.Later when previous is { } p => new Minute(p.Regular + Value.Regular),
        MinuteKind.Within => previous is { } p ? new Minute(p.Regular + Value.Regular) : Value,
        _ => null,
    };
}
