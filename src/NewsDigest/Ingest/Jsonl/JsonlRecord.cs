namespace NewsDigest.Ingest.Jsonl;

/// <summary>One line of a JSONL file, split off but not yet parsed, so that parsing can run on another thread.</summary>
/// <param name="Source">The record's source id: "file#id", or "file#line N" when the record has no id.</param>
/// <param name="File">The file the line came from.</param>
/// <param name="LineNumber">1-based line number in the (decompressed) file.</param>
/// <param name="Bytes">The line's UTF-8 bytes without the line end.</param>
public sealed record JsonlRecord(string Source, string File, long LineNumber, byte[] Bytes)
{
    /// <summary>Set when the line could not even be split off (too long); parsing then reports it.</summary>
    public string? SplitError { get; init; }

    /// <summary>What kind of failure <see cref="SplitError"/> is: a damaged line by default, or a whole file that is not text.</summary>
    public FailureKind SplitErrorKind { get; init; } = FailureKind.Malformed;
}
