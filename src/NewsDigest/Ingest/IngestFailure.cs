namespace NewsDigest.Ingest;

/// <summary>Why an input could not become an article.</summary>
public enum FailureKind
{
    NotFound,
    Unreadable,
    Empty,
    Binary,
    Malformed,
    TooLarge,
    UnsupportedLanguage,
    UnsupportedContent,
    Network,
    Truncated,
}

/// <summary>An input that was set aside, with the reason a user can act on.</summary>
public sealed record IngestFailure(string Source, FailureKind Kind, string Reason)
{
    public override string ToString() => $"{Source}: {Reason}";
}
