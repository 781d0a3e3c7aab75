namespace NewsDigest.Merging.Fusion;

/// <summary>Lines up the facts of one family (goals, cards, quotes ...) across sources, so that each cluster holds one source's account of one real event.</summary>
/// <remarks>Greedy in input order: each fact joins the best-scoring cluster that has nothing yet from its source, or starts a new one. A score of zero or less means "not the same event".</remarks>
internal static class FactAligner
{
    public static List<List<(DigestSource Source, T Fact)>> Align<T>(
        IEnumerable<(DigestSource Source, IReadOnlyList<T> Facts)> perSource,
        Func<IReadOnlyList<(DigestSource Source, T Fact)>, T, double> score)
    {
        var clusters = new List<List<(DigestSource Source, T Fact)>>();
        foreach (var (source, facts) in perSource)
        {
            var taken = new HashSet<int>();
            foreach (var fact in facts)
            {
                int best = -1;
                double bestScore = 0;
                for (int c = 0; c < clusters.Count; c++)
                {
                    if (taken.Contains(c) || clusters[c].Any(m => m.Source.Id == source.Id)) continue;
                    double s = score(clusters[c], fact);
                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = c;
                    }
                }
                if (best < 0)
                {
                    clusters.Add([(source, fact)]);
                    taken.Add(clusters.Count - 1);
                }
                else
                {
                    clusters[best].Add((source, fact));
                    taken.Add(best);
                }
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
