namespace NewsDigest.Ingest.Http;

/// <summary>How politely and how far the web fetcher goes: identity, limits, retries, pacing and robots.txt.</summary>
public sealed record FetchOptions
{
    /// <summary>Names the tool and where to read about it, as polite crawlers do.</summary>
    public string UserAgent { get; init; } = "NewsDigest/1.0 (+https://github.com/newsdigest/newsdigest; football report digests)";
    /// <summary>The token matched against robots.txt User-agent lines.</summary>
    public string RobotsAgent { get; init; } = "newsdigest";
    /// <summary>Time allowed for one request, headers and body together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public int MaxRedirects { get; init; } = 5;
    public int MaxBytes { get; init; } = Html.HtmlArticleReader.MaxBytes;
    /// <summary>Extra attempts after a transient failure (5xx, 429, timeout, connection reset).</summary>
    public int MaxRetries { get; init; } = 3;
    /// <summary>First back-off; doubled for each further attempt.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>A server asking for a longer Retry-After than this is not waited for: the input fails instead.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Minimum time between the starts of two requests to the same host.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Requests in flight at once to the same host.</summary>
    public int PerHostConcurrency { get; init; } = 2;
    public bool RespectRobots { get; init; } = true;
}
