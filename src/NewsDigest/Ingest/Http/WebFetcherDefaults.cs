namespace NewsDigest.Ingest.Http;

/// <summary>The fetcher the commands use for URL inputs.</summary>
public static class WebFetcherDefaults
{
    public static HttpUrlFetcher Create(bool ignoreRobots = false) =>
        new(new FetchOptions { RespectRobots = !ignoreRobots });
}
