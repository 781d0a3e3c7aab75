using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Sequences;

/// <summary>A linear-chain tagger (structured perceptron weights) decoded with Viterbi under BIO constraints. Immutable and thread-safe.</summary>
public sealed class SequenceTagger
{
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly bool[] _allowed;

    internal SequenceTagger(IReadOnlyList<string> labels, int hashBits, float[] weights, float[] transitions, double temperature, TrainingInfo training)
    {
        Labels = labels;
        HashBits = hashBits;
        _weights = weights;
        _transitions = transitions;
        Temperature = temperature;
        Training = training;
        _allowed = BioConstraints.Allowed(labels);
    }

    public IReadOnlyList<string> Labels { get; }
    public int HashBits { get; }
    public double Temperature { get; }
    public TrainingInfo Training { get; }

    /// <summary>The best label sequence; <paramref name="confidence"/> gets each token's local probability of its label.</summary>
    public int[] Decode(SequenceFeatures features, Span<double> confidence = default)
    {
        int n = features.Length, l = Labels.Count;
        var path = new int[n];
        if (n == 0) return path;
        var emissions = new float[n * l];
        for (int t = 0; t < n; t++) Emit(features.Token(t), emissions.AsSpan(t * l, l));
        var best = new float[n * l];
        var back = new int[n * l];
        for (int y = 0; y < l; y++)
            best[y] = _allowed[l * l + y] ? _transitions[l * l + y] + emissions[y] : float.NegativeInfinity;
        for (int t = 1; t < n; t++)
        {
            for (int y = 0; y < l; y++)
            {
                float top = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < l; p++)
                {
                    if (!_allowed[p * l + y]) continue;
                    float s = best[(t - 1) * l + p] + _transitions[p * l + y];
                    if (s > top) { top = s; arg = p; }
                }
                best[t * l + y] = top + emissions[t * l + y];
                back[t * l + y] = arg;
            }
        }
        int last = 0;
        for (int y = 1; y < l; y++) if (best[(n - 1) * l + y] > best[(n - 1) * l + last]) last = y;
        path[n - 1] = last;
        for (int t = n - 1; t > 0; t--) path[t - 1] = back[t * l + path[t]];
        if (!confidence.IsEmpty)
        {
            Span<double> p = stackalloc double[l];
            for (int t = 0; t < n; t++)
            {
                Softmax.Fill(emissions.AsSpan(t * l, l), Temperature, p);
                confidence[t] = p[path[t]];
            }
        }
        return path;
    }

    internal void Emit(ReadOnlySpan<int> slots, Span<float> scores)
    {
        int l = Labels.Count;
        scores.Clear();
        foreach (int slot in slots)
        {
            var row = _weights.AsSpan(slot * l, l);
            for (int y = 0; y < l; y++) scores[y] += row[y];
        }
    }

    public SequenceTagger WithTemperature(double temperature) => new(Labels, HashBits, _weights, _transitions, temperature, Training);

    public ModelFile ToFile(ModelKind kind, IReadOnlyList<Lexicon>? lexicons = null) =>
        new(kind, Labels, HashBits, Training, _weights) { Transitions = _transitions, Temperature = Temperature, Lexicons = lexicons ?? [] };

    public static ModelResult<SequenceTagger> FromFile(ModelFile file, ModelKind expectedKind)
    {
        if (file.Kind != expectedKind) return ModelResult<SequenceTagger>.Fail($"this is a {file.Kind} model, not a {expectedKind} model");
        int l = file.Labels.Count;
        if (l < 2) return ModelResult<SequenceTagger>.Fail("a tagger needs at least two labels");
        if (file.Weights.Length != l << file.HashBits) return ModelResult<SequenceTagger>.Fail("weights do not match labels and hashing size");
        if (file.Transitions.Length != (l + 1) * l) return ModelResult<SequenceTagger>.Fail($"expected {(l + 1) * l} transition weights, found {file.Transitions.Length}");
        if (!(file.Temperature > 0)) return ModelResult<SequenceTagger>.Fail($"temperature {file.Temperature} is not positive");
        return ModelResult<SequenceTagger>.Ok(new SequenceTagger(file.Labels, file.HashBits, file.Weights, file.Transitions, file.Temperature, file.Training));
    }

    public void Save(Stream destination) => ModelFileFormat.Save(ToFile(ModelKind.SequenceTagger), destination);

    public static ModelResult<SequenceTagger> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value, ModelKind.SequenceTagger) : file.FailAs<SequenceTagger>();
    }
}
