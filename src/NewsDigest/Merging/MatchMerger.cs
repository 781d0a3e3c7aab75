using NewsDigest.Extraction;
using NewsDigest.Merging.Fusion;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Merging;

/// <summary>Groups reports by match (teams with aliases resolved, dates within a window, consistent scores), attaches reaction pieces and previews, and fuses each group into a digest.</summary>
public sealed class MatchMerger : IMatchMerger
{
    private readonly MatchGrouper _grouper;
    private readonly DigestFuser _fuser;
    private readonly NonReportFactReader? _attached;

    public MatchMerger() : this(new MatchGrouper(), new DigestFuser())
    {
    }

    /// <param name="attached">Reads the pieces grouping attached to a match in full (their quotes and setting) before fusion; without it they contribute what they carry.</param>
    public MatchMerger(MatchGrouper grouper, DigestFuser fuser, NonReportFactReader? attached = null)
    {
        _grouper = grouper;
        _fuser = fuser;
        _attached = attached;
    }

    public IReadOnlyList<MatchDigest> Merge(IReadOnlyList<ArticleReport> reports) =>
        _grouper.Group(reports).Select(ReadAttached).Select(_fuser.Fuse).ToArray();

    private IReadOnlyList<GroupMember> ReadAttached(IReadOnlyList<GroupMember> members) =>
        _attached is null ? members : members.Select(m => m.Role == SourceRole.Report ? m : m with { Report = _attached.ReadFully(m.Report) }).ToArray();
}
