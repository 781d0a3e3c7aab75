using System.Collections.Concurrent;
using NewsDigest.Hosting;
using NewsDigest.Ingest.Http;

namespace NewsDigest.Tests.Http;

/// <summary>A clock that stands still unless a wait moves it on, and a delayer that records each wait instead of sleeping.</summary>
public sealed class FakeTime : IClock, IDelayer
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public DateTimeOffset Now
    {
        get { lock (_lock) return _now; }
    }

    public Task Wait(TimeSpan delay, CancellationToken cancellationToken)
    {
        Waits.Enqueue(delay);
        if (delay > TimeSpan.Zero)
            lock (_lock) _now += delay;
        return Task.CompletedTask;
    }
}
