namespace NewsDigest.Learning.Metrics;

/// <summary>The area under the ROC curve of scored items: the chance that a positive is scored above a negative (ties count half).</summary>
public static class RankingAuc
{
    /// <summary>0.5 when the items hold one class only.</summary>
    public static double Of(IEnumerable<(double P, bool Label)> scored)
    {
        var sorted = scored.OrderBy(x => x.P).ToList();
        double rankSum = 0;
        int pos = 0, neg = 0;
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j < sorted.Count && sorted[j].P == sorted[i].P) j++;
            // Tied scores share the mean of their ranks.
            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++)
                if (sorted[k].Label) { rankSum += rank; pos++; } else neg++;
            i = j;
        }
        return pos == 0 || neg == 0 ? 0.5 : (rankSum - pos * (pos + 1) / 2.0) / ((double)pos * neg);
    }
}
