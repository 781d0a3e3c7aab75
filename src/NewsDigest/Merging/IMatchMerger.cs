using NewsDigest.Extraction;

namespace NewsDigest.Merging;

/// <summary>Groups reports by match and fuses each group into a digest.</summary>
public interface IMatchMerger
{
    IReadOnlyList<MatchDigest> Merge(IReadOnlyList<ArticleReport> reports);
}
