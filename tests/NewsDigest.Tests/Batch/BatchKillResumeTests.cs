using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsDigest.Tests.Batch;

/// <summary>Kills a real 'newsdigest batch' process with SIGKILL mid-run, resumes it, and checks the result equals a clean run's.</summary>
public sealed class BatchKillResumeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_run_killed_mid_way_resumes_to_the_output_of_a_clean_run()
    {
        string input = _temp.Write("archive.jsonl", SyntheticArchive.Jsonl(100_000, seed: 9, brokenEvery: 97, reportsInTen: 1));
        string output = _temp["killed"];

        using (var victim = StartBatch(input, output, "--threads", "1", "--commit-every", "50"))
        {
            // Wait until a few transactions are committed, then kill without warning. The input is large enough that a
            // single-threaded run takes seconds even on an idle machine (4,000 items once finished before the first poll).
            var waited = Stopwatch.StartNew();
            while (CommittedSeq(output) is not (>= 300) && !victim.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(10);
            Assert.False(victim.HasExited, "the batch finished before it could be killed; the test input is too small for this machine");
            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync();
        }
        Assert.False(File.Exists(Path.Combine(output, "articles.jsonl")), "the killed run must not have reached its end");

        // What was committed is whole: every item up to the resume point, none after, no item half written.
        var (lastSeq, items, maxSeq) = CommittedState(output);
        Assert.InRange(lastSeq, 300, 99_998);
        Assert.Equal(lastSeq + 1, items);
        Assert.Equal(lastSeq, maxSeq);

        using (var resumed = StartBatch(input, output, "--resume", "--threads", "2"))
        {
            string stdout = await resumed.StandardOutput.ReadToEndAsync();
            await resumed.WaitForExitAsync();
            Assert.True(resumed.ExitCode == 0, $"exit code {resumed.ExitCode} (0: done, the bad records named): {stdout}{await resumed.StandardError.ReadToEndAsync()}");
            Assert.Contains($"already done by an earlier session: {lastSeq + 1:N0} items", stdout);
        }

        // The clean run is a process too, so that both use the command's own pipeline (with its trained models).
        using (var clean = StartBatch(input, _temp["clean"], "--threads", "2"))
        {
            string stdout = await clean.StandardOutput.ReadToEndAsync();
            await clean.WaitForExitAsync();
            Assert.True(clean.ExitCode == 0, $"exit code {clean.ExitCode}: {stdout}");
        }
        BatchOutput.AssertSame(_temp["clean"], output);
    }

    private static Process StartBatch(string input, string output, params string[] options)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "newsdigest.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "batch", input, "--out", output, "--progress", "none" }.Concat(options)) start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }

    private static long? CommittedSeq(string output)
    {
        string db = Path.Combine(output, "newsdigest.db");
        if (!File.Exists(db)) return null;
        try
        {
            using var connection = Open(db);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT last_seq FROM progress WHERE id = 1";
            return command.ExecuteScalar() as long?;
        }
        catch (SqliteException)
        {
            // The run is creating its schema at this moment; look again shortly.
            return null;
        }
    }

    private static (long LastSeq, long Items, long MaxSeq) CommittedState(string output)
    {
        using var connection = Open(Path.Combine(output, "newsdigest.db"));
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT last_seq FROM progress WHERE id = 1),
                   (SELECT COUNT(*) FROM (SELECT seq FROM articles UNION SELECT seq FROM failures)),
                   (SELECT MAX(seq) FROM (SELECT seq FROM articles UNION ALL SELECT seq FROM failures))
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
