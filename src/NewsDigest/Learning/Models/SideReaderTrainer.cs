using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>One report read as far as the sides: its context, the pair the rules read (or null), and the side candidates, each labelled by
/// whether it names a gold side of the match (the evaluator's alias-tolerant team match).</summary>
public sealed record SideExample(string Id, ExtractionContext Context, IReadOnlyList<bool> Labels)
{
    internal IReadOnlyList<SideCandidate> Candidates { get; init; } = [];
    public TeamPair? Rules { get; init; }
}

/// <summary>Fits the side reader: an L2-regularised logistic regression over (report, side candidate) pairs.</summary>
public sealed class SideReaderTrainer(LogisticOptions options)
{
    /// <summary>The goal-candidate check's settings (L2 1e-2, 8 epochs, 2^16 slots), kept for the side reader.</summary>
    public static readonly LogisticOptions Defaults = new() { HashBits = 16, Epochs = 8, L2 = 1e-2, LearningRate = 0.1, Seed = 20261123 };

    public SideReaderTrainer() : this(Defaults) { }

    public LogisticOptions Options { get; } = options;

    public ModelResult<ModelSideReader> Fit(IReadOnlyList<SideExample> train, string dataDescription = "unspecified")
    {
        if (train.Count == 0) return ModelResult<ModelSideReader>.Fail("no training reports");
        var data = new List<WeightedBinaryExample>();
        var buffer = new FeatureBuffer(Options.HashBits);
        foreach (var e in train)
            for (int c = 0; c < e.Candidates.Count; c++)
            {
                buffer.Clear();
                SideFeatures.Featurize(e.Context, e.Candidates, c, buffer);
                data.Add(new WeightedBinaryExample(buffer.ToArray(), e.Labels[c]));
            }
        if (!data.Any(e => e.Positive) || data.All(e => e.Positive)) return ModelResult<ModelSideReader>.Fail("the training candidates need both sides and others");
        var fitted = new LogisticRegressionTrainer(Options).Fit(data);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelSideReader>();
        var info = new TrainingInfo(dataDescription, SideFeatures.Name, data.Count, Options.Epochs, Options.Seed);
        var classifier = fitted.Value.AsTwoLabelClassifier(ModelSideReader.Labels, SideFeatures.BiasSlot(Options.HashBits), info);
        // Saved and loaded again, so the model fitted here scores exactly as the file it writes (weights are stored at half precision).
        var stream = new MemoryStream();
        classifier.Save(stream, ModelKind.SideNames);
        stream.Position = 0;
        var loaded = ModelFileFormat.Load(stream);
        return loaded.IsSuccess ? ModelSideReader.FromFile(loaded.Value) : loaded.FailAs<ModelSideReader>();
    }
}
