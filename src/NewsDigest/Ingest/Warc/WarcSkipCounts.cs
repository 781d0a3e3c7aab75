using System.Collections.Concurrent;

namespace NewsDigest.Ingest.Warc;

/// <summary>How many WARC records of each type were skipped as not holding a page (request, metadata, warcinfo ...); shown in run summaries.</summary>
public sealed class WarcSkipCounts
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string type) => _counts.AddOrUpdate(type, 1, (_, n) => n + 1);

    public long Total => _counts.Values.Sum();

    public IReadOnlyList<(string Type, long Count)> ByType() =>
        _counts.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray();
}
