namespace NewsDigest.Ingest.Jsonl;

/// <summary>Which JSON property of a JSONL record holds each article field; the defaults fit the shared archive.</summary>
public sealed record JsonlFields
{
    public static readonly JsonlFields Default = new();

    public string Id { get; init; } = "id";
    public string Url { get; init; } = "url";
    public string Title { get; init; } = "title";
    public string Date { get; init; } = "date";
    public string Text { get; init; } = "text";
    public string Site { get; init; } = "domain";
    public string Language { get; init; } = "language";
}
