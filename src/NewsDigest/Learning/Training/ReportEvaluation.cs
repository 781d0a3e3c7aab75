using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Metrics;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>Scores a report detector on labelled articles: the full kind confusion, and the yes/no question that matters for extraction (single-match report or not).</summary>
public sealed record ReportScores(ConfusionMatrix Kinds, ConfusionMatrix SingleMatch)
{
    public static ReportScores Of(IReportDetector detector, IReadOnlyList<ReportExample> examples)
    {
        var kinds = new ConfusionMatrix(Enum.GetNames<ReportKind>());
        var single = new ConfusionMatrix(["notReport", "singleMatchReport"]);
        foreach (var example in examples)
        {
            var (kind, _) = detector.Detect(example.Article);
            kinds.Add((int)example.Kind, (int)kind);
            single.Add(example.Kind == ReportKind.SingleMatchReport ? 1 : 0, kind == ReportKind.SingleMatchReport ? 1 : 0);
        }
        return new ReportScores(kinds, single);
    }
}
