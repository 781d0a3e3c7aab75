using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>What the tests of turned-down articles share: a short report under an angled headline, and pipelines whose detector refuses or accepts everything.</summary>
internal static class TurnedDownArticles
{
    // Written for these tests: an angled headline over a short report, which a detector may read as reaction.
    public static readonly Article Angled = new("angled.txt",
        "Skinner says United belong among the best\n\nManchester United drew 1-1 with Chelsea at Old Trafford on Sunday. " +
        "Ella Toone put United ahead in the 20th minute before Lauren James equalised in the 70th minute.")
    { Title = "Skinner says United belong among the best" };

    /// <summary>A pipeline whose detector reads every article as a reaction piece.</summary>
    public static readonly Pipeline Refusing = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new FixedDetector(ReportKind.Reaction) });

    /// <summary>A pipeline whose detector reads every article as a single match's report.</summary>
    public static readonly Pipeline Accepting = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new FixedDetector(ReportKind.SingleMatchReport) });

    internal sealed class FixedDetector(ReportKind kind) : IReportDetector
    {
        public (ReportKind Kind, double Confidence) Detect(Article article) => (kind, 0.9);
    }
}
