using System.Diagnostics;
using System.Threading.Channels;
using NewsDigest.Extraction;
using NewsDigest.Hosting;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Warc;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>
/// Runs a batch: one reader splits the inputs into items, N workers parse and extract them, one writer puts the outcomes into the
/// database in input order, committing every few thousand items together with the last item's place, which is what --resume continues from.
/// A window of items in flight bounds memory whatever the input size; input order makes the output the same whatever the thread count.
/// </summary>
public sealed class BatchRunner(Pipeline pipeline, IFileSystem files, IClock clock)
{
    /// <summary>Runs the whole batch; an error (output directory refused, inputs changed under --resume) comes back as a message.</summary>
    public async Task<(BatchSummary? Summary, string? Error)> RunAsync(BatchOptions options, IBatchProgress progress, CancellationToken cancellationToken = default)
    {
        var (database, error) = BatchOutputDirectory.Open(options);
        if (database is null) return (null, error);
        using (database)
        {
            return await RunAsync(database, options, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(BatchSummary?, string?)> RunAsync(BatchDatabase db, BatchOptions options, IBatchProgress progress, CancellationToken cancellationToken)
    {
        var clock0 = Stopwatch.GetTimestamp();
        var times = new StageTimes();
        var warcSkipped = new WarcSkipCounts();
        var inputs = new BatchInputs(files, options, warcSkipped, new ReadMeter());
        inputs.Meter.TotalBytes = inputs.TotalBytes();
        int threads = Math.Max(1, options.Threads);
        var resumeFrom = db.Progress();
        long run = db.StartRun("batch " + string.Join(' ', options.Inputs), threads, options.Shard.ToString(), clock.Now);

        var items = Channel.CreateBounded<(long Order, BatchItem Item)>(new BoundedChannelOptions(threads * 64) { SingleWriter = true });
        var outcomes = Channel.CreateUnbounded<ItemOutcome>(new UnboundedChannelOptions { SingleReader = true });
        // Items between the reader and the writer; the writer must wait for the oldest, so this caps what waits behind a slow item.
        var window = new SemaphoreSlim(threads * 256);
        var budget = new ByteBudget(options.MaxBytesInFlight);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var counters = new SessionCounters();
        // This session's match reports, kept (up to a memory cap) for the final merge so that it need not extract them again.
        var sessionReports = new KeptReports(options.MaxKeptReportChars);

        var reader = Task.Run(() => Read(inputs, options, resumeFrom, items.Writer, window, budget, counters, times, stop.Token), CancellationToken.None);
        var workers = Enumerable.Range(0, threads)
            .Select(_ => Task.Run(() => Work(items.Reader, outcomes.Writer, options.ReadAsReports, times, stop.Token), CancellationToken.None)).ToArray();
        var allWorkers = Task.WhenAll(workers).ContinueWith(t => outcomes.Writer.TryComplete(t.Exception), TaskScheduler.Default);
        var writer = Task.Run(() => Write(db, options, outcomes.Reader, window, budget, counters, sessionReports, times, progress, inputs.Meter, clock0, stop.Token), CancellationToken.None);
        // A writer that fails (disk full) must stop the others, or the reader would wait for window space for ever.
        _ = writer.ContinueWith(_ => stop.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

        string? readError = null;
        try
        {
            readError = await reader.ConfigureAwait(false);
            if (readError is not null) stop.Cancel();
        }
        catch (OperationCanceledException) { }
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) { }
        await allWorkers.ConfigureAwait(false);
        await writer.ConfigureAwait(false);

        bool interrupted = stop.IsCancellationRequested;
        long matches = 0;
        if (!interrupted) matches = BatchFinisher.Finish(db, pipeline, options.OutputDirectory, threads, times, sessionReports.Reports, cancellationToken);
        var total = db.Counts();
        var elapsed = Stopwatch.GetElapsedTime(clock0);
        db.FinishRun(run, interrupted ? "interrupted" : "completed", total, elapsed.TotalSeconds, clock.Now);
        if (readError is not null) return (null, readError);
        progress.Report(counters.Snapshot(inputs.Meter, elapsed));
        return (new BatchSummary
        {
            State = interrupted ? BatchState.Interrupted : BatchState.Completed,
            Total = total,
            SessionItems = counters.Items,
            ResumedItems = counters.Resumed,
            Matches = matches,
            Elapsed = elapsed,
            Stages = times,
            SkippedWarcRecords = warcSkipped.ByType(),
            IgnoredFiles = inputs.IgnoredFiles,
            FirstFailures = db.FirstFailures(10),
        }, null);
    }

    /// <summary>The reader: splits inputs into items, keeps this shard's, skips what an earlier session committed. Returns an error when resuming does not fit the inputs.</summary>
    private static async Task<string?> Read(BatchInputs inputs, BatchOptions options, (long Seq, string Source)? resumeFrom, ChannelWriter<(long Order, BatchItem Item)> items,
        SemaphoreSlim window, ByteBudget budget, SessionCounters counters, StageTimes times, CancellationToken cancellationToken)
    {
        long order = 0;
        bool resumePointSeen = resumeFrom is null;
        try
        {
            using var enumerator = inputs.Enumerate(cancellationToken).GetEnumerator();
            while (true)
            {
                long start = Stopwatch.GetTimestamp();
                bool more = enumerator.MoveNext();
                times.AddRead(Stopwatch.GetTimestamp() - start);
                if (!more) break;
                var item = enumerator.Current;
                if (!options.Shard.Contains(item.Source)) continue;
                if (resumeFrom is { } done && item.Seq <= done.Seq)
                {
                    if (item.Seq == done.Seq)
                    {
                        if (item.Source != done.Source)
                            return $"cannot resume: item {item.Seq} was {done.Source} in the interrupted run and is {item.Source} now; the inputs changed (pass --overwrite to start again)";
                        resumePointSeen = true;
                    }
                    counters.AddResumed();
                    continue;
                }
                if (options.Limit is { } limit && counters.Resumed + order >= limit) break;
                await window.WaitAsync(cancellationToken).ConfigureAwait(false);
                await budget.WaitAsync(item.Bytes, cancellationToken).ConfigureAwait(false);
                await items.WriteAsync((order++, item), cancellationToken).ConfigureAwait(false);
            }
            if (!resumePointSeen)
                return $"cannot resume: the interrupted run had reached {resumeFrom!.Value.Source}, which the inputs no longer hold (pass --overwrite to start again)";
            return null;
        }
        finally
        {
            items.TryComplete();
        }
    }

    /// <summary>A worker: parses items and extracts their articles; an exception from extraction is a bug, but it costs one article, not the run.</summary>
    private async Task Work(ChannelReader<(long Order, BatchItem Item)> items, ChannelWriter<ItemOutcome> outcomes, bool readAsReports, StageTimes times, CancellationToken cancellationToken)
    {
        await foreach (var (order, item) in items.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            long start = Stopwatch.GetTimestamp();
            IReadOnlyList<IngestResult> results;
            try
            {
                results = item.Parse();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results = [IngestResult.Failed(item.Source, FailureKind.Unreadable, $"could not be read: internal error ({e.GetType().Name}: {e.Message}); please report it")];
            }
            long parsed = Stopwatch.GetTimestamp();
            times.AddParse(parsed - start);
            var entries = new OutcomeEntry[results.Count];
            for (int i = 0; i < results.Count; i++) entries[i] = Extract(results[i], readAsReports);
            times.AddExtract(Stopwatch.GetTimestamp() - parsed);
            outcomes.TryWrite(new ItemOutcome(order, item.Seq, item.Source, item.Bytes, entries));
        }
    }

    private OutcomeEntry Extract(IngestResult result, bool readAsReports)
    {
        if (result.Article is not { } article) return new OutcomeEntry { Failure = result.Failure };
        try
        {
            var report = pipeline.Extract(article);
            if (readAsReports) report = pipeline.ReadAsReport(report);
            // The article's line says what extraction made of it; a non-report is then read for the teams and quotes that let the final merge attach it to its match.
            var json = ArticleReportJsonWriter.ToJsonLine(report);
            return new OutcomeEntry { Report = report.IsMatchReport ? report : pipeline.ReadNonReport(report), Json = json };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new OutcomeEntry { Failure = new IngestFailure(article.Source, FailureKind.UnsupportedContent, $"extraction failed with an internal error ({e.GetType().Name}: {e.Message}); please report it") };
        }
    }

    /// <summary>The writer: takes outcomes in input order, writes them, and commits every few thousand items with the resume point.</summary>
    private static async Task Write(BatchDatabase db, BatchOptions options, ChannelReader<ItemOutcome> outcomes, SemaphoreSlim window, ByteBudget budget, SessionCounters counters,
        KeptReports sessionReports, StageTimes times, IBatchProgress progress, ReadMeter meter, long clock0, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<long, ItemOutcome>();
        long next = 0, sinceCommit = 0;
        ItemOutcome? lastWritten = null;
        long lastReport = 0, lastCommit = Stopwatch.GetTimestamp();
        void CommitNow()
        {
            if (lastWritten is null || sinceCommit == 0) return;
            long start = Stopwatch.GetTimestamp();
            db.SetProgress(lastWritten.Seq, lastWritten.Source);
            db.Commit();
            times.AddWrite(Stopwatch.GetTimestamp() - start);
            sinceCommit = 0;
            lastCommit = Stopwatch.GetTimestamp();
        }
        try
        {
            // Not cancelled by the token: after Ctrl+C the writer still commits every whole item that reached it in order.
            await foreach (var outcome in outcomes.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                pending[outcome.Order] = outcome;
                while (pending.Remove(next, out var ready))
                {
                    long start = Stopwatch.GetTimestamp();
                    db.BeginTransaction();
                    WriteOutcome(db, ready, counters, sessionReports);
                    times.AddWrite(Stopwatch.GetTimestamp() - start);
                    lastWritten = ready;
                    next++;
                    sinceCommit++;
                    window.Release();
                    budget.Release(ready.Bytes);
                    if (sinceCommit >= options.CommitEvery || Stopwatch.GetElapsedTime(lastCommit).TotalSeconds >= 2) CommitNow();
                    if (Stopwatch.GetElapsedTime(lastReport) >= options.ProgressEvery)
                    {
                        progress.Report(counters.Snapshot(meter, Stopwatch.GetElapsedTime(clock0)));
                        lastReport = Stopwatch.GetTimestamp();
                    }
                }
                if (cancellationToken.IsCancellationRequested && pending.Count == 0) break;
            }
        }
        finally
        {
            CommitNow();
        }
    }

    private static void WriteOutcome(BatchDatabase db, ItemOutcome outcome, SessionCounters counters, KeptReports sessionReports)
    {
        for (int sub = 0; sub < outcome.Entries.Count; sub++)
        {
            var entry = outcome.Entries[sub];
            if (entry.Report is { } report)
            {
                db.WriteArticle(outcome.Seq, sub, report, entry.Json!);
                counters.AddArticle(report.IsMatchReport);
                if (report.IsMatchReport || BatchDatabase.IsAttachable(report)) sessionReports.TryKeep(outcome.Seq, sub, report);
            }
            else
            {
                db.WriteFailure(outcome.Seq, sub, entry.Failure!);
                counters.AddFailure();
            }
        }
        counters.AddItem();
    }
}
