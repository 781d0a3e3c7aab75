using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Classification;

/// <summary>
/// Fits an L2-regularised binary logistic regression by AdaGrad over sparse binary features: every example, in a seeded
/// shuffled order each epoch, moves the weights of its slots (and the unpenalised bias) down the gradient of its weighted
/// log-loss plus the L2 penalty of those weights. Unlike the perceptron, every example moves the weights in proportion to
/// how wrong its probability is, and the penalty keeps rare hashed slots from growing on a handful of noisy labels.
/// </summary>
public sealed class LogisticRegressionTrainer(LogisticOptions options)
{
    private const double Epsilon = 1e-8;

    public LogisticOptions Options { get; } = options;

    public ModelResult<BinaryLogisticModel> Fit(IReadOnlyList<WeightedBinaryExample> data)
    {
        var problem = Validate(data);
        if (problem is not null) return ModelResult<BinaryLogisticModel>.Fail(problem);
        int slots = 1 << Options.HashBits;
        var weights = new double[slots];
        var squared = new double[slots];
        double bias = 0, biasSquared = 0;
        double rate = Options.LearningRate, l2 = Options.L2;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64(Options.Seed);
        for (int epoch = 0; epoch < Options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var example = data[index];
                double z = bias;
                foreach (int slot in example.Slots) z += weights[slot];
                double error = example.Weight * (BinaryLogisticModel.Logistic(z) - (example.Positive ? 1 : 0));
                biasSquared += error * error;
                bias -= rate * error / (Math.Sqrt(biasSquared) + Epsilon);
                foreach (int slot in example.Slots)
                {
                    double gradient = error + l2 * weights[slot];
                    squared[slot] += gradient * gradient;
                    weights[slot] -= rate * gradient / (Math.Sqrt(squared[slot]) + Epsilon);
                }
            }
        }
        // Rounded to half precision, as the perceptrons are: the model file stores 2 bytes a slot and a loaded model equals the fitted one exactly.
        var rounded = new float[slots];
        for (int i = 0; i < slots; i++) rounded[i] = (float)(Half)weights[i];
        return BinaryLogisticModel.Create(Options.HashBits, rounded, (float)(Half)bias);
    }

    private string? Validate(IReadOnlyList<WeightedBinaryExample> data)
    {
        if (Options.Epochs < 1) return "epochs must be at least 1";
        if (Options.HashBits is < 4 or > 24) return $"hash bits {Options.HashBits} out of range 4..24";
        if (!(Options.L2 >= 0) || !double.IsFinite(Options.L2)) return $"L2 strength {Options.L2} must be a finite number of at least 0";
        if (!(Options.LearningRate > 0) || !double.IsFinite(Options.LearningRate)) return $"learning rate {Options.LearningRate} must be a finite positive number";
        if (data.Count == 0) return "no training examples";
        int slots = 1 << Options.HashBits;
        bool anyYes = false, anyNo = false;
        for (int i = 0; i < data.Count; i++)
        {
            var example = data[i];
            if (example is null || example.Slots is null) return $"example {i} is missing";
            if (!(example.Weight >= 0) || !float.IsFinite(example.Weight)) return $"example {i} has weight {example.Weight}; weights must be finite and at least 0";
            foreach (int slot in example.Slots)
                if ((uint)slot >= (uint)slots) return $"example {i} has feature slot {slot}, outside the {slots} hashed slots";
            if (example.Positive) anyYes = true; else anyNo = true;
        }
        if (!anyYes || !anyNo) return $"training examples are all {(anyYes ? "yes" : "no")}: a binary model needs both answers";
        return null;
    }
}
