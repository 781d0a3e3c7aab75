using NewsDigest.Learning;
using NewsDigest.Merging.Dedup;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Finds held-out texts whose wording also stands in a train or dev record of the same archive.</summary>
/// <remarks>The news archive carries syndicated copies of one story under different ids (a regional network prints it on a dozen
/// sites), and <see cref="DataSplit"/> hashes ids, so one story can be a test report and, under another id, a train article that
/// rules were written from. Scoring the test split without such reports tells how the code reads stories nobody tuned on.</remarks>
public static class HeldOutCopies
{
    /// <summary>A held-out text counts as copied when this share of its word 8-grams stands in one other record.</summary>
    public const double CopiedShare = 0.5;
    private const int ShingleWords = 8;
    // A very short text has too few 8-grams to tell a copy from shared boilerplate.
    private const int MinimumShingles = 10;

    /// <summary>The ids of <paramref name="heldOut"/> texts copied, to <see cref="CopiedShare"/> of their 8-grams or more, by any one of
    /// <paramref name="others"/> (records of the test split and the held-out ids themselves are passed over).</summary>
    public static IReadOnlySet<string> Find(IReadOnlyCollection<(string Id, string Text)> heldOut, IEnumerable<(string Id, string Text)> others)
    {
        var shingler = new WordShingler(ShingleWords);
        var ids = new List<string>();
        var needed = new List<int>();
        var owners = new Dictionary<uint, List<int>>();
        var buffer = new List<uint>();
        foreach (var (id, text) in heldOut)
        {
            var distinct = Shingles(shingler, text, buffer);
            if (distinct.Count < MinimumShingles) continue;
            int index = ids.Count;
            ids.Add(id);
            needed.Add((int)Math.Ceiling(distinct.Count * CopiedShare));
            foreach (var shingle in distinct)
            {
                if (!owners.TryGetValue(shingle, out var list)) owners[shingle] = list = [];
                list.Add(index);
            }
        }
        var heldOutIds = heldOut.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        var copied = new HashSet<string>(StringComparer.Ordinal);
        var hits = new Dictionary<int, int>();
        foreach (var (id, text) in others)
        {
            if (heldOutIds.Contains(id) || DataSplit.IsTest(id) || copied.Count == ids.Count) continue;
            hits.Clear();
            foreach (var shingle in Shingles(shingler, text, buffer))
                if (owners.TryGetValue(shingle, out var list))
                    foreach (var index in list) hits[index] = hits.GetValueOrDefault(index) + 1;
            foreach (var (index, count) in hits)
                if (count >= needed[index]) copied.Add(ids[index]);
        }
        return copied;
    }

    private static HashSet<uint> Shingles(WordShingler shingler, string text, List<uint> buffer)
    {
        buffer.Clear();
        shingler.Hash(text, buffer);
        return [.. buffer];
    }
}
