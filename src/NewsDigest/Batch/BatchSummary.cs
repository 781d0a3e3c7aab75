using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>How a batch run ended.</summary>
public enum BatchState
{
    Completed,
    Interrupted,
}

/// <summary>The end of a batch run: counts over the whole output (earlier sessions included), this session's work, and where the time went.</summary>
public sealed record BatchSummary
{
    public required BatchState State { get; init; }
    /// <summary>Counts over everything in the output directory, including items a resumed run found already done.</summary>
    public required RunCounts Total { get; init; }
    /// <summary>Items processed in this session.</summary>
    public required long SessionItems { get; init; }
    /// <summary>Items skipped because an earlier, interrupted session had committed them.</summary>
    public required long ResumedItems { get; init; }
    public required long Matches { get; init; }
    public required TimeSpan Elapsed { get; init; }
    public required StageTimes Stages { get; init; }
    public required IReadOnlyList<(string Type, long Count)> SkippedWarcRecords { get; init; }
    public required long IgnoredFiles { get; init; }
    /// <summary>The first few failures, to name on the console; all of them are in failures.csv and the failures table.</summary>
    public IReadOnlyList<(string Source, string Reason)> FirstFailures { get; init; } = [];
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? SessionItems / Elapsed.TotalSeconds : 0;
}
