using NewsDigest.Extraction.Reports;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Fits the report classifier's decision threshold on the single-match probability from held-out data. The number of
/// right yes/no decisions is counted at every value of a fixed grid, then averaged over a window of
/// ±<see cref="Window"/> around each value: on a small held-out set single articles make the raw count jagged, and
/// the value whose neighbourhood is right most often generalises better than a lone peak at the edge of a plateau.
/// Ties go to the lowest value, favouring recall of reports: a missed report loses a match's digest, while the facts
/// of an extra article are still cross-checked against the other sources by the merging layer.
/// </summary>
public static class SingleMatchThresholdFitter
{
    public const double GridStep = 0.01;
    public const double Window = 0.10;
    private const int Lowest = 5, Highest = 95;

    public static double Fit(ModelReportDetector model, IReadOnlyList<ReportExample> heldOut)
    {
        var probabilities = new double[heldOut.Count];
        var isReport = new bool[heldOut.Count];
        for (int i = 0; i < heldOut.Count; i++)
        {
            probabilities[i] = model.SingleMatchProbability(heldOut[i].Article);
            isReport[i] = heldOut[i].Kind == ReportKind.SingleMatchReport;
        }
        return Fit(probabilities, isReport);
    }

    /// <summary>The threshold for given held-out probabilities and gold yes/no answers.</summary>
    public static double Fit(IReadOnlyList<double> probabilities, IReadOnlyList<bool> isReport)
    {
        var correct = new int[Highest + 1];
        for (int k = Lowest; k <= Highest; k++)
        {
            double threshold = k * GridStep;
            for (int i = 0; i < probabilities.Count; i++)
                if ((probabilities[i] >= threshold) == isReport[i]) correct[k]++;
        }
        int half = (int)Math.Round(Window / GridStep);
        double bestScore = double.NegativeInfinity;
        int best = Lowest;
        for (int k = Lowest; k <= Highest; k++)
        {
            int from = Math.Max(Lowest, k - half), to = Math.Min(Highest, k + half);
            double sum = 0;
            for (int j = from; j <= to; j++) sum += correct[j];
            double score = sum / (to - from + 1);
            // A tiny tolerance so float sums of equal counts compare as ties.
            if (score > bestScore + 1e-9) { bestScore = score; best = k; }
        }
        return Math.Round(best * GridStep, 2);
    }
}
