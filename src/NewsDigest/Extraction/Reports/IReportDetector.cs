using NewsDigest.Ingest;

namespace NewsDigest.Extraction.Reports;

/// <summary>Decides what kind of article this is, with a confidence in [0, 1].</summary>
public interface IReportDetector
{
    (ReportKind Kind, double Confidence) Detect(Article article);
}
