using NewsDigest.Extraction;

namespace NewsDigest.Merging.Grouping;

/// <summary>An article in a match group, and whether it is a report of the match or a reaction piece or preview attached to it.</summary>
public sealed record GroupMember(ArticleReport Report, SourceRole Role);
