using NewsDigest.Batch;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Cli.Batch;

/// <summary>Writes the end-of-run summary of a batch or merge: counts by state, rate, time per stage, where the outputs are; failures named on stderr.</summary>
internal static class BatchReport
{
    public static void Write(TextWriter output, TextWriter diagnostics, string command, BatchSummary s, string directory)
    {
        foreach (var (source, reason) in s.FirstFailures) diagnostics.WriteLine(OneLine($"newsdigest {command}: {source}: {reason}"));
        if (s.Total.Failures > s.FirstFailures.Count)
            diagnostics.WriteLine($"newsdigest {command}: ... and {s.Total.Failures - s.FirstFailures.Count:N0} more failures, all in {Path.Combine(directory, "failures.csv")}");
        string state = s.State == BatchState.Completed ? "completed" : "interrupted (rerun with --resume to continue)";
        output.WriteLine($"newsdigest {command}: {state} in {s.Elapsed.TotalSeconds:F1} s; {s.SessionItems:N0} items this session ({s.ItemsPerSecond:N0} items/s)");
        if (s.ResumedItems > 0) output.WriteLine($"  already done by an earlier session: {s.ResumedItems:N0} items");
        output.WriteLine($"  items            {s.Total.Items,10:N0}");
        output.WriteLine($"  match reports    {s.Total.MatchReports,10:N0}" + (s.Total.OverDetector > 0
            ? $"  ({s.Total.OverDetector:N0} the report detector turned down: read as reports because their headline tells the result, or by --as-reports)" : ""));
        output.WriteLine($"  not reports      {s.Total.NotReports,10:N0}");
        output.WriteLine($"  failed           {s.Total.Failures,10:N0}");
        if (s.State == BatchState.Completed) output.WriteLine($"  matches          {s.Matches,10:N0}");
        if (s.SkippedWarcRecords.Count > 0)
            output.WriteLine($"  WARC records skipped (no page): {string.Join(", ", s.SkippedWarcRecords.Select(p => $"{p.Type} {p.Count:N0}"))}");
        if (s.IgnoredFiles > 0) output.WriteLine($"  files in directories with no reader (ignored): {s.IgnoredFiles:N0}");
        var t = s.Stages;
        output.WriteLine($"  time by stage (thread-seconds): read {t.Read.TotalSeconds:F2}, parse {t.Parse.TotalSeconds:F2}, extract {t.Extract.TotalSeconds:F2}, write {t.Write.TotalSeconds:F2}, merge+files {t.Finish.TotalSeconds:F2}");
        output.WriteLine($"  outputs in {directory}: {string.Join(", ", BatchFileExporter.FileNames)}, newsdigest.db");
    }

    /// <summary>A reason may quote bytes of a broken input; a stray CR or terminal escape must not garble the console.</summary>
    private static string OneLine(string message) => new(message.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
