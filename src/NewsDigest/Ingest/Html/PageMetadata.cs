namespace NewsDigest.Ingest.Html;

/// <summary>What a page says about itself: title, standfirst, author, times, outlet, address and language.</summary>
public sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? SiteName { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? Language { get; init; }
    /// <summary>True when the page presents itself as a live blog or match centre (JSON-LD LiveBlogPosting).</summary>
    public bool IsLiveBlog { get; init; }
}
