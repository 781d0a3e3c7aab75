using NewsDigest.Extraction.Reports;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Fits the report classifier's decision threshold on the single-match probability: the value on a fixed grid
/// that makes the most held-out yes/no decisions right. Several values tie on a small set; the lowest of them is
/// taken, favouring recall of reports: a missed report loses a match's digest, while the facts of an extra article
/// are still cross-checked against the other sources by the merging layer.
/// </summary>
public static class SingleMatchThresholdFitter
{
    public const double GridStep = 0.01;

    public static double Fit(ModelReportDetector model, IReadOnlyList<ReportExample> heldOut)
    {
        var probabilities = new double[heldOut.Count];
        var isReport = new bool[heldOut.Count];
        for (int i = 0; i < heldOut.Count; i++)
        {
            probabilities[i] = model.SingleMatchProbability(heldOut[i].Article);
            isReport[i] = heldOut[i].Kind == ReportKind.SingleMatchReport;
        }
        int bestCorrect = -1;
        var best = new List<double>();
        for (int k = 5; k <= 95; k++)
        {
            double threshold = k * GridStep;
            int correct = 0;
            for (int i = 0; i < probabilities.Length; i++)
                if ((probabilities[i] >= threshold) == isReport[i]) correct++;
            if (correct > bestCorrect) { bestCorrect = correct; best.Clear(); }
            if (correct == bestCorrect) best.Add(threshold);
        }
        return Math.Round(best[0], 2);
    }
}
