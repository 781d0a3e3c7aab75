namespace NewsDigest.Ingest;

/// <summary>Reads one kind of file (or stream) into articles; a container format such as JSONL or WARC yields many.</summary>
public interface IArticleReader
{
    /// <summary>Whether this reader handles a file with this name (by extension).</summary>
    bool Accepts(string path);

    /// <summary>Reads every article in the content; each bad record is a failure result, and reading goes on.</summary>
    IEnumerable<IngestResult> Read(string source, Stream content);
}
