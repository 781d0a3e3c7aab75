namespace NewsDigest.Ingest;

/// <summary>Either an article or the failure that stopped one input; expected failures are values, not exceptions.</summary>
public readonly record struct IngestResult
{
    private IngestResult(Article? article, IngestFailure? failure)
    {
        Article = article;
        Failure = failure;
    }

    public Article? Article { get; }
    public IngestFailure? Failure { get; }
    public bool IsSuccess => Article is not null;
    public string Source => Article?.Source ?? Failure!.Source;

    public static IngestResult Success(Article article) => new(article, null);

    public static IngestResult Failed(string source, FailureKind kind, string reason) =>
        new(null, new IngestFailure(source, kind, reason));
}
