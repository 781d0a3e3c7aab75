namespace NewsDigest.Batch;

/// <summary>
/// Caps the input bytes in flight between the reader and the writer, on top of the cap on items: a few huge WARC records
/// must not fill memory any more than many small ones. One item larger than the whole budget still passes, alone.
/// </summary>
public sealed class ByteBudget(long capacity)
{
    private readonly object _gate = new();
    private readonly Queue<(long Bytes, TaskCompletionSource Ready)> _waiting = new();
    private long _inFlight;

    public long Capacity { get; } = capacity;

    public long InFlight
    {
        get
        {
            lock (_gate) return _inFlight;
        }
    }

    public Task WaitAsync(long bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_waiting.Count == 0 && Fits(bytes))
            {
                _inFlight += bytes;
                return Task.CompletedTask;
            }
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Enqueue((bytes, ready));
            return ready.Task.WaitAsync(cancellationToken);
        }
    }

    public void Release(long bytes)
    {
        lock (_gate)
        {
            _inFlight -= bytes;
            // First come, first served, so a large item is not starved by small ones behind it.
            while (_waiting.Count > 0 && Fits(_waiting.Peek().Bytes))
            {
                var (next, ready) = _waiting.Dequeue();
                _inFlight += next;
                ready.TrySetResult();
            }
        }
    }

    private bool Fits(long bytes) => _inFlight == 0 || _inFlight + bytes <= Capacity;
}
