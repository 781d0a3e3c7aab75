using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>One report read as far as the goals: its context and the goal candidates the readers gathered, each labelled by whether its
/// player is a scorer of a gold goal of the match (null label: not known, e.g. a report whose gold goals are incomplete).</summary>
public sealed record GoalCandidateExample(string Id, ExtractionContext Context, IReadOnlyList<bool> Labels)
{
    internal IReadOnlyList<GoalCandidate> Candidates { get; init; } = [];
}

/// <summary>Fits the goal-candidate check: an L2-regularised logistic regression over (report, candidate) pairs.</summary>
public sealed class GoalCandidateTrainer(LogisticOptions options)
{
    /// <summary>L2 chosen on the choosing sets (session 18: 1e-4, 1e-3, 3e-3 and 1e-2 tried; all fit the train split exactly, 1e-2 ranked
    /// the choosing sets' candidates about as well and gave the smoothest policy grid).</summary>
    public static readonly LogisticOptions Defaults = new() { HashBits = 16, Epochs = 8, L2 = 1e-2, LearningRate = 0.1, Seed = 20261123 };

    public GoalCandidateTrainer() : this(Defaults) { }

    public LogisticOptions Options { get; } = options;

    public ModelResult<ModelGoalCandidateCheck> Fit(IReadOnlyList<GoalCandidateExample> train, string dataDescription = "unspecified")
    {
        if (train.Count == 0) return ModelResult<ModelGoalCandidateCheck>.Fail("no training reports");
        var data = new List<WeightedBinaryExample>();
        var buffer = new FeatureBuffer(Options.HashBits);
        foreach (var e in train)
            for (int c = 0; c < e.Candidates.Count; c++)
            {
                buffer.Clear();
                GoalCandidateFeatures.Featurize(e.Context, e.Candidates, c, buffer);
                data.Add(new WeightedBinaryExample(buffer.ToArray(), e.Labels[c]));
            }
        if (!data.Any(e => e.Positive) || data.All(e => e.Positive)) return ModelResult<ModelGoalCandidateCheck>.Fail("the training candidates need both scorers and others");
        var fitted = new LogisticRegressionTrainer(Options).Fit(data);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelGoalCandidateCheck>();
        var info = new TrainingInfo(dataDescription, GoalCandidateFeatures.Name, data.Count, Options.Epochs, Options.Seed);
        var classifier = fitted.Value.AsTwoLabelClassifier(ModelGoalCandidateCheck.Labels, GoalCandidateFeatures.BiasSlot(Options.HashBits), info);
        // Saved and loaded again, so the model fitted here scores exactly as the file it writes (weights are stored at half precision).
        var stream = new MemoryStream();
        classifier.Save(stream, ModelKind.GoalCandidates);
        stream.Position = 0;
        var loaded = ModelFileFormat.Load(stream);
        return loaded.IsSuccess ? ModelGoalCandidateCheck.FromFile(loaded.Value) : loaded.FailAs<ModelGoalCandidateCheck>();
    }
}
