using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Classification;

/// <summary>A binary logistic model over hashed binary features: the probability of "yes" is the logistic of the bias plus the weights of the slots present. Immutable and thread-safe.</summary>
public sealed class BinaryLogisticModel
{
    private readonly float[] _weights;

    /// <summary>Wraps fitted or loaded weights; the length must be 2^<paramref name="hashBits"/>.</summary>
    public static ModelResult<BinaryLogisticModel> Create(int hashBits, float[] weights, double bias)
    {
        if (hashBits is < 4 or > 24) return ModelResult<BinaryLogisticModel>.Fail($"hash bits {hashBits} out of range 4..24");
        if (weights is null || weights.Length != 1 << hashBits) return ModelResult<BinaryLogisticModel>.Fail($"a binary model over 2^{hashBits} slots needs {1 << hashBits} weights, not {weights?.Length ?? 0}");
        if (!double.IsFinite(bias)) return ModelResult<BinaryLogisticModel>.Fail($"bias {bias} is not a finite number");
        foreach (var w in weights)
            if (!float.IsFinite(w)) return ModelResult<BinaryLogisticModel>.Fail("a weight is not a finite number");
        return ModelResult<BinaryLogisticModel>.Ok(new BinaryLogisticModel(hashBits, weights, bias));
    }

    private BinaryLogisticModel(int hashBits, float[] weights, double bias)
    {
        HashBits = hashBits;
        _weights = weights;
        Bias = bias;
    }

    public int HashBits { get; }
    public double Bias { get; }
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>This model as a two-label linear classifier, for rankers stored as one: the second label ("speaker", "final") carries the
    /// weights and the bias (on <paramref name="biasSlot"/>, the slot every example has), the first none, so the softmax of the two is the
    /// logistic probability. The bias slot is rounded to half precision as every stored weight is, so the loaded model scores as the fitted one.</summary>
    public LinearClassifier AsTwoLabelClassifier(IReadOnlyList<string> labels, int biasSlot, TrainingInfo info)
    {
        int slots = 1 << HashBits;
        var weights = new float[slots * 2];
        for (int slot = 0; slot < slots; slot++) weights[slot * 2 + 1] = _weights[slot];
        int bias = biasSlot * 2 + 1;
        weights[bias] = (float)(Half)(weights[bias] + Bias);
        return new LinearClassifier(labels, HashBits, weights, 1.0, info);
    }

    /// <summary>The log-odds of "yes" (slots must lie in 0..2^HashBits-1).</summary>
    public double Score(ReadOnlySpan<int> slots)
    {
        double sum = Bias;
        var weights = _weights.AsSpan();
        foreach (int slot in slots) sum += weights[slot];
        return sum;
    }

    /// <summary>The probability of "yes".</summary>
    public double Probability(ReadOnlySpan<int> slots) => Logistic(Score(slots));

    /// <summary>The logistic function, computed without overflow on either side.</summary>
    public static double Logistic(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
