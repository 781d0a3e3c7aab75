using NewsDigest.Batch;
using NewsDigest.Hosting;
using NewsDigest.Rendering.Tables;
using NewsDigest.Tests.Cli;

namespace NewsDigest.Tests.Batch;

/// <summary>`batch --as-reports`: an archive known to hold reports only is read as reports, whatever the detector says; the final merge reads them so again.</summary>
public sealed class BatchAsReportsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private BatchSummary Run(string output, bool asReports, long maxKeptReportChars = 32L << 20)
    {
        _temp.Write("in/preview.txt", AsReportsTests.Preview);
        _temp.Write("in/library.txt", InputFiles.NotAReport);
        var options = new BatchOptions { Inputs = [_temp["in"]], OutputDirectory = output, Threads = 2, ProgressEvery = TimeSpan.Zero, ReadAsReports = asReports, MaxKeptReportChars = maxKeptReportChars };
        var (summary, error) = new BatchRunner(DefaultPipeline.Create(), LocalFileSystem.Instance, SystemClock.Instance)
            .RunAsync(options, SilentProgress.Instance).GetAwaiter().GetResult();
        Assert.True(summary is not null, error);
        return summary!;
    }

    [Fact]
    public void Without_the_option_the_detectors_refusal_stands()
    {
        var summary = Run(_temp["plain"], asReports: false);

        Assert.Equal(0, summary.Total.MatchReports);
        Assert.Equal(0, summary.Total.OverDetector);
        Assert.Equal(0, BatchOutput.Lines(_temp["plain"], "matches.jsonl"));
    }

    [Fact]
    public void With_the_option_an_article_naming_two_teams_is_a_report_and_makes_a_match_keeping_the_detectors_kind()
    {
        var summary = Run(_temp["forced"], asReports: true);

        Assert.Equal(1, summary.Total.MatchReports);
        Assert.Equal(1, summary.Total.OverDetector);
        Assert.Equal(1, BatchOutput.Lines(_temp["forced"], "matches.jsonl"));
        var articles = File.ReadAllLines(_temp["forced/articles.jsonl"]);
        Assert.Contains(articles, l => l.Contains("preview.txt") && l.Contains("\"detectedKind\"") && l.Contains("\"isMatchReport\":true"));
        Assert.Contains(articles, l => l.Contains("library.txt") && l.Contains("names no two teams"));
    }

    [Fact]
    public void The_database_keeps_the_detectors_kind_beside_the_kind_taken_at_the_users_word()
    {
        Run(_temp["db"], asReports: true);

        using var db = BatchDatabase.Open(Path.Combine(_temp["db"], BatchOutputDirectory.DatabaseName));
        var rows = db.Query("SELECT source, kind, detected_kind FROM articles ORDER BY seq, sub")
            .Select(r => (Source: r.GetString(0), Kind: r.GetString(1), Detected: r.IsDBNull(2) ? null : r.GetString(2))).ToList();
        var preview = Assert.Single(rows, r => r.Source.EndsWith("preview.txt", StringComparison.Ordinal));
        Assert.Equal("SingleMatchReport", preview.Kind);
        Assert.NotNull(preview.Detected);
        Assert.NotEqual("SingleMatchReport", preview.Detected);
        Assert.Null(Assert.Single(rows, r => r.Source.EndsWith("library.txt", StringComparison.Ordinal)).Detected);
    }

    [Fact]
    public void The_final_merge_reads_a_report_taken_at_the_users_word_as_a_report_again_when_it_was_not_kept_in_memory()
    {
        var summary = Run(_temp["reread"], asReports: true, maxKeptReportChars: 0);

        Assert.Equal(1, summary.Total.MatchReports);
        Assert.Equal(1, BatchOutput.Lines(_temp["reread"], "matches.jsonl"));
    }

    [Fact]
    public void The_option_is_part_of_the_run_signature_and_absent_from_it_when_off()
    {
        var plain = new BatchOptions { Inputs = ["a.jsonl"], OutputDirectory = "out" };

        Assert.DoesNotContain("as-reports", plain.Signature());
        Assert.NotEqual(plain.Signature(), (plain with { ReadAsReports = true }).Signature());
    }
}
