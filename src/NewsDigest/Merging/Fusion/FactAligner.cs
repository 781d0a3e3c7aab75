namespace NewsDigest.Merging.Fusion;

/// <summary>Lines up the facts of one family (goals, cards, quotes ...) across sources, so that each cluster holds one source's account of one real event.</summary>
/// <remarks>
/// Source by source in input order, each fact joins the cluster it fits best among those with nothing yet from its source (the best-fitting pairs are settled first), or starts a new one. A score of zero or less means "not the same event".
/// The score sees each cluster's distinct members only (one per <c>distinctBy</c> key, which must cover every field the score reads): hundreds of copies of one
/// account then cost one comparison, not hundreds, and the result is the same because the score depends on those fields alone.
/// </remarks>
internal static class FactAligner
{
    public static List<List<(DigestSource Source, T Fact)>> Align<T, TKey>(
        IEnumerable<(DigestSource Source, IReadOnlyList<T> Facts)> perSource,
        Func<IReadOnlyList<(DigestSource Source, T Fact)>, T, double> score,
        Func<T, TKey> distinctBy)
        where TKey : notnull
    {
        var clusters = new List<List<(DigestSource Source, T Fact)>>();
        var distinct = new List<List<(DigestSource Source, T Fact)>>();
        var keys = new List<HashSet<TKey>>();
        void Join(int c, DigestSource source, T fact)
        {
            clusters[c].Add((source, fact));
            if (keys[c].Add(distinctBy(fact))) distinct[c].Add((source, fact));
        }
        foreach (var (source, facts) in perSource)
        {
            // Best pairs first across all of this source's facts, so a fact that fits a cluster well is not crowded out by one that fits it loosely.
            var candidates = new List<(double Score, int Fact, int Cluster)>();
            for (int f = 0; f < facts.Count; f++)
                for (int c = 0; c < clusters.Count; c++)
                {
                    double s = score(distinct[c], facts[f]);
                    if (s > 0) candidates.Add((s, f, c));
                }
            candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Fact != b.Fact ? a.Fact.CompareTo(b.Fact) : a.Cluster.CompareTo(b.Cluster));
            var placed = new bool[facts.Count];
            var taken = new HashSet<int>();
            foreach (var (_, f, c) in candidates)
            {
                if (placed[f] || taken.Contains(c)) continue;
                Join(c, source, facts[f]);
                placed[f] = true;
                taken.Add(c);
            }
            for (int f = 0; f < facts.Count; f++)
                if (!placed[f])
                {
                    clusters.Add([]);
                    distinct.Add([]);
                    keys.Add([]);
                    Join(clusters.Count - 1, source, facts[f]);
                }
        }
        return clusters;
    }

    /// <summary>The smallest gap in minutes between a minute and any known minute of a cluster, or null when either side has none.</summary>
    public static int? MinuteGap<T>(IEnumerable<(DigestSource Source, T Fact)> cluster, Func<T, NewsDigest.Extraction.Minute?> minuteOf, NewsDigest.Extraction.Minute? minute)
    {
        if (minute is not { } m) return null;
        int? gap = null;
        foreach (var (_, fact) in cluster)
            if (minuteOf(fact) is { } other)
            {
                int g = Math.Abs(Total(m) - Total(other));
                gap = gap is null ? g : Math.Min(gap.Value, g);
            }
        return gap;
    }

    private static int Total(NewsDigest.Extraction.Minute minute) => minute.Regular + (minute.Added ?? 0);
}
