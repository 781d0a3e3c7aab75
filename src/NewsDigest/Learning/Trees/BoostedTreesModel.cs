using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Trees;

/// <summary>
/// A binary classifier made of gradient-boosted regression trees: the margin is the starting log-odds plus every tree's leaf
/// value, summed in tree order; the probability is its logistic. Immutable and thread-safe.
/// </summary>
public sealed class BoostedTreesModel
{
    private readonly RegressionTree[] _trees;

    internal BoostedTreesModel(double bias, int featureCount, RegressionTree[] trees)
    {
        Bias = bias;
        FeatureCount = featureCount;
        _trees = trees;
    }

    /// <summary>The starting margin: the log-odds of the positive rows in the training data.</summary>
    public double Bias { get; }

    /// <summary>How many dense features a row must have.</summary>
    public int FeatureCount { get; }

    public IReadOnlyList<RegressionTree> Trees => _trees;

    /// <summary>The log-odds that the row is positive.</summary>
    public double Margin(ReadOnlySpan<float> features)
    {
        if (features.Length != FeatureCount) throw new ArgumentException($"a row of {features.Length} features, but the trees read {FeatureCount}", nameof(features));
        double margin = Bias;
        foreach (var tree in _trees) margin += tree.Value(features);
        return margin;
    }

    /// <summary>The probability that the row is positive.</summary>
    public double Probability(ReadOnlySpan<float> features) => Classification.BinaryLogisticModel.Logistic(Margin(features));

    /// <summary>How often each feature is split on over all trees: a rough view of what the trees read.</summary>
    public int[] SplitCounts()
    {
        var counts = new int[FeatureCount];
        foreach (var tree in _trees)
            foreach (int f in tree.SplitFeatures) counts[f]++;
        return counts;
    }

    /// <summary>The ensemble as a model file's trees section.</summary>
    public StoredTreeEnsemble ToStored() => new(Bias, FeatureCount, _trees.Select(t => t.ToStored()).ToArray());

    /// <summary>The ensemble a model file holds (the file format has already checked its nodes and children).</summary>
    public static ModelResult<BoostedTreesModel> FromStored(StoredTreeEnsemble? stored)
    {
        if (stored is null) return ModelResult<BoostedTreesModel>.Fail("the file holds no trees");
        if (!double.IsFinite(stored.Bias)) return ModelResult<BoostedTreesModel>.Fail($"tree bias {stored.Bias} is not a finite number");
        if (stored.FeatureCount < 1) return ModelResult<BoostedTreesModel>.Fail("the trees read no features");
        return ModelResult<BoostedTreesModel>.Ok(new BoostedTreesModel(stored.Bias, stored.FeatureCount, stored.Trees.Select(t => new RegressionTree(t)).ToArray()));
    }

    /// <summary>A file of its own (kind <see cref="ModelKind.BoostedTrees"/>): no hashed weights, the trees in their section.</summary>
    public ModelFile ToFile(TrainingInfo training) => new(ModelKind.BoostedTrees, ["no", "yes"], 4, training, []) { Trees = ToStored() };

    public static ModelResult<BoostedTreesModel> FromFile(ModelFile file)
    {
        if (file.Kind != ModelKind.BoostedTrees) return ModelResult<BoostedTreesModel>.Fail($"this is a {file.Kind} model, not a {ModelKind.BoostedTrees} model");
        return FromStored(file.Trees);
    }
}
