namespace NewsDigest.Ingest.Warc;

/// <summary>Reads .warc / .warc.gz files: one article per page record; skipped record types are counted, damage is a failure naming the offset.</summary>
public sealed class WarcArticleReader : IArticleReader
{
    private readonly WarcResponseParser _parser = new();

    public WarcArticleReader(WarcSkipCounts? skipped = null) => Splitter = new WarcSplitter(skipped);

    public WarcSplitter Splitter { get; }
    public WarcResponseParser Parser => _parser;

    public static bool IsWarcPath(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public bool Accepts(string path) => IsWarcPath(path);

    public IEnumerable<IngestResult> Read(string source, Stream content) => Splitter.Split(source, content).Select(_parser.Parse);
}
