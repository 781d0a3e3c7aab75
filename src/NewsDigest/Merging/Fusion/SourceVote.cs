using NewsDigest.Extraction;

namespace NewsDigest.Merging.Fusion;

/// <summary>One source's say on one fact: its value, or Stated false when it covers the fact but leaves this value out.</summary>
public readonly record struct SourceVote<T>(DigestSource Source, bool Stated, T Value, Evidence? Evidence)
    where T : notnull;

/// <summary>Makes votes from optional values.</summary>
public static class SourceVote
{
    public static SourceVote<T> Of<T>(DigestSource source, T? value, Evidence? evidence) where T : struct =>
        value is { } v ? new(source, true, v, evidence) : new(source, false, default, evidence);

    public static SourceVote<string> Text(DigestSource source, string? value, Evidence? evidence) =>
        value is not null ? new(source, true, value, evidence) : new(source, false, "", evidence);
}
