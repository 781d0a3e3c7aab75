using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Pipeline.ReadAsReport: an article the detector turned down, read as a report because the user says it is one.</summary>
public sealed class ReadAsReportTests
{
    // Written for this test: a short report under an angled headline.
    private static readonly Article Angled = new("angled.txt",
        "Skinner says United belong among the best\n\nManchester United drew 1-1 with Chelsea at Old Trafford on Sunday. " +
        "Ella Toone put United ahead in the 20th minute before Lauren James equalised in the 70th minute.")
    { Title = "Skinner says United belong among the best" };

    private static readonly Pipeline Refusing = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new RefusingDetector() });

    [Fact]
    public void A_turned_down_article_becomes_a_report_and_keeps_the_detectors_kind()
    {
        var read = Refusing.ReadAsReport(Refusing.Extract(Angled));

        Assert.True(read.IsMatchReport);
        Assert.Equal(ReportKind.Reaction, read.DetectedKind);
        Assert.Equal(("Manchester United", "Chelsea"), (read.Match!.Teams!.First, read.Match.Teams.Second));
    }

    [Fact]
    public void An_article_naming_no_two_teams_is_set_aside_with_a_note()
    {
        var read = Refusing.ReadAsReport(Refusing.Extract(new Article("transfer.txt", "The club confirmed the signing of a new goalkeeper on a three-year contract.")));

        Assert.False(read.IsMatchReport);
        Assert.Null(read.DetectedKind);
        Assert.Equal("names no two teams playing each other", read.Note);
    }

    [Fact]
    public void A_report_the_detector_accepted_is_left_as_it_is()
    {
        var accepting = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new AcceptingDetector() });
        var report = accepting.Extract(Angled);

        Assert.Same(report, accepting.ReadAsReport(report));
        Assert.Null(report.DetectedKind);
    }

    [Fact]
    public void The_digest_source_carries_the_detectors_kind()
    {
        var digest = Assert.Single(Refusing.Merge([Refusing.ReadAsReport(Refusing.Extract(Angled))]));

        Assert.Equal(ReportKind.Reaction, Assert.Single(digest.Sources).DetectedKind);
    }

    private sealed class RefusingDetector : IReportDetector
    {
        public (ReportKind Kind, double Confidence) Detect(Article article) => (ReportKind.Reaction, 0.9);
    }

    private sealed class AcceptingDetector : IReportDetector
    {
        public (ReportKind Kind, double Confidence) Detect(Article article) => (ReportKind.SingleMatchReport, 0.9);
    }
}
