using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>One report read as far as the score: its context (teams found), the pair, its written scorelines, the rules' choice, and the
/// gold final score's two numbers (either order).</summary>
public sealed record ScoreExample(string Id, ExtractionContext Context, TeamPair Pair, IReadOnlyList<ScoreCandidate> Candidates, Scoreline? Rules, Scoreline Gold)
{
    /// <summary>A candidate is labelled final when its numbers are the gold's, in either order.</summary>
    public bool IsPositive(int candidate) => Candidates[candidate].SameNumbers(Gold);
}

/// <summary>Fits the score ranker: an L2-regularised logistic regression over (report, written scoreline) pairs, each labelled by whether its
/// numbers are the gold final score's.</summary>
public sealed class ScoreRankerTrainer(LogisticOptions options)
{
    public static readonly LogisticOptions Defaults = new() { HashBits = 16, Epochs = 8, L2 = 1e-4, LearningRate = 0.1, Seed = 20261122 };

    public ScoreRankerTrainer() : this(Defaults) { }

    public LogisticOptions Options { get; } = options;

    public ModelResult<ModelScoreRanker> Fit(IReadOnlyList<ScoreExample> train, string dataDescription = "unspecified")
    {
        if (train.Count == 0) return ModelResult<ModelScoreRanker>.Fail("no training reports");
        var data = Featurize(train, Options.HashBits);
        if (!data.Any(e => e.Positive) || data.All(e => e.Positive)) return ModelResult<ModelScoreRanker>.Fail("the training scorelines need both final and other ones");
        var fitted = new LogisticRegressionTrainer(Options).Fit(data);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelScoreRanker>();
        var info = new TrainingInfo(dataDescription, ScoreFeatures.Name, train.Count, Options.Epochs, Options.Seed);
        var classifier = fitted.Value.AsTwoLabelClassifier(ModelScoreRanker.Labels, ScoreFeatures.BiasSlot(Options.HashBits), info);
        // Saved and loaded again, so the model fitted here scores exactly as the file it writes (weights are stored at half precision).
        var loaded = ModelFileFormat.Load(Roundtrip(classifier));
        return loaded.IsSuccess ? ModelScoreRanker.FromFile(loaded.Value) : loaded.FailAs<ModelScoreRanker>();
    }

    private static MemoryStream Roundtrip(LinearClassifier classifier)
    {
        var stream = new MemoryStream();
        classifier.Save(stream, ModelKind.ScoreRanker);
        stream.Position = 0;
        return stream;
    }

    private static List<WeightedBinaryExample> Featurize(IReadOnlyList<ScoreExample> data, int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        var result = new List<WeightedBinaryExample>();
        foreach (var e in data)
            for (int c = 0; c < e.Candidates.Count; c++)
            {
                buffer.Clear();
                ScoreFeatures.Featurize(e.Context, e.Pair, e.Candidates, c, e.Rules, buffer);
                result.Add(new WeightedBinaryExample(buffer.ToArray(), e.IsPositive(c)));
            }
        return result;
    }
}
