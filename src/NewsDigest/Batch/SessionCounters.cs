namespace NewsDigest.Batch;

/// <summary>What this session of a run has done so far; written by the reader and the writer, read by the progress display.</summary>
internal sealed class SessionCounters
{
    private long _items, _reports, _notReports, _failures, _resumed;

    public long Items => Interlocked.Read(ref _items);
    public long Resumed => Interlocked.Read(ref _resumed);

    public void AddItem() => Interlocked.Increment(ref _items);
    public void AddResumed() => Interlocked.Increment(ref _resumed);
    public void AddFailure() => Interlocked.Increment(ref _failures);

    public void AddArticle(bool matchReport)
    {
        if (matchReport) Interlocked.Increment(ref _reports);
        else Interlocked.Increment(ref _notReports);
    }

    public BatchProgress Snapshot(ReadMeter meter, TimeSpan elapsed) =>
        new(Items, Interlocked.Read(ref _reports), Interlocked.Read(ref _notReports), Interlocked.Read(ref _failures), meter.ReadBytes, meter.TotalBytes, elapsed);
}
