namespace NewsDigest.Ingest;

/// <summary>One input document, whatever format it came from, reduced to its text and metadata.</summary>
/// <param name="Source">Where it came from: a file path, a URL, "stdin", or an archive record id. Unique within a run.</param>
/// <param name="Text">The article's main text, paragraphs separated by a blank line.</param>
public sealed record Article(string Source, string Text)
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    /// <summary>The outlet: a site name, a wire service, or a domain.</summary>
    public string? SiteName { get; init; }
    /// <summary>BCP 47 language tag when the input declares or reveals one.</summary>
    public string? Language { get; init; }
}
