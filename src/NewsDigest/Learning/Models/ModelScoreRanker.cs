using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>The trained score ranker: the probability that a written scoreline is the match's final score. Thread-safe.</summary>
public sealed class ModelScoreRanker : IScoreRanker
{
    public static readonly IReadOnlyList<string> Labels = ["other", "final"];

    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal ModelScoreRanker(LinearClassifier classifier) => Classifier = classifier;

    public LinearClassifier Classifier { get; }

    public double[] Score(ExtractionContext context, TeamPair pair, IReadOnlyList<ScoreCandidate> candidates, Scoreline? rules)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits);
        var result = new double[candidates.Count];
        Span<double> p = stackalloc double[2];
        for (int i = 0; i < candidates.Count; i++)
        {
            buffer.Clear();
            ScoreFeatures.Featurize(context, pair, candidates, i, rules, buffer);
            Classifier.Probabilities(buffer.Slots, p);
            result[i] = p[1];
        }
        return result;
    }

    /// <summary>The index of the highest-scored candidate, or -1 when there are none.</summary>
    public static int Best(double[] scores)
    {
        int best = -1;
        for (int i = 0; i < scores.Length; i++)
            if (best < 0 || scores[i] > scores[best]) best = i;
        return best;
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.ScoreRanker);

    public static ModelResult<ModelScoreRanker> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.ScoreRanker, ScoreFeatures.Name, Labels);
        return classifier.IsSuccess ? ModelResult<ModelScoreRanker>.Ok(new ModelScoreRanker(classifier.Value)) : classifier.FailAs<ModelScoreRanker>();
    }

    public static ModelResult<ModelScoreRanker> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelScoreRanker>();
    }
}
