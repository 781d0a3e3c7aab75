using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>The evaluation's bypass of the report detector (`eval extraction --every-report`) reads an article the detector turns away.</summary>
public sealed class EveryArticleIsAReportTests
{
    // Written for this test: an angled headline over a short report, which a detector may read as reaction.
    private static readonly Article Angled = new("angled.txt",
        "Skinner says United belong among the best\n\nManchester United drew 1-1 with Chelsea at Old Trafford on Sunday. " +
        "Ella Toone put United ahead in the 20th minute before Lauren James equalised in the 70th minute.")
    { Title = "Skinner says United belong among the best" };

    [Fact]
    public void The_bypass_reads_every_article_as_a_report()
    {
        var (kind, confidence) = new EveryArticleIsAReport().Detect(new Article("x.txt", "A transfer story with no match in it."));
        Assert.Equal(ReportKind.SingleMatchReport, kind);
        Assert.Equal(1.0, confidence);
    }

    [Fact]
    public void With_the_bypass_the_extractors_read_the_match_whatever_a_detector_says()
    {
        var refusing = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new RefusingDetector() });
        var bypassed = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new EveryArticleIsAReport() });
        Assert.Null(refusing.Extract(Angled).Match);
        var match = bypassed.Extract(Angled).Match;
        Assert.NotNull(match);
        Assert.Equal((1, 1), (match.Result!.Score.First, match.Result.Score.Second));
    }

    private sealed class RefusingDetector : IReportDetector
    {
        public (ReportKind Kind, double Confidence) Detect(Article article) => (ReportKind.Reaction, 0.9);
    }
}
