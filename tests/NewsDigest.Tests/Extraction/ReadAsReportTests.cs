using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using static NewsDigest.Tests.ExtractionTests.TurnedDownArticles;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Pipeline.ReadAsReport: an article the detector turned down, read as a report because the user says it is one.</summary>
public sealed class ReadAsReportTests
{
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
        var report = Accepting.Extract(Angled);

        Assert.Same(report, Accepting.ReadAsReport(report));
        Assert.Null(report.DetectedKind);
    }

    [Fact]
    public void The_digest_source_carries_the_detectors_kind()
    {
        var digest = Assert.Single(Refusing.Merge([Refusing.ReadAsReport(Refusing.Extract(Angled))]));

        Assert.Equal(ReportKind.Reaction, Assert.Single(digest.Sources).DetectedKind);
    }
}
