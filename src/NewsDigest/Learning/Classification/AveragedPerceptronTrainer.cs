using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Classification;

/// <summary>Fits a multiclass averaged perceptron: mistake-driven updates, weights averaged over every step, which generalises like a regularised model.</summary>
public sealed class AveragedPerceptronTrainer(IReadOnlyList<string> labels, PerceptronOptions options)
{
    public IReadOnlyList<string> Labels { get; } = labels;
    public PerceptronOptions Options { get; } = options;

    public ModelResult<LinearClassifier> Fit(IReadOnlyList<LabeledExample> data, string dataDescription = "unspecified", string features = "unspecified")
    {
        var problem = Validate(data);
        if (problem is not null) return ModelResult<LinearClassifier>.Fail(problem);

        int labelCount = Labels.Count;
        int slots = 1 << Options.HashBits;
        var weights = new float[labelCount * slots];
        // Sum of (step * update): subtracting it / step from the final weights gives the average over all steps without touching every weight each step.
        var stepped = new float[labelCount * slots];
        float step = 1;
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new SplitMix64(Options.Seed);
        Span<float> scores = stackalloc float[labelCount];
        for (int epoch = 0; epoch < Options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var example = data[index];
                scores.Clear();
                foreach (int slot in example.Slots)
                    for (int y = 0; y < labelCount; y++) scores[y] += weights[slot * labelCount + y];
                // Break ties against the gold label so a fresh model still learns from its first examples.
                int predicted = -1;
                float best = float.NegativeInfinity;
                for (int y = 0; y < labelCount; y++)
                    if (scores[y] > best || (scores[y] == best && y != example.Label)) { best = scores[y]; predicted = y; }
                if (predicted != example.Label)
                {
                    foreach (int slot in example.Slots)
                    {
                        weights[slot * labelCount + example.Label] += 1;
                        stepped[slot * labelCount + example.Label] += step;
                        weights[slot * labelCount + predicted] -= 1;
                        stepped[slot * labelCount + predicted] -= step;
                    }
                }
                step++;
            }
        }
        // Rounded to half precision: the file then stores 2 bytes a slot, and a loaded model equals the fitted one exactly.
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)(Half)(weights[i] - stepped[i] / step);
        var info = new TrainingInfo(dataDescription, features, data.Count, Options.Epochs, Options.Seed);
        return ModelResult<LinearClassifier>.Ok(new LinearClassifier(Labels.ToArray(), Options.HashBits, weights, 1.0, info));
    }

    private string? Validate(IReadOnlyList<LabeledExample> data)
    {
        if (Labels.Count < 2) return "a classifier needs at least two labels";
        if (Options.Epochs < 1) return "epochs must be at least 1";
        if (Options.HashBits is < 4 or > 24) return $"hash bits {Options.HashBits} out of range 4..24";
        if (data.Count == 0) return "no training examples";
        int slots = 1 << Options.HashBits;
        for (int i = 0; i < data.Count; i++)
        {
            var example = data[i];
            if (example is null || example.Slots is null) return $"example {i} is missing";
            if ((uint)example.Label >= (uint)Labels.Count) return $"example {i} has label {example.Label}, outside 0..{Labels.Count - 1}";
            foreach (int slot in example.Slots)
                if ((uint)slot >= (uint)slots) return $"example {i} has feature slot {slot}, outside the {slots} hashed slots";
        }
        return null;
    }
}
