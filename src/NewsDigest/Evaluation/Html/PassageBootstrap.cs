namespace NewsDigest.Evaluation.Html;

/// <summary>
/// How much the benchmark's F1 moves with the choice of pages: pages are drawn with replacement (a page bootstrap) and the
/// summed counts scored again, so an interval says which differences a split of that many pages can tell apart. Deterministic
/// for a seed.
/// </summary>
public static class PassageBootstrap
{
    /// <summary>A central interval of F1 (or of a difference of F1s) over the resamples.</summary>
    public readonly record struct Interval(double Low, double High);

    /// <summary>
    /// The central <paramref name="coverage"/> interval of F1 over <paramref name="resamples"/> samples of
    /// <paramref name="sampleSize"/> pages drawn with replacement from <paramref name="pages"/>; with
    /// <paramref name="baseline"/>, the interval of F1 minus the baseline's F1 on the same samples (a paired comparison).
    /// </summary>
    public static Interval F1(IReadOnlyList<PassageScore> pages, int sampleSize, int resamples, int seed, IReadOnlyList<PassageScore>? baseline = null, double coverage = 0.95)
    {
        if (pages.Count == 0 || sampleSize <= 0 || resamples <= 0) return new Interval(0, 0);
        if (baseline is not null && baseline.Count != pages.Count) throw new ArgumentException("the baseline must score the same pages", nameof(baseline));
        var random = new Random(seed);
        var values = new double[resamples];
        for (int r = 0; r < resamples; r++)
        {
            PassageScore sum = default, sumBaseline = default;
            for (int k = 0; k < sampleSize; k++)
            {
                int i = random.Next(pages.Count);
                sum += pages[i];
                if (baseline is not null) sumBaseline += baseline[i];
            }
            values[r] = baseline is null ? sum.F1 : sum.F1 - sumBaseline.F1;
        }
        var (low, high) = CentralInterval.Of(values, coverage);
        return new Interval(low, high);
    }
}
