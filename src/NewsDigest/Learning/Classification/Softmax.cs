namespace NewsDigest.Learning.Classification;

/// <summary>Temperature-scaled softmax over raw scores, computed stably (shifted by the maximum).</summary>
public static class Softmax
{
    public static void Fill(ReadOnlySpan<float> scores, double temperature, Span<double> probabilities)
    {
        double max = double.NegativeInfinity;
        foreach (var s in scores) if (s > max) max = s;
        double sum = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            probabilities[i] = Math.Exp((scores[i] - max) / temperature);
            sum += probabilities[i];
        }
        for (int i = 0; i < scores.Length; i++) probabilities[i] /= sum;
    }

    public static Prediction Best(ReadOnlySpan<float> scores, double temperature)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        double sum = 0;
        for (int i = 0; i < scores.Length; i++) sum += Math.Exp((scores[i] - scores[best]) / temperature);
        return new Prediction(best, 1.0 / sum);
    }

    /// <summary>The argmax alone, lowest index on ties.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }
}
