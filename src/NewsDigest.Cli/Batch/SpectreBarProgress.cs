using NewsDigest.Batch;
using Spectre.Console;

namespace NewsDigest.Cli.Batch;

/// <summary>Shows batch progress on a Spectre.Console bar: share of input bytes read, items, rate, failures, time left.</summary>
internal sealed class SpectreBarProgress(ProgressTask task) : IBatchProgress
{
    public void Report(BatchProgress p)
    {
        // A pipe or stdin has no size known in advance: the bar then only shows that work goes on.
        task.IsIndeterminate = p.TotalBytes == 0;
        task.MaxValue = Math.Max(1, p.TotalBytes);
        task.Value = Math.Min(task.MaxValue, p.ReadBytes);
        task.Description = Markup.Escape($"{p.Items:N0} items, {p.ItemsPerSecond:N0}/s, {p.MatchReports:N0} match reports, {p.Failures:N0} failed");
    }
}
