using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Batch;

/// <summary>What a batch run reads, where it writes, and how: threads, resume, shard, JSONL field names, directory globs.</summary>
public sealed record BatchOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public required string OutputDirectory { get; init; }
    public int Threads { get; init; } = Environment.ProcessorCount;
    /// <summary>Continue an interrupted run in the same output directory.</summary>
    public bool Resume { get; init; }
    /// <summary>Start afresh even when the output directory holds an earlier run.</summary>
    public bool Overwrite { get; init; }
    public ShardSpec Shard { get; init; } = ShardSpec.Whole;
    public JsonlFields Fields { get; init; } = JsonlFields.Default;
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    /// <summary>Items per database transaction: larger is faster, smaller loses less work to a crash.</summary>
    public int CommitEvery { get; init; } = 2000;
    /// <summary>Input bytes in flight at most (besides 256 items per thread); bounds memory when records are large.</summary>
    public long MaxBytesInFlight { get; init; } = 256L << 20;
    /// <summary>Characters of match-report text kept in memory for the final merge; reports beyond it are read back and extracted again then.</summary>
    public long MaxKeptReportChars { get; init; } = 32L << 20;
    /// <summary>How often the writer reports progress; zero reports after every item (tests use that to stop a run at a known point).</summary>
    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromMilliseconds(250);
    /// <summary>Process only the first N items of the (sharded) input; for trials on part of an archive.</summary>
    public long? Limit { get; init; }
    /// <summary>Read every article that names two teams playing each other as a match report, whatever the detector says (`--as-reports`: for archives known to hold reports only).</summary>
    public bool ReadAsReports { get; init; }

    /// <summary>What must not change between a run and its resumption (or between shards that are merged): inputs, fields, globs.</summary>
    public string Signature() =>
        string.Join("\n", Inputs.Select(i => "input " + i)
            .Concat([$"fields {Fields.Id} {Fields.Url} {Fields.Title} {Fields.Date} {Fields.Text} {Fields.Site} {Fields.Language}"])
            .Concat(Include.Select(g => "include " + g)).Concat(Exclude.Select(g => "exclude " + g))
            .Concat([$"limit {Limit}"])
            // Added only when set, so the signatures of runs made before the option existed still match.
            .Concat(ReadAsReports ? ["as-reports"] : []));
}
