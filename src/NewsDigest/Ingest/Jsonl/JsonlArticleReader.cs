namespace NewsDigest.Ingest.Jsonl;

/// <summary>Reads .jsonl / .ndjson files, gzip-compressed or not: one article per line, each bad line a failure naming file and line.</summary>
public sealed class JsonlArticleReader(JsonlFields fields) : IArticleReader
{
    private readonly JsonlSplitter _splitter = new(fields);
    private readonly JsonlArticleParser _parser = new(fields);

    public JsonlArticleReader() : this(JsonlFields.Default) { }

    public JsonlSplitter Splitter => _splitter;
    public JsonlArticleParser Parser => _parser;

    public static bool IsJsonlPath(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase);

    public bool Accepts(string path) => IsJsonlPath(path);

    public IEnumerable<IngestResult> Read(string source, Stream content)
    {
        bool any = false;
        foreach (var record in _splitter.Split(source, content))
        {
            any = true;
            yield return _parser.Parse(record);
        }
        // A dump with no lines would otherwise leave no trace in the run: name it.
        if (!any) yield return IngestResult.Failed(source, FailureKind.Empty, "is empty (no JSON lines)");
    }
}
