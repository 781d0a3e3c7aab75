using System.Text;
using Microsoft.Data.Sqlite;
using NewsDigest.Batch;
using NewsDigest.Hosting;
using NewsDigest.Rendering.Tables;
using NewsDigest.Tests.Warc;

namespace NewsDigest.Tests.Batch;

public sealed class BatchRunnerTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string[] _inputs;

    public BatchRunnerTests()
    {
        var jsonl = _temp.Write("in/dump.jsonl", SyntheticArchive.Jsonl(120, seed: 3, brokenEvery: 10));
        var warc = new WarcBuilder().Warcinfo()
            .Request("https://news.example/w1")
            .Response("https://news.example/w1", Encoding.UTF8.GetBytes(SyntheticArchive.Html(1)), "Content-Type: text/html; charset=utf-8")
            .Response("https://news.example/w2", WarcBuilder.Gzip(Encoding.UTF8.GetBytes(SyntheticArchive.Html(2))), "Content-Type: text/html", "Content-Encoding: gzip")
            .ResponseWithStatus("https://news.example/w3", "HTTP/1.1 404 Not Found", Encoding.UTF8.GetBytes("<p>no</p>"), "Content-Type: text/html")
            .GzipPerRecord();
        var warcPath = _temp.Write("in/crawl.warc.gz", warc);
        for (int i = 0; i < 3; i++) _temp.Write($"in/pages/p{i}.html", SyntheticArchive.Html(10 + i));
        _temp.Write("in/pages/deeper/note.txt", "Ashgrove 1-1 Blackwater\n\nOkafor scored a goal late in the match to earn a draw.");
        _temp.Write("in/pages/deeper/empty.txt", "   ");
        _temp.Write("in/pages/logo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        _inputs = [jsonl, warcPath, _temp["in/pages"], _temp["in/missing.jsonl"]];
    }

    public void Dispose() => _temp.Dispose();

    private static BatchRunner Runner() => new(DefaultPipeline.Create(), LocalFileSystem.Instance, SystemClock.Instance);

    private BatchSummary Run(string output, int threads = 2, bool resume = false, ShardSpec? shard = null, string[]? inputs = null, IBatchProgress? progress = null,
        CancellationToken cancellationToken = default, int commitEvery = 2000, long maxBytesInFlight = 256L << 20, long maxKeptReportChars = 32L << 20)
    {
        var options = new BatchOptions
        {
            Inputs = inputs ?? _inputs, OutputDirectory = output, Threads = threads, Resume = resume, Shard = shard ?? ShardSpec.Whole, CommitEvery = commitEvery,
            ProgressEvery = TimeSpan.Zero, MaxBytesInFlight = maxBytesInFlight, MaxKeptReportChars = maxKeptReportChars,
        };
        var (summary, error) = Runner().RunAsync(options, progress ?? SilentProgress.Instance, cancellationToken).GetAwaiter().GetResult();
        Assert.True(summary is not null, error);
        return summary!;
    }

    [Fact]
    public void Every_input_ends_in_exactly_one_state_and_failures_are_listed()
    {
        var summary = Run(_temp["out"]);
        // 120 JSONL lines (12 broken), 3 WARC responses (one a 404), 3 pages and 2 text files, 1 missing input.
        Assert.Equal(BatchState.Completed, summary.State);
        Assert.Equal(120 + 3 + 5 + 1, summary.Total.Items);
        Assert.Equal(12 + 1 + 1 + 1, summary.Total.Failures);
        Assert.Equal(summary.Total.Items, summary.Total.MatchReports + summary.Total.NotReports + summary.Total.Failures);
        Assert.True(summary.Total.MatchReports > 40, $"only {summary.Total.MatchReports} match reports");
        Assert.Equal(summary.Total.Articles, BatchOutput.Lines(_temp["out"], "articles.jsonl"));
        var failures = File.ReadAllLines(_temp["out/failures.csv"]);
        Assert.Equal(1 + summary.Total.Failures, failures.Length);
        Assert.Contains(failures, f => f.Contains("line 10 of") && f.Contains("dump.jsonl"));
        Assert.Contains(failures, f => f.Contains("HTTP 404"));
        Assert.Contains(failures, f => f.Contains("missing.jsonl") && f.Contains("does not exist"));
        Assert.Contains(failures, f => f.Contains("empty.txt") && f.Contains("empty"));
        Assert.Equal([("request", 1L), ("warcinfo", 1L)], summary.SkippedWarcRecords);
        Assert.Equal(1, summary.IgnoredFiles);
        Assert.True(summary.Matches > 0);
        Assert.Equal(summary.Matches + 1, BatchOutput.Lines(_temp["out"], "matches.csv"));
    }

    [Fact]
    public void The_output_is_the_same_whatever_the_thread_count()
    {
        Run(_temp["one"], threads: 1);
        Run(_temp["four"], threads: 4);
        BatchOutput.AssertSame(_temp["one"], _temp["four"]);
        // A byte budget smaller than any item lets one item through at a time: slower, same result.
        Run(_temp["narrow"], threads: 4, maxBytesInFlight: 1);
        BatchOutput.AssertSame(_temp["one"], _temp["narrow"]);
    }

    [Fact]
    public void The_merge_by_team_pair_gives_what_one_merge_of_all_reports_and_attachable_pieces_gives()
    {
        Run(_temp["out"]);
        var pipeline = DefaultPipeline.Create();
        string[] expected;
        using (var db = BatchDatabase.Open(_temp["out/newsdigest.db"]))
            expected = pipeline.Merge(db.StoredArticles().Select(a => pipeline.ReadNonReport(pipeline.Extract(a.Article))).ToArray()).Select(MatchRows.JsonLine).ToArray();
        Assert.True(expected.Length > 5);
        Assert.Equal(expected, File.ReadAllLines(_temp["out/matches.jsonl"]));
    }

    [Fact]
    public void A_reaction_piece_joins_its_match_in_the_batch_digests_kept_or_read_back()
    {
        static string Line(string id, string title, string date, string text) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id, ["title"] = title, ["date"] = date, ["domain"] = "news.example", ["language"] = "English", ["text"] = text,
        });
        var input = _temp.Write("attach/in.jsonl", string.Join('\n',
            Line("report", "Everton 2-1 Fulham", "20240310T200000Z", "Everton 2-1 Fulham\nOkafor scored the winning goal after 80 minutes of the match at home.\nThe striker was booked before half-time."),
            Line("other", "Everton 0-0 Brentford", "20240303T200000Z", "Everton 0-0 Brentford\nNo goal in the match at home, and no penalty either."),
            Line("reaction", "Fulham boss reacts after Everton trip", "20240311T090000Z",
                "Fulham boss reacts after Everton trip\nThe Fulham manager spoke about the late goal, the penalty and the match on Monday.\n\"We were unlucky today,\" said Sam Reyes.")) + "\n");
        foreach (var (name, kept) in new[] { ("attach/kept", 32L << 20), ("attach/readback", 0L) })
        {
            Run(_temp[name], inputs: [input], maxKeptReportChars: kept);
            using var connection = new SqliteConnection($"Data Source={_temp[name + "/newsdigest.db"]};Pooling=False");
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT m.first_team, s.role FROM sources s JOIN matches m ON m.id = s.match_id WHERE s.source LIKE '%#reaction'";
            using var reader = query.ExecuteReader();
            Assert.True(reader.Read(), $"{name}: the reaction joined no match");
            Assert.Equal("Reaction", reader.GetString(1));
        }
        BatchOutput.AssertSame(_temp["attach/kept"], _temp["attach/readback"]);
        Assert.Contains("\"role\":\"reaction\"", File.ReadAllText(_temp["attach/kept/matches.jsonl"]));
    }

    [Fact]
    public void A_match_known_only_from_a_preview_and_a_reaction_gets_its_own_digest_kept_or_read_back()
    {
        static string Line(string id, string title, string date, string text) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = id, ["title"] = title, ["date"] = date, ["domain"] = "news.example", ["language"] = "English", ["text"] = text,
        });
        var input = _temp.Write("reportless/in.jsonl", string.Join('\n',
            Line("report", "Everton 0-0 Brentford", "20240303T200000Z", "Everton 0-0 Brentford\nNo goal in the match at home, and no penalty either."),
            Line("preview", "Everton v Fulham: team news and predicted line-ups", "20240308T090000Z",
                "Everton v Fulham: team news and predicted line-ups\nEverton host Fulham on Sunday. The Everton manager said his squad is ready for the match.\n\"We have worked hard this week,\" said Jo Banks."),
            Line("reaction", "Fulham boss reacts after Everton defeat", "20240311T090000Z",
                "Fulham boss reacts after Everton defeat\nThe Fulham manager spoke about the late goal, the penalty and the match on Monday.\n\"We were unlucky today,\" said Sam Reyes.")) + "\n");
        foreach (var (name, kept) in new[] { ("reportless/kept", 32L << 20), ("reportless/readback", 0L) })
        {
            Run(_temp[name], inputs: [input], maxKeptReportChars: kept);
            using var connection = new SqliteConnection($"Data Source={_temp[name + "/newsdigest.db"]};Pooling=False");
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT group_concat(s.role) FROM sources s WHERE s.source LIKE '%#preview' OR s.source LIKE '%#reaction' GROUP BY s.match_id";
            using var reader = query.ExecuteReader();
            Assert.True(reader.Read(), $"{name}: the preview and the reaction made no match");
            // The detector decides the preview's kind (it may call it another kind, then it is a related piece); the reaction is what makes it a match.
            var roles = reader.GetString(0).Split(',');
            Assert.Equal(2, roles.Length);
            Assert.Equal("Reaction", roles[1]);
            Assert.False(reader.Read(), $"{name}: the preview and the reaction are in two matches");
        }
        BatchOutput.AssertSame(_temp["reportless/kept"], _temp["reportless/readback"]);
        Assert.Contains("\"hasReport\":false", File.ReadAllText(_temp["reportless/kept/matches.jsonl"]));
    }

    [Fact]
    public void Reports_kept_in_memory_and_reports_read_back_give_the_same_output()
    {
        Run(_temp["kept"]);
        Run(_temp["readback"], maxKeptReportChars: 0);
        BatchOutput.AssertSame(_temp["kept"], _temp["readback"]);
    }

    [Fact]
    public void The_database_holds_every_article_failure_and_fact_with_its_run()
    {
        var summary = Run(_temp["out"]);
        using var connection = new SqliteConnection($"Data Source={_temp["out/newsdigest.db"]};Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        }
        Assert.Equal(summary.Total.Articles, Scalar("SELECT COUNT(*) FROM articles"));
        Assert.Equal(summary.Total.MatchReports, Scalar("SELECT COUNT(*) FROM reports"));
        Assert.Equal(summary.Total.Failures, Scalar("SELECT COUNT(*) FROM failures"));
        Assert.Equal(summary.Matches, Scalar("SELECT COUNT(*) FROM matches"));
        Assert.Equal(summary.Total.MatchReports, Scalar("SELECT COUNT(*) FROM sources"));
        Assert.Equal(1, Scalar("SELECT COUNT(*) FROM runs WHERE state = 'completed'"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM articles WHERE is_match_report = 0 AND text IS NOT NULL"));
    }

    [Fact]
    public async Task An_earlier_run_is_kept_unless_resume_or_overwrite_is_asked()
    {
        Run(_temp["out"]);
        var options = new BatchOptions { Inputs = _inputs, OutputDirectory = _temp["out"] };
        var (summary, error) = await Runner().RunAsync(options, SilentProgress.Instance);
        Assert.Null(summary);
        Assert.Contains("--resume", error);
        var (again, _) = await Runner().RunAsync(options with { Overwrite = true }, SilentProgress.Instance);
        Assert.NotNull(again);
        Assert.Equal(0, again!.ResumedItems);
    }

    [Fact]
    public void Resume_after_an_interruption_gives_the_output_of_an_uninterrupted_run()
    {
        Run(_temp["clean"]);
        using var stop = new CancellationTokenSource();
        var interrupted = Run(_temp["cut"], threads: 2, commitEvery: 7, progress: new StopAfter(40, stop), cancellationToken: stop.Token);
        Assert.Equal(BatchState.Interrupted, interrupted.State);
        Assert.False(File.Exists(_temp["cut/articles.jsonl"]), "an interrupted run writes no files, only committed rows");
        Assert.InRange(interrupted.Total.Items, 40, 128);
        var resumed = Run(_temp["cut"], resume: true);
        Assert.Equal(BatchState.Completed, resumed.State);
        Assert.Equal(interrupted.Total.Items, resumed.ResumedItems);
        Assert.Equal(129, resumed.Total.Items);
        BatchOutput.AssertSame(_temp["clean"], _temp["cut"]);
    }

    [Fact]
    public async Task Resume_refuses_inputs_that_changed()
    {
        using var stop = new CancellationTokenSource();
        Run(_temp["cut"], commitEvery: 5, progress: new StopAfter(20, stop), cancellationToken: stop.Token);
        var options = new BatchOptions { Inputs = _inputs.Take(2).ToArray(), OutputDirectory = _temp["cut"], Resume = true };
        var (summary, error) = await Runner().RunAsync(options, SilentProgress.Instance);
        Assert.Null(summary);
        Assert.Contains("other inputs", error);
    }

    [Fact]
    public async Task Resume_refuses_a_file_whose_content_changed_under_the_same_name()
    {
        using var stop = new CancellationTokenSource();
        Run(_temp["cut"], commitEvery: 5, progress: new StopAfter(20, stop), cancellationToken: stop.Token);
        File.WriteAllText(_inputs[0], SyntheticArchive.Jsonl(120, seed: 3, idPrefix: "other"));
        var options = new BatchOptions { Inputs = _inputs, OutputDirectory = _temp["cut"], Resume = true };
        var (summary, error) = await Runner().RunAsync(options, SilentProgress.Instance);
        Assert.Null(summary);
        Assert.Contains("the inputs changed", error);
    }

    [Fact]
    public void Shards_split_the_items_and_merge_into_the_result_of_one_run()
    {
        Run(_temp["single"]);
        var shards = Enumerable.Range(1, 3).Select(i => _temp[$"shard{i}"]).ToArray();
        var counts = shards.Select((dir, i) => Run(dir, shard: new ShardSpec(i + 1, 3)).Total.Items).ToArray();
        Assert.Equal(129, counts.Sum());
        Assert.All(counts, c => Assert.InRange(c, 1, 128));
        var (merged, error) = new ShardMerger(DefaultPipeline.Create(), SystemClock.Instance).Merge(shards, _temp["merged"], 2, overwrite: false);
        Assert.True(merged is not null, error);
        Assert.Equal(129, merged!.Total.Items);
        BatchOutput.AssertSame(_temp["single"], _temp["merged"]);
    }

    [Fact]
    public void A_merge_with_a_shard_missing_is_refused()
    {
        Run(_temp["shard1"], shard: new ShardSpec(1, 2));
        var (merged, error) = new ShardMerger(DefaultPipeline.Create(), SystemClock.Instance).Merge([_temp["shard1"]], _temp["merged"], 2, overwrite: false);
        Assert.Null(merged);
        Assert.Contains("2/2 missing", error);
    }

    [Fact]
    public async Task Directory_globs_choose_the_files()
    {
        var options = new BatchOptions { Inputs = [_temp["in/pages"]], OutputDirectory = _temp["out"], Include = ["**/*.html", "deeper/*.txt"], Exclude = ["p1.*"] };
        var (summary, _) = await Runner().RunAsync(options, SilentProgress.Instance);
        var sources = File.ReadAllLines(_temp["out/articles.jsonl"]).Concat(File.ReadAllLines(_temp["out/failures.csv"]).Skip(1)).ToArray();
        Assert.Equal(4, summary!.Total.Items);
        Assert.DoesNotContain(sources, s => s.Contains("p1.html"));
        Assert.Contains(sources, s => s.Contains("note.txt"));
    }

    /// <summary>Cancels the run once the writer has reported a number of items.</summary>
    private sealed class StopAfter(long items, CancellationTokenSource stop) : IBatchProgress
    {
        public void Report(BatchProgress progress)
        {
            if (progress.Items >= items) stop.Cancel();
        }
    }
}
