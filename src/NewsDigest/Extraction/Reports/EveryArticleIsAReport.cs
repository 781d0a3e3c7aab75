using NewsDigest.Ingest;

namespace NewsDigest.Extraction.Reports;

/// <summary>
/// A detector that reads every article as a single match's report. For evaluation only: scoring the extractors on gold
/// reports with it separates what they miss from what the report detector turns away (`eval extraction --every-report`).
/// </summary>
public sealed class EveryArticleIsAReport : IReportDetector
{
    public (ReportKind Kind, double Confidence) Detect(Article article) => (ReportKind.SingleMatchReport, 1.0);
}
