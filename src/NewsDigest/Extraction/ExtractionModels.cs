using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Reports;
using NewsDigest.Text;

namespace NewsDigest.Extraction;

/// <summary>The trained models extraction may use; a null model means the rules for that job run alone.</summary>
public sealed record ExtractionModels
{
    public static readonly ExtractionModels None = new();

    public IReportDetector? ReportDetector { get; init; }
    public ISentenceClassifier? Sentences { get; init; }
    public INameTagger? Names { get; init; }
    public ISpeakerRanker? Speakers { get; init; }
    public Score.IScoreRanker? Scores { get; init; }
}
