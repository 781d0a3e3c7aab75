using System.Runtime.Intrinsics;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Classification;

/// <summary>A multiclass linear model over hashed features with temperature-scaled softmax confidences. Immutable and thread-safe.</summary>
public sealed class LinearClassifier
{
    private readonly float[] _weights;

    internal LinearClassifier(IReadOnlyList<string> labels, int hashBits, float[] weights, double temperature, TrainingInfo training)
    {
        Labels = labels;
        HashBits = hashBits;
        _weights = weights;
        Temperature = temperature;
        Training = training;
    }

    public IReadOnlyList<string> Labels { get; }
    public int HashBits { get; }
    public double Temperature { get; }
    public TrainingInfo Training { get; }
    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>Raw scores, one per label.</summary>
    public void Score(ReadOnlySpan<int> slots, Span<float> scores)
    {
        int labels = Labels.Count;
        scores[..labels].Clear();
        var weights = _weights.AsSpan();
        // Four labels at a time: each label's sum still adds the slots in the same order, so the scores are bit for bit the scalar ones.
        if (labels % Vector128<float>.Count == 0 && Vector128.IsHardwareAccelerated)
        {
            ScoreByVectors(slots, weights, labels, scores);
            return;
        }
        foreach (int slot in slots)
        {
            var row = weights.Slice(slot * labels, labels);
            for (int y = 0; y < labels; y++) scores[y] += row[y];
        }
    }

    private static void ScoreByVectors(ReadOnlySpan<int> slots, ReadOnlySpan<float> weights, int labels, Span<float> scores)
    {
        int width = Vector128<float>.Count, lanes = labels / width;
        Span<Vector128<float>> sums = stackalloc Vector128<float>[lanes];
        sums.Clear();
        foreach (int slot in slots)
        {
            var row = weights.Slice(slot * labels, labels);
            for (int v = 0; v < lanes; v++) sums[v] += Vector128.Create(row.Slice(v * width, width));
        }
        for (int v = 0; v < lanes; v++) sums[v].CopyTo(scores[(v * width)..]);
    }

    /// <summary>The best label (ties go to the lower index, so results never depend on anything but the weights) and its probability.</summary>
    public Prediction Predict(ReadOnlySpan<int> slots)
    {
        Span<float> scores = stackalloc float[Labels.Count];
        Score(slots, scores);
        return Softmax.Best(scores, Temperature);
    }

    /// <summary>Calibrated probabilities of every label.</summary>
    public void Probabilities(ReadOnlySpan<int> slots, Span<double> probabilities)
    {
        Span<float> scores = stackalloc float[Labels.Count];
        Score(slots, scores);
        Softmax.Fill(scores, Temperature, probabilities);
    }

    [ThreadStatic] private static FeatureBuffer? _itemBuffer;

    /// <summary>For a two-label ranker or check: the second label's probability for each of <paramref name="count"/> items, each
    /// featurised by <paramref name="featurize"/> into a per-thread buffer (the state argument spares a closure per call).</summary>
    public double[] SecondLabelProbabilities<TState>(int count, TState state, Action<TState, int, FeatureBuffer> featurize)
    {
        var buffer = _itemBuffer;
        if (buffer is null || buffer.HashBits != HashBits) _itemBuffer = buffer = new FeatureBuffer(HashBits);
        var result = new double[count];
        Span<double> p = stackalloc double[Labels.Count];
        for (int i = 0; i < count; i++)
        {
            buffer.Clear();
            featurize(state, i, buffer);
            Probabilities(buffer.Slots, p);
            result[i] = p[1];
        }
        return result;
    }

    public LinearClassifier WithTemperature(double temperature) => new(Labels, HashBits, _weights, temperature, Training);

    public ModelFile ToFile(ModelKind kind) => new(kind, Labels, HashBits, Training, _weights) { Temperature = Temperature };

    public static ModelResult<LinearClassifier> FromFile(ModelFile file, ModelKind expectedKind)
    {
        if (file.Kind != expectedKind) return ModelResult<LinearClassifier>.Fail($"this is a {file.Kind} model, not a {expectedKind} model");
        if (file.Transitions.Length != 0) return ModelResult<LinearClassifier>.Fail("a linear classifier has no transition weights");
        if (file.Labels.Count < 2) return ModelResult<LinearClassifier>.Fail("a classifier needs at least two labels");
        if (file.Weights.Length != file.Labels.Count << file.HashBits) return ModelResult<LinearClassifier>.Fail("weights do not match labels and hashing size");
        if (!(file.Temperature > 0)) return ModelResult<LinearClassifier>.Fail($"temperature {file.Temperature} is not positive");
        return ModelResult<LinearClassifier>.Ok(new LinearClassifier(file.Labels, file.HashBits, file.Weights, file.Temperature, file.Training));
    }

    /// <summary>A file's classifier for a model of <paramref name="kind"/> that must read this build's <paramref name="features"/> and
    /// <paramref name="labels"/>: a file trained for other features is refused with "retrain", one with other labels with both lists.</summary>
    public static ModelResult<LinearClassifier> FromFile(ModelFile file, ModelKind kind, string features, IReadOnlyList<string> labels)
    {
        var classifier = FromFile(file, kind);
        if (!classifier.IsSuccess) return classifier;
        if (file.Training.Features != features)
            return ModelResult<LinearClassifier>.Fail($"trained for features '{file.Training.Features}', this build computes '{features}'; retrain");
        if (!file.Labels.SequenceEqual(labels))
            return ModelResult<LinearClassifier>.Fail($"labels [{string.Join(", ", file.Labels)}] do not match this build's [{string.Join(", ", labels)}]");
        return classifier;
    }

    public void Save(Stream destination, ModelKind kind = ModelKind.LinearClassifier) => ModelFileFormat.Save(ToFile(kind), destination);

    public static ModelResult<LinearClassifier> Load(Stream source, ModelKind kind = ModelKind.LinearClassifier)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value, kind) : file.FailAs<LinearClassifier>();
    }
}
