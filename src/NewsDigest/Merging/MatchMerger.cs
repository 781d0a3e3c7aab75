using NewsDigest.Extraction;

namespace NewsDigest.Merging;

/// <summary>Groups match reports by their two teams (order-insensitive) and makes one digest per group.</summary>
public sealed class MatchMerger : IMatchMerger
{
    public IReadOnlyList<MatchDigest> Merge(IReadOnlyList<ArticleReport> reports) =>
        reports.Where(r => r.IsMatchReport)
            .GroupBy(r => MatchKey(r.Match!), StringComparer.OrdinalIgnoreCase)
            .Select(g => new MatchDigest(g.ToArray()))
            .ToArray();

    private static string MatchKey(MatchFacts facts)
    {
        var teams = new[] { facts.Teams!.First, facts.Teams.Second };
        Array.Sort(teams, StringComparer.OrdinalIgnoreCase);
        return string.Join('|', teams);
    }
}
