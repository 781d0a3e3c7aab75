namespace NewsDigest.Ingest;

/// <summary>Fetches a web page for ingest; implementations are polite HTTP clients, tests use a loopback server.</summary>
public interface IUrlFetcher
{
    IngestResult Fetch(Uri url, CancellationToken cancellationToken = default);
}
