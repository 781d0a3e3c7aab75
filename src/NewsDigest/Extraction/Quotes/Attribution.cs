namespace NewsDigest.Extraction.Quotes;

/// <summary>A speaker that words around a quote name; the speaker is null when the words say no person speaks ("a spokesman said", a club statement).</summary>
internal readonly record struct Attribution(string? Speaker);
