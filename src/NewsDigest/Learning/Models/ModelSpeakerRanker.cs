using NewsDigest.Extraction.Quotes;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>The trained speaker ranker: the calibrated probability that a candidate said a quote. Thread-safe.</summary>
public sealed class ModelSpeakerRanker : ISpeakerRanker
{
    public static readonly IReadOnlyList<string> Labels = ["other", "speaker"];

    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal ModelSpeakerRanker(LinearClassifier classifier) => Classifier = classifier;

    public LinearClassifier Classifier { get; }

    public double Score(string text, TextSpan quote, SpeakerCandidate candidate, IReadOnlyList<SpeakerCandidate> allCandidates)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits);
        buffer.Clear();
        SpeakerFeatures.Featurize(text, quote, candidate, allCandidates, buffer);
        Span<double> p = stackalloc double[2];
        Classifier.Probabilities(buffer.Slots, p);
        return p[1];
    }

    /// <summary>The index of the best candidate, or -1 when there are none.</summary>
    public int Best(string text, TextSpan quote, IReadOnlyList<SpeakerCandidate> candidates)
    {
        int best = -1;
        double top = double.NegativeInfinity;
        for (int i = 0; i < candidates.Count; i++)
        {
            double s = Score(text, quote, candidates[i], candidates);
            if (s > top) { top = s; best = i; }
        }
        return best;
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.SpeakerRanker);

    public static ModelResult<ModelSpeakerRanker> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.SpeakerRanker, SpeakerFeatures.Name, Labels);
        return classifier.IsSuccess ? ModelResult<ModelSpeakerRanker>.Ok(new ModelSpeakerRanker(classifier.Value)) : classifier.FailAs<ModelSpeakerRanker>();
    }

    public static ModelResult<ModelSpeakerRanker> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelSpeakerRanker>();
    }
}
