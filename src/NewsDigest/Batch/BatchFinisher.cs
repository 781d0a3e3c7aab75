using System.Diagnostics;
using NewsDigest.Extraction;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>
/// Ends a run: takes every match report in the database (this session's from memory; those of earlier sessions and shards are read back
/// and extracted again), merges them into per-match digests, replaces the match tables and writes the files. The same database always gives the same output.
/// </summary>
public static class BatchFinisher
{
    /// <summary>Returns the number of per-match digests written.</summary>
    public static long Finish(BatchDatabase db, Pipeline pipeline, string directory, int threads, StageTimes times,
        IReadOnlyDictionary<(long Seq, int Sub), ArticleReport>? known = null, CancellationToken cancellationToken = default)
    {
        long start = Stopwatch.GetTimestamp();
        var stored = db.MatchReportArticles().ToArray();
        var reports = new ArticleReport[stored.Length];
        // Extraction is deterministic, so extracting a stored article again gives exactly the report an earlier session wrote.
        Parallel.For(0, stored.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken },
            i => reports[i] = known is not null && known.TryGetValue((stored[i].Seq, stored[i].Sub), out var report) ? report : pipeline.Extract(stored[i].Article));
        var keys = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
        foreach (var (seq, sub, article) in stored) keys.TryAdd(article.Source, (seq, sub));
        var digests = pipeline.Merge(reports.Where(r => r.IsMatchReport).ToArray());
        var rows = digests.Select((d, i) => MatchRows.From(i + 1, d, keys)).ToArray();
        db.ReplaceMatches(rows);
        BatchFileExporter.Export(db, directory, rows);
        times.AddFinish(Stopwatch.GetTimestamp() - start);
        return rows.Length;
    }
}
