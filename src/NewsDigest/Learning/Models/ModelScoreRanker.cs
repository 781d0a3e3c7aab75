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

    internal ModelScoreRanker(LinearClassifier classifier) => Classifier = classifier;

    public LinearClassifier Classifier { get; }

    public double[] Score(ExtractionContext context, TeamPair pair, IReadOnlyList<ScoreCandidate> candidates, Scoreline? rules) =>
        Classifier.SecondLabelProbabilities(candidates.Count, (context, pair, candidates, rules), static (s, i, buffer) => ScoreFeatures.Featurize(s.context, s.pair, s.candidates, i, s.rules, buffer));

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
