using NewsDigest.Extraction;

namespace NewsDigest.Batch;

/// <summary>What became of one item: for each article in it, either its report (with the extract-contract line) or a failure.</summary>
public sealed record ItemOutcome(long Order, long Seq, string Source, long Bytes, IReadOnlyList<OutcomeEntry> Entries);

/// <summary>One article of an item: a report, or a failure with its kind and reason.</summary>
public sealed record OutcomeEntry
{
    public ArticleReport? Report { get; init; }
    public string? Json { get; init; }
    public Ingest.IngestFailure? Failure { get; init; }
}
