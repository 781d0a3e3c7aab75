using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>Combines the output directories of the n shards of one batch into the output a single run would have written.</summary>
public sealed class ShardMerger(Pipeline pipeline, Hosting.IClock clock)
{
    public (BatchSummary? Summary, string? Error) Merge(IReadOnlyList<string> shardDirectories, string outputDirectory, int threads, bool overwrite)
    {
        var shards = new List<(string Path, string Signature, string Shard, int Count)>();
        foreach (var directory in shardDirectories)
        {
            string path = Path.Combine(directory, BatchOutputDirectory.DatabaseName);
            if (!File.Exists(path)) return (null, $"{directory}: holds no batch run ({BatchOutputDirectory.DatabaseName} is missing)");
            using var shard = BatchDatabase.Open(path);
            string? signature = shard.GetMeta("signature"), spec = shard.GetMeta("shard");
            if (signature is null || spec is null) return (null, $"{directory}: its batch run never started");
            var state = shard.Query("SELECT state FROM runs ORDER BY id DESC LIMIT 1").Select(r => r.GetString(0)).FirstOrDefault();
            if (state != "completed") return (null, $"{directory}: shard {spec} has not completed (last run {state ?? "none"}); finish it with --resume first");
            var (parsed, _) = ShardSpec.Parse(spec);
            shards.Add((path, signature, spec, parsed?.Count ?? 0));
        }
        if (shards.Count == 0) return (null, "no shard directories given");
        if (shards.Select(s => s.Signature).Distinct().Count() > 1) return (null, "the shards were run over different inputs or options and cannot be merged");
        int count = shards[0].Count;
        if (shards.Any(s => s.Count != count)) return (null, "the shards split the input different ways (their n differ)");
        var duplicate = shards.GroupBy(s => s.Shard).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) return (null, $"shard {duplicate.Key} is given twice");
        var missing = Enumerable.Range(1, count).Select(i => $"{i}/{count}").Except(shards.Select(s => s.Shard)).ToArray();
        if (missing.Length > 0) return (null, $"shard{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing)} missing: a merge needs all {count}");

        Directory.CreateDirectory(outputDirectory);
        string target = Path.Combine(outputDirectory, BatchOutputDirectory.DatabaseName);
        if (File.Exists(target))
        {
            if (!overwrite) return (null, $"{outputDirectory} already holds a batch run; pass --overwrite to replace it");
            BatchOutputDirectory.Delete(outputDirectory);
        }
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var times = new StageTimes();
        using var db = BatchDatabase.Open(target);
        db.SetMeta("signature", shards[0].Signature);
        db.SetMeta("shard", ShardSpec.Whole.ToString());
        db.SetMeta("merged_from", string.Join(" ", shardDirectories));
        long run = db.StartRun("merge " + string.Join(' ', shardDirectories), threads, ShardSpec.Whole.ToString(), clock.Now);
        long copyStart = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var shard in shards) db.ImportItems(shard.Path);
        times.AddWrite(System.Diagnostics.Stopwatch.GetTimestamp() - copyStart);
        long matches = BatchFinisher.Finish(db, pipeline, outputDirectory, threads, times);
        var total = db.Counts();
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(start);
        db.FinishRun(run, "completed", total, elapsed.TotalSeconds, clock.Now);
        return (new BatchSummary
        {
            State = BatchState.Completed, Total = total, SessionItems = total.Items, ResumedItems = 0, Matches = matches,
            Elapsed = elapsed, Stages = times, SkippedWarcRecords = [], IgnoredFiles = 0, FirstFailures = db.FirstFailures(10),
        }, null);
    }
}
