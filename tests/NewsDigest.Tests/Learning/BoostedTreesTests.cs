using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Tests.Learning;

public class BoostedTreesTests
{
    /// <summary>
    /// Rows whose label is the XOR of two thresholded features, with a third feature of noise: no feature says anything alone,
    /// only their interaction does.
    /// </summary>
    private static List<DenseExample> Xor(int count, ulong seed)
    {
        var random = new SplitMix64(seed);
        var rows = new List<DenseExample>(count);
        for (int i = 0; i < count; i++)
        {
            float a = (float)random.NextDouble(), b = (float)random.NextDouble(), noise = (float)random.NextDouble();
            rows.Add(new DenseExample([a, b, noise], (a > 0.5f) ^ (b > 0.5f)));
        }
        return rows;
    }

    private static double Accuracy(BoostedTreesModel model, IEnumerable<DenseExample> rows) =>
        rows.Average(r => model.Probability(r.Features) >= 0.5 == r.Positive ? 1.0 : 0.0);

    private static readonly BoostedTreesOptions Small = new() { Trees = 60, LearningRate = 0.3, MaxDepth = 3, MinLeafExamples = 5, RowSubsample = 0.8, FeatureSubsample = 1, Seed = 7 };

    [Fact]
    public void Trees_learn_an_interaction_that_an_additive_model_of_stumps_cannot()
    {
        var train = Xor(800, 1);
        var test = Xor(400, 2);
        var trees = new BoostedTreesTrainer(Small).Fit(train).Unwrap();
        // Depth-one trees add one feature's effect at a time, as a linear model does: XOR stays at chance for them.
        var stumps = new BoostedTreesTrainer(Small with { MaxDepth = 1 }).Fit(train).Unwrap();
        Assert.True(Accuracy(trees, test) > 0.95, $"trees of depth 3: {Accuracy(trees, test):0.000} on new rows");
        Assert.True(Accuracy(stumps, test) < 0.65, $"stumps: {Accuracy(stumps, test):0.000} on new rows");
        Assert.All(trees.Trees, t => Assert.InRange(t.Splits, 0, 7));
    }

    [Fact]
    public void The_same_seed_gives_the_same_trees_and_another_seed_other_trees()
    {
        var train = Xor(500, 3);
        byte[] Bytes(BoostedTreesOptions options) => ModelFileFormat.ToBytes(new BoostedTreesTrainer(options).Fit(train).Unwrap().ToFile(TrainingInfo.Unknown));
        Assert.Equal(Bytes(Small), Bytes(Small));
        Assert.NotEqual(Bytes(Small), Bytes(Small with { Seed = 8 }));
        // Without subsampling the seed draws nothing.
        var whole = Small with { RowSubsample = 1, FeatureSubsample = 1 };
        Assert.Equal(Bytes(whole), Bytes(whole with { Seed = 9 }));
    }

    [Fact]
    public void A_saved_model_loads_back_exactly_and_predicts_the_same()
    {
        var model = new BoostedTreesTrainer(Small with { FeatureSubsample = 0.7 }).Fit(Xor(500, 4)).Unwrap();
        var info = new TrainingInfo("xor rows", "xor v1", 500, 60, 7);
        var bytes = ModelFileFormat.ToBytes(model.ToFile(info));
        Assert.Equal(ModelFileFormat.WithTrees, BitConverter.ToInt32(bytes, 8));
        var file = ModelFileFormat.Read(bytes).Unwrap();
        var loaded = BoostedTreesModel.FromFile(file).Unwrap();
        Assert.Equal(bytes, ModelFileFormat.ToBytes(loaded.ToFile(file.Training)));
        Assert.Equal(model.Bias, loaded.Bias);
        foreach (var row in Xor(200, 5)) Assert.Equal(model.Margin(row.Features), loaded.Margin(row.Features));
        Assert.Contains("not a BoostedTrees model", BoostedTreesModel.FromFile(file with { Kind = ModelKind.LinearClassifier }).Error);
    }

    [Fact]
    public void Files_without_trees_keep_their_old_version_and_bytes()
    {
        var plain = new ModelFile(ModelKind.LinearClassifier, ["a", "b"], 4, TrainingInfo.Unknown, new float[32]);
        var withVectors = plain with { Vectors = new Dictionary<string, float[]> { ["v"] = [1f, 2f] } };
        Assert.Equal(3, BitConverter.ToInt32(ModelFileFormat.ToBytes(plain), 8));
        Assert.Equal(4, BitConverter.ToInt32(ModelFileFormat.ToBytes(withVectors), 8));
        var reread = ModelFileFormat.Read(ModelFileFormat.ToBytes(withVectors)).Unwrap();
        Assert.Null(reread.Trees);
        Assert.Equal(ModelFileFormat.ToBytes(withVectors), ModelFileFormat.ToBytes(reread));
    }

    [Fact]
    public void A_tree_whose_child_points_back_is_refused_as_malformed()
    {
        var loop = new StoredTree([0, 0], [0.5f, 0.5f], [1, 0], [-1, -2], [0f, 1f, 2f]);
        var file = new ModelFile(ModelKind.BoostedTrees, ["no", "yes"], 4, TrainingInfo.Unknown, []) { Trees = new StoredTreeEnsemble(0, 1, [loop]) };
        var result = ModelFileFormat.Read(ModelFileFormat.ToBytes(file));
        Assert.False(result.IsSuccess);
        Assert.Contains("child 0 out of range", result.Error);
        var wrongFeature = file with { Trees = new StoredTreeEnsemble(0, 1, [new StoredTree([3], [0.5f], [-1], [-2], [0f, 1f])]) };
        Assert.Contains("reads feature 3 of 1", ModelFileFormat.Read(ModelFileFormat.ToBytes(wrongFeature)).Error);
    }

    [Fact]
    public void Bad_rows_and_options_are_named_not_thrown()
    {
        var trainer = new BoostedTreesTrainer(Small);
        Assert.Contains("no training examples", trainer.Fit([]).Error);
        Assert.Contains("all yes", trainer.Fit([new DenseExample([1f], true), new DenseExample([2f], true)]).Error);
        Assert.Contains("example 1 has 2 features", trainer.Fit([new DenseExample([1f], true), new DenseExample([1f, 2f], false)]).Error);
        Assert.Contains("must be finite", trainer.Fit([new DenseExample([float.NaN], true), new DenseExample([1f], false)]).Error);
        Assert.Contains("depth", new BoostedTreesTrainer(Small with { MaxDepth = 0 }).Fit(Xor(10, 1)).Error);
        Assert.Contains("row subsample", new BoostedTreesTrainer(Small with { RowSubsample = 0 }).Fit(Xor(10, 1)).Error);
    }

    [Fact]
    public void Leaves_hold_at_least_the_minimum_rows_and_a_constant_feature_is_never_split()
    {
        var rows = Xor(300, 6).Select(r => r with { Features = [r.Features[0], r.Features[1], 3f] }).ToList();
        var model = new BoostedTreesTrainer(Small with { MinLeafExamples = 40, RowSubsample = 1 }).Fit(rows).Unwrap();
        Assert.Equal(0, model.SplitCounts()[2]);
        // With every row in every tree, each leaf a row reaches holds at least 40 rows of the training data.
        foreach (var tree in model.Trees.Take(5))
        {
            var byLeaf = rows.GroupBy(r => tree.Value(r.Features));
            Assert.All(byLeaf, leaf => Assert.True(leaf.Count() >= 40, $"a leaf of {leaf.Count()} rows"));
        }
    }
}
