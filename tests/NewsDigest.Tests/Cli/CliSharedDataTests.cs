using System.IO.Compression;
using System.Text.Json;
using NewsDigest.Cli;
using NewsDigest.Tests.Batch;

namespace NewsDigest.Tests.Cli;

/// <summary>The real newsdigest process on real reports from ../shared (read in place, or sampled into a temporary file, never copied into the repository).</summary>
public sealed class CliSharedDataTests
{
    private const int ArchiveSample = 60;

    [SharedDataFact]
    public void Extract_of_the_seed_reports_follows_the_jsonl_contract()
    {
        var seeds = SharedData.PathTo("seeds");

        var run = CliProcess.Run(SharedData.RepositoryRoot, ["extract", "--format", "jsonl", seeds]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var lines = run.StdoutLines.Select(ExtractContract.AssertValid).ToList();
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Length, lines.Count);
        // Only the contract's shape is asserted here (the facts are tested elsewhere), but at least one seed must be read
        // as a match report so that the match object's fields are checked at all.
        Assert.Contains(lines, l => l.GetProperty("isMatchReport").GetBoolean());
    }

    [SharedDataFact]
    public void Every_record_of_an_archive_sample_is_accounted_for()
    {
        using var dir = new TempDirectory();
        var sample = dir.Write("sample.jsonl", string.Join('\n', ReadArchiveLines(ArchiveSample)) + "\n");

        var run = CliProcess.Run(dir.Path, ["extract", "--format", "jsonl", sample]);

        // A run that wrote its output exits 0, bad records or not; each bad record is named on stderr.
        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var written = run.StdoutLines.Select(l => ExtractContract.AssertValid(l).GetProperty("source").GetString()!).ToList();
        var failed = run.StderrLines.Where(l => !l.Contains("not read as a match report") && l.Contains("sample.jsonl")).ToList();
        // Each record is either written or named as a failure: nothing is lost between input and output.
        Assert.Equal(ArchiveSample, written.Count + failed.Count);
        Assert.Equal(written.Count, written.Distinct().Count());
        // Every article that is not a match report is named on stderr with a reason.
        int notReports = run.StdoutLines.Count(l => !JsonDocument.Parse(l).RootElement.GetProperty("isMatchReport").GetBoolean());
        Assert.Equal(notReports, run.StderrLines.Count(l => l.Contains("not read as a match report")));
    }

    private static IEnumerable<string> ReadArchiveLines(int count)
    {
        using var gzip = new GZipStream(File.OpenRead(SharedData.PathTo(Path.Combine("corpus", "football-news-2023-2026.jsonl.gz"))), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var lines = new List<string>(count);
        // Every 50th record: a spread over the archive's outlets and years rather than its first few stories.
        for (int i = 0; lines.Count < count && reader.ReadLine() is { } line; i++)
            if (i % 50 == 0) lines.Add(line);
        return lines;
    }
}
