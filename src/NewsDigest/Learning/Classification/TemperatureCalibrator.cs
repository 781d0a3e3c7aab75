namespace NewsDigest.Learning.Classification;

/// <summary>Picks the softmax temperature that minimises log-loss on held-out examples, so that a confidence of 0.8 is right about 80% of the time.</summary>
public static class TemperatureCalibrator
{
    public static LinearClassifier Fit(LinearClassifier model, IReadOnlyList<LabeledExample> heldOut)
    {
        if (heldOut.Count == 0) return model;
        var scores = new float[heldOut.Count][];
        for (int i = 0; i < heldOut.Count; i++)
        {
            scores[i] = new float[model.Labels.Count];
            model.Score(heldOut[i].Slots, scores[i]);
        }
        double bestTemperature = 1, bestLoss = double.PositiveInfinity;
        // A fixed log-spaced grid: deterministic, and fine enough for a single parameter.
        for (int k = -40; k <= 60; k++)
        {
            double t = Math.Pow(10, k / 20.0);
            double loss = LogLoss(scores, heldOut, t);
            if (loss < bestLoss) { bestLoss = loss; bestTemperature = t; }
        }
        return model.WithTemperature(bestTemperature);
    }

    public static double LogLoss(float[][] scores, IReadOnlyList<LabeledExample> examples, double temperature)
    {
        double total = 0;
        Span<double> p = stackalloc double[scores.Length == 0 ? 1 : scores[0].Length];
        for (int i = 0; i < scores.Length; i++)
        {
            Softmax.Fill(scores[i], temperature, p);
            total -= Math.Log(Math.Max(p[examples[i].Label], 1e-12));
        }
        return total / Math.Max(1, scores.Length);
    }
}
