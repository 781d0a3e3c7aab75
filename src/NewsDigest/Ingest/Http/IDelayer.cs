namespace NewsDigest.Ingest.Http;

/// <summary>Waits, so that back-off and per-host pacing can be tested without real sleeping.</summary>
public interface IDelayer
{
    Task Wait(TimeSpan delay, CancellationToken cancellationToken);
}

/// <summary>Real waiting with Task.Delay.</summary>
public sealed class TaskDelayer : IDelayer
{
    public static readonly TaskDelayer Instance = new();

    public Task Wait(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, cancellationToken);
}
