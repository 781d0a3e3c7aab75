namespace NewsDigest.Batch;

/// <summary>Counts input bytes as the reader consumes them, against the total known at the start; the progress display's ETA comes from it.</summary>
public sealed class ReadMeter
{
    private long _read;

    public long TotalBytes { get; set; }
    public long ReadBytes => Interlocked.Read(ref _read);

    public void Add(long bytes) => Interlocked.Add(ref _read, bytes);
}
