using NewsDigest.Hosting;

namespace NewsDigest.Ingest.Http;

/// <summary>Paces requests to one host: at most N in flight, and starts at least a fixed delay apart.</summary>
internal sealed class HostGate(int concurrency, TimeSpan spacing, IClock clock, IDelayer delayer)
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);
    private readonly Lock _lock = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    /// <summary>Waits for a slot and for the host's turn; dispose the result when the request is done.</summary>
    public async Task<IDisposable> Enter(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = clock.Now;
                var start = _nextStart > now ? _nextStart : now;
                wait = start - now;
                _nextStart = start + spacing;
            }
            await delayer.Wait(wait, cancellationToken).ConfigureAwait(false);
            return new Release(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private sealed class Release(SemaphoreSlim slots) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) slots.Release();
        }
    }
}
