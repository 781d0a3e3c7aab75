using NewsDigest.Text;

namespace NewsDigest.Extraction;

/// <summary>Where a fact was read: the article and the character span of the sentence (or phrase) that states it.</summary>
public sealed record Evidence(string Source, TextSpan Span, string Sentence);

/// <summary>A value with the evidence behind it, for facts that are a single value (venue, competition, date).</summary>
public sealed record Sourced<T>(T Value, Evidence Evidence);
