using NewsDigest.Ingest;

namespace NewsDigest.Batch;

/// <summary>
/// One unit of input in a batch run (a JSONL line, a WARC record, a file), split off by the reader but not yet parsed.
/// <see cref="Seq"/> is its place in the whole input, before sharding, so every shard and every resumption numbers it the same.
/// </summary>
public sealed class BatchItem(long seq, string source, long bytes, Func<IReadOnlyList<IngestResult>> parse)
{
    public long Seq { get; } = seq;
    public string Source { get; } = source;
    /// <summary>The input bytes the item holds or will read (its line, record, or file size), for the memory budget.</summary>
    public long Bytes { get; } = bytes;

    /// <summary>Parses the item on a worker thread: usually one article or failure, several for a container file.</summary>
    public IReadOnlyList<IngestResult> Parse() => parse();
}
