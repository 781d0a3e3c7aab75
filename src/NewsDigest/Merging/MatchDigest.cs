using NewsDigest.Extraction;

namespace NewsDigest.Merging;

/// <summary>One match, fused from every report about it.</summary>
public sealed record MatchDigest(IReadOnlyList<ArticleReport> Reports);
