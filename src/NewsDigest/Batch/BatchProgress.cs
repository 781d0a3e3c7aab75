namespace NewsDigest.Batch;

/// <summary>A snapshot of a running batch for the progress display: counts so far in this session, bytes read, time.</summary>
public sealed record BatchProgress(long Items, long MatchReports, long NotReports, long Failures, long ReadBytes, long TotalBytes, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Items / Elapsed.TotalSeconds : 0;

    /// <summary>Time left, estimated from the share of input bytes read so far; null until there is something to go on.</summary>
    public TimeSpan? Remaining =>
        ReadBytes > 0 && TotalBytes > ReadBytes && Elapsed.TotalSeconds > 0.5
            ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (TotalBytes - ReadBytes) / ReadBytes)
            : null;
}

/// <summary>Receives progress snapshots a few times a second from the writer, and one last time at the end.</summary>
public interface IBatchProgress
{
    void Report(BatchProgress progress);
}

/// <summary>A progress sink that shows nothing, for tests and library callers.</summary>
public sealed class SilentProgress : IBatchProgress
{
    public static readonly SilentProgress Instance = new();
    public void Report(BatchProgress progress) { }
}
