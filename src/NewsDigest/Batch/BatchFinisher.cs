using System.Diagnostics;
using NewsDigest.Extraction;
using NewsDigest.Merging.Grouping;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>
/// Ends a run: merges every match report in the database, with the reactions, previews and other pieces that attach to their matches
/// (this session's from memory, earlier sessions' and shards' read back and extracted again) into per-match digests, replaces the match tables and writes the files. The same database always gives the same output.
/// </summary>
/// <remarks>
/// Reports of one match always name the same two teams once aliases are resolved, and the merger never puts reports of different
/// team pairs together, so the merge runs one team pair at a time on each thread: memory holds a few pairs' reports, not the whole archive's.
/// Digests are then put in the order a single merge gives them, by their first report's place in the input.
/// </remarks>
public static class BatchFinisher
{
    /// <summary>Returns the number of per-match digests written.</summary>
    public static long Finish(BatchDatabase db, Pipeline pipeline, string directory, int threads, StageTimes times,
        IReadOnlyDictionary<(long Seq, int Sub), ArticleReport>? known = null, CancellationToken cancellationToken = default)
    {
        long start = Stopwatch.GetTimestamp();
        var pairs = TeamPairs(db);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
        // Pairs are independent (the merger never groups across them), so they are merged side by side; rows stay in pair order.
        var rowsByPair = new List<(long Seq, int Sub, MatchRow Row)>[pairs.Count];
        Parallel.For(0, pairs.Count, options, p => rowsByPair[p] = RowsOfPair(db, pipeline, pairs[p], options, known));
        var rows = rowsByPair.SelectMany(r => r);
        var ordered = rows.OrderBy(r => r.Seq).ThenBy(r => r.Sub).Select((r, i) => r.Row with { Id = i + 1 }).ToArray();
        db.ReplaceMatches(ordered);
        BatchFileExporter.Export(db, directory, ordered);
        times.AddFinish(Stopwatch.GetTimestamp() - start);
        return ordered.Length;
    }

    /// <summary>One team pair's digests as match rows, each with the input place of its first report.</summary>
    private static List<(long Seq, int Sub, MatchRow Row)> RowsOfPair(BatchDatabase db, Pipeline pipeline, List<(long Seq, int Sub)> pair,
        ParallelOptions options, IReadOnlyDictionary<(long Seq, int Sub), ArticleReport>? known)
    {
        var reports = new ArticleReport[pair.Count];
        // Extraction is deterministic, so extracting a stored article again gives exactly the report an earlier session wrote.
        Parallel.For(0, pair.Count, options, i =>
        {
            var (seq, sub) = pair[i];
            reports[i] = known is not null && known.TryGetValue((seq, sub), out var report) ? report : ExtractAgain(pipeline, db, seq, sub);
        });
        var keys = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
        for (int i = 0; i < pair.Count; i++) keys.TryAdd(reports[i].Article.Source, pair[i]);
        var rows = new List<(long Seq, int Sub, MatchRow Row)>();
        foreach (var digest in pipeline.Merge(reports))
        {
            var row = MatchRows.From(0, digest, keys);
            var first = row.Sources.Where(s => s.Seq >= 0).Min(s => (s.Seq, s.Sub));
            rows.Add((first.Seq, first.Sub, row));
        }
        return rows;
    }

    /// <summary>
    /// The match reports' keys split by team pair (aliases resolved as the merger resolves them), pairs in order of first appearance, each
    /// with the attachable non-reports naming the same two teams, in input order; then the pairs no report names that two or more pieces
    /// name (a match known only from its previews and reactions).
    /// </summary>
    private static List<List<(long Seq, int Sub)>> TeamPairs(BatchDatabase db)
    {
        var pairs = new Dictionary<string, List<(long, int)>>(StringComparer.Ordinal);
        var order = new List<List<(long, int)>>();
        foreach (var (seq, sub, first, second) in db.MatchReportTeams())
        {
            string key = PairKey(first, second);
            if (!pairs.TryGetValue(key, out var list))
            {
                pairs[key] = list = [];
                order.Add(list);
            }
            list.Add((seq, sub));
        }
        bool attached = false;
        // A pair no report names may still hold a match known only from its previews and reactions: the merger gathers those on its own.
        var pieceOnly = new Dictionary<string, List<(long, int)>>(StringComparer.Ordinal);
        foreach (var (seq, sub, first, second) in db.AttachmentTeams())
        {
            string key = PairKey(first, second);
            if (pairs.TryGetValue(key, out var list))
            {
                list.Add((seq, sub));
                attached = true;
            }
            else
            {
                if (!pieceOnly.TryGetValue(key, out var pieces)) pieceOnly[key] = pieces = [];
                pieces.Add((seq, sub));
            }
        }
        if (attached) foreach (var list in order) list.Sort();
        // One piece alone makes no match, and the grouper believes a match no report describes only when a preview or reaction's headline
        // speaks of a match: pairs without one are not merged at all (most pairs only pieces name are two clubs in a transfer story).
        // The pairs are in order of their first piece, as the report pairs are of their first report.
        if (pieceOnly.Count > 0)
        {
            var promising = db.AttachmentHeadlines()
                .Where(h => h.Kind is nameof(Extraction.Reports.ReportKind.Preview) or nameof(Extraction.Reports.ReportKind.Reaction) && MatchWording.InHeadline(h.Title))
                .Select(h => (h.Seq, h.Sub)).ToHashSet();
            order.AddRange(pieceOnly.Values.Where(p => p.Count > 1 && p.Any(promising.Contains)));
        }
        return order;
    }

    private static string PairKey(string? first, string? second)
    {
        string a = TeamNameNormalizer.Default.Key(first ?? ""), b = TeamNameNormalizer.Default.Key(second ?? "");
        return string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}" : $"{b}|{a}";
    }

    /// <summary>
    /// Extraction is deterministic, so an article read again gives the report an earlier session had. A non-report keeps the kind the
    /// detector gave it then (the database has it), so only its opening is read again, not the detector run.
    /// </summary>
    private static ArticleReport ExtractAgain(Pipeline pipeline, BatchDatabase db, long seq, int sub)
    {
        Ingest.Article article;
        (Extraction.Reports.ReportKind Kind, double Confidence, bool IsMatchReport, string? Note) stored;
        lock (DatabaseGate)
        {
            article = db.StoredArticle(seq, sub);
            stored = db.StoredKind(seq, sub);
        }
        if (stored.IsMatchReport)
        {
            // A report stored as one at the user's word (--as-reports) is read as one again, whatever the detector says this time.
            var report = pipeline.Extract(article);
            return report.IsMatchReport ? report : pipeline.ReadAsReport(report);
        }
        return pipeline.ReadNonReport(new ArticleReport(article, stored.Kind, stored.Confidence, null) { Note = stored.Note });
    }

    /// <summary>The database connection is not thread-safe; reads are short next to the extraction that follows.</summary>
    private static readonly object DatabaseGate = new();
}
