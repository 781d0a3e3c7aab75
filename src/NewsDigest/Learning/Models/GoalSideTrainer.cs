using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>One report read as far as the goal-side reader: its context, its pair, the goals the extractor read (their teams as the rules
/// left them) and, per goal, its gold side: true for the pair's first side, false for the second, null when unknown (no gold goal of that
/// scorer, or the gold gives none).</summary>
public sealed record GoalSideExample(string Id, ExtractionContext Context, TeamPair Pair, IReadOnlyList<Goal> Goals, IReadOnlyList<bool?> Labels)
{
    internal GoalSideReport Report { get; } = GoalSideReport.Of(Context, Pair);
}

/// <summary>Fits the goal-side reader: an L2-regularised logistic regression over the labelled goals.</summary>
public sealed class GoalSideTrainer(LogisticOptions options)
{
    public static readonly LogisticOptions Defaults = new() { HashBits = 16, Epochs = 8, L2 = 1e-2, LearningRate = 0.1, Seed = 20261123 };

    public GoalSideTrainer() : this(Defaults) { }

    public LogisticOptions Options { get; } = options;

    public ModelResult<ModelGoalSideReader> Fit(IReadOnlyList<GoalSideExample> train, GoalSidePolicy policy, string dataDescription = "unspecified")
    {
        var data = new List<WeightedBinaryExample>();
        var buffer = new FeatureBuffer(Options.HashBits);
        foreach (var e in train)
            for (int g = 0; g < e.Goals.Count; g++)
            {
                if (e.Labels[g] is not { } first) continue;
                buffer.Clear();
                GoalSideFeatures.Featurize(e.Report, e.Goals, g, buffer);
                data.Add(new WeightedBinaryExample(buffer.ToArray(), first));
                // The same goal with the pair read the other way round: every cue learns for both sides alike.
                buffer.Clear();
                GoalSideFeatures.Featurize(e.Report, e.Goals, g, buffer, mirror: true);
                data.Add(new WeightedBinaryExample(buffer.ToArray(), !first));
            }
        if (!data.Any(e => e.Positive) || data.All(e => e.Positive)) return ModelResult<ModelGoalSideReader>.Fail("the training goals need both sides");
        var fitted = new LogisticRegressionTrainer(Options).Fit(data);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelGoalSideReader>();
        var info = new TrainingInfo(dataDescription, GoalSideFeatures.Name, data.Count, Options.Epochs, Options.Seed);
        var classifier = fitted.Value.AsTwoLabelClassifier(ModelGoalSideReader.Labels, GoalSideFeatures.BiasSlot(Options.HashBits), info);
        // Saved and loaded again, so the model fitted here scores exactly as the file it writes (weights are stored at half precision).
        var stream = new MemoryStream();
        ModelFileFormat.Save(new ModelGoalSideReader(classifier, policy).ToFile(), stream);
        stream.Position = 0;
        return ModelGoalSideReader.Load(stream);
    }
}
