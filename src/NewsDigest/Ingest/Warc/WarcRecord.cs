namespace NewsDigest.Ingest.Warc;

/// <summary>One WARC record split off a file, its block not yet parsed (that is left to <see cref="WarcResponseParser"/> on a worker thread).</summary>
/// <param name="Source">"file#record-id", unique within a run.</param>
/// <param name="File">The WARC file.</param>
/// <param name="Offset">Where the record starts in the uncompressed WARC stream.</param>
/// <param name="Type">The WARC-Type ("response", "resource" ...).</param>
/// <param name="Block">The record block: for a response, the HTTP status line, headers and body as stored.</param>
public sealed record WarcRecord(string Source, string File, long Offset, string Type, byte[] Block)
{
    public string? TargetUri { get; init; }
    public string? ContentType { get; init; }
    public DateTimeOffset? Date { get; init; }
    /// <summary>Set when the record could not be split off whole (truncated, damaged, too large); parsing then reports it.</summary>
    public (FailureKind Kind, string Reason)? SplitError { get; init; }
}
