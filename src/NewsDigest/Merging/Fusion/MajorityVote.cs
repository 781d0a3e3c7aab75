using NewsDigest.Extraction;

namespace NewsDigest.Merging.Fusion;

/// <summary>Fuses the values sources give for one fact: each independent story has one vote, split evenly among its near-copies; the heaviest value wins.</summary>
/// <remarks>
/// Ties go to the value backed by more independent stories, then to the caller's preference (a fuller quote, a minute
/// over none), then to the value seen first in input order, so a run is deterministic. A source that states nothing never outvotes one that does.
/// </remarks>
public static class MajorityVote
{
    public static FusedFact<T>? Fuse<T>(IEnumerable<SourceVote<T>> votes, IEqualityComparer<T>? comparer = null, Comparison<T>? preference = null)
        where T : notnull
    {
        comparer ??= EqualityComparer<T>.Default;
        var order = new List<T>();
        var sources = new Dictionary<T, List<DigestSource>>(comparer);
        var evidence = new Dictionary<T, List<Evidence>>(comparer);
        var silent = new List<string>();
        var silentSeen = new HashSet<string>(StringComparer.Ordinal);
        var counted = new Dictionary<T, HashSet<string>>(comparer);
        foreach (var vote in votes)
        {
            var value = vote.Value;
            if (!vote.Stated)
            {
                if (silentSeen.Add(vote.Source.Id)) silent.Add(vote.Source.Id);
                continue;
            }
            if (!sources.TryGetValue(value, out var list))
            {
                sources[value] = list = [];
                evidence[value] = [];
                counted[value] = new HashSet<string>(StringComparer.Ordinal);
                order.Add(value);
            }
            // Sets, not list scans: a match with hundreds of copies would make each fact quadratic in its sources.
            if (!counted[value].Add(vote.Source.Id)) continue;
            list.Add(vote.Source);
            if (vote.Evidence is { } e) evidence[value].Add(e);
        }
        if (order.Count == 0) return null;
        var stated = sources.Values.SelectMany(l => l).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        silent.RemoveAll(stated.Contains);

        var variants = order.Select((value, rank) => (Rank: rank, Variant: new SourcedValue<T>(value,
                sources[value].Select(s => s.Id).ToArray(), evidence[value], sources[value].Sum(s => s.VoteWeight),
                sources[value].Select(s => s.Story).Distinct().Count())))
            .ToList();
        variants.Sort((a, b) =>
        {
            int c = b.Variant.Weight.CompareTo(a.Variant.Weight);
            if (Math.Abs(a.Variant.Weight - b.Variant.Weight) < 1e-9) c = 0;
            if (c == 0) c = b.Variant.Stories.CompareTo(a.Variant.Stories);
            if (c == 0 && preference is not null) c = preference(a.Variant.Value, b.Variant.Value);
            return c != 0 ? c : a.Rank.CompareTo(b.Rank);
        });
        return new FusedFact<T>(variants.Select(v => v.Variant).ToArray(), silent);
    }
}
