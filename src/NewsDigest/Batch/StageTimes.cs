using System.Diagnostics;

namespace NewsDigest.Batch;

/// <summary>Time spent in each stage (read, parse, extract, write, finish), summed over the threads that ran it.</summary>
public sealed class StageTimes
{
    private long _read, _parse, _extract, _write, _finish;

    public TimeSpan Read => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _read));
    public TimeSpan Parse => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _parse));
    public TimeSpan Extract => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _extract));
    public TimeSpan Write => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _write));
    /// <summary>The end of the run: merging the match reports into digests and writing the files.</summary>
    public TimeSpan Finish => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _finish));

    public void AddRead(long ticks) => Interlocked.Add(ref _read, ticks);
    public void AddParse(long ticks) => Interlocked.Add(ref _parse, ticks);
    public void AddExtract(long ticks) => Interlocked.Add(ref _extract, ticks);
    public void AddWrite(long ticks) => Interlocked.Add(ref _write, ticks);
    public void AddFinish(long ticks) => Interlocked.Add(ref _finish, ticks);
}
