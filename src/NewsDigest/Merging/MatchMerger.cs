using NewsDigest.Extraction;
using NewsDigest.Merging.Fusion;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Merging;

/// <summary>Groups reports by match (teams with aliases resolved, dates within a window, consistent scores), attaches reaction pieces and previews, and fuses each group into a digest.</summary>
public sealed class MatchMerger : IMatchMerger
{
    private readonly MatchGrouper _grouper;
    private readonly DigestFuser _fuser;

    public MatchMerger() : this(new MatchGrouper(), new DigestFuser())
    {
    }

    public MatchMerger(MatchGrouper grouper, DigestFuser fuser)
    {
        _grouper = grouper;
        _fuser = fuser;
    }

    public IReadOnlyList<MatchDigest> Merge(IReadOnlyList<ArticleReport> reports) =>
        _grouper.Group(reports).Select(_fuser.Fuse).ToArray();
}
