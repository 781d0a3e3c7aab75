using System.Diagnostics;
using NewsDigest.Batch;

namespace NewsDigest.Cli.Batch;

/// <summary>Batch progress for logs and pipes: one plain line every few seconds, no control characters.</summary>
internal sealed class PlainLineProgress(TextWriter writer, TimeSpan every) : IBatchProgress
{
    private long _last = Stopwatch.GetTimestamp();

    public void Report(BatchProgress p)
    {
        if (Stopwatch.GetElapsedTime(_last) < every) return;
        _last = Stopwatch.GetTimestamp();
        string share = p.TotalBytes > 0 ? $", {100.0 * p.ReadBytes / p.TotalBytes:F0}% of input read" : "";
        string left = p.Remaining is { } r ? $", about {r:hh\\:mm\\:ss} left" : "";
        writer.WriteLine($"newsdigest batch: {p.Items:N0} items ({p.ItemsPerSecond:N0}/s), {p.MatchReports:N0} match reports, {p.NotReports:N0} not reports, {p.Failures:N0} failed{share}{left}");
        writer.Flush();
    }
}
