namespace NewsDigest.Merging.Dedup;

/// <summary>Two texts found alike: their estimated shingle Jaccard similarity, the estimated share of the shorter one's shingles in the longer (containment), and Exact when their wording is identical after folding case and punctuation.</summary>
public sealed record SimilarPair(string First, string Second, double Similarity, bool Exact)
{
    public double Containment { get; init; } = Similarity;
}

/// <summary>How a group's pairs are listed.</summary>
public enum PairListing
{
    /// <summary>Every pair of members.</summary>
    AllPairs,

    /// <summary>Each member against the group's first member (its representative) only: a large group's pairs stay linear in its size.</summary>
    Star,
}

/// <summary>Texts that are copies of one another (directly or through a chain of near-copies), with the similarity of every pair in the group, or of each member to the first one in a large group (<see cref="Listing"/>).</summary>
public sealed record DuplicateGroup(IReadOnlyList<string> Members, IReadOnlyList<SimilarPair> Pairs)
{
    public PairListing Listing { get; init; } = PairListing.AllPairs;

    /// <summary>The least similarity among the listed pairs (every pair, or each member to the first in a star); a chain of near-copies can make it fall below the threshold.</summary>
    public double MinimumSimilarity => Pairs.Count == 0 ? 1 : Pairs.Min(p => p.Similarity);
}

/// <summary>The outcome of a deduplication run: the groups (each of two or more texts) and what the run cost.</summary>
public sealed record DedupResult(IReadOnlyList<DuplicateGroup> Groups, DedupStatistics Statistics)
{
    /// <summary>For each id in a group, the group's index; ids in no group are absent.</summary>
    public IReadOnlyDictionary<string, int> GroupIndexById()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int g = 0; g < Groups.Count; g++)
            foreach (var id in Groups[g].Members) map[id] = g;
        return map;
    }
}

/// <summary>Counts that show what a run did and that its cost grew with the input, not with its square.</summary>
public sealed record DedupStatistics(int Documents, int ExactDuplicates, long CandidatePairs, int NearDuplicatePairs, int OversizedBuckets, int EmptyDocuments);
