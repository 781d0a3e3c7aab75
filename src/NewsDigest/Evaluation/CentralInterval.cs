namespace NewsDigest.Evaluation;

/// <summary>The central interval of a set of resampled figures: what a bootstrap reports as the range a figure moves in.</summary>
public static class CentralInterval
{
    /// <summary>The values at the two tails of <paramref name="values"/> that leave <paramref name="coverage"/> of them between (sorts them in place).</summary>
    public static (double Low, double High) Of(double[] values, double coverage)
    {
        if (values.Length == 0) return (0, 0);
        Array.Sort(values);
        double tail = (1 - coverage) / 2;
        int low = (int)Math.Floor(tail * (values.Length - 1));
        int high = (int)Math.Ceiling((1 - tail) * (values.Length - 1));
        return (values[low], values[high]);
    }
}
