using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Trees;

/// <summary>
/// Fits gradient-boosted decision trees for binary log-loss (like ML.NET's FastTree binary trainer): starting from the
/// training rows' log-odds, each round grows a depth-limited regression tree on the loss's gradients and hessians, split by
/// split on histogram bins of the features (the split with the largest second-order gain, at least MinLeafExamples rows
/// each side), with Newton leaf values shrunk by the learning rate. Rows and features may be subsampled per tree with a
/// seeded generator. Deterministic: the same rows, options and seed give the same trees, bit for bit.
/// </summary>
public sealed class BoostedTreesTrainer(BoostedTreesOptions options)
{
    public BoostedTreesOptions Options { get; } = options;

    public ModelResult<BoostedTreesModel> Fit(IReadOnlyList<DenseExample> data)
    {
        var problem = Validate(data);
        if (problem is not null) return ModelResult<BoostedTreesModel>.Fail(problem);
        int n = data.Count, featureCount = data[0].Features.Length;
        var bins = FeatureBins.Fit(data, featureCount, Options.MaxBins);
        // Feature-major bins, so one feature's histogram reads one contiguous run.
        var binned = new byte[featureCount][];
        for (int f = 0; f < featureCount; f++)
        {
            binned[f] = new byte[n];
            for (int r = 0; r < n; r++) binned[f][r] = bins.BinOf(f, data[r].Features[f]);
        }
        double positive = 0, total = 0;
        foreach (var row in data)
        {
            total += row.Weight;
            if (row.Positive) positive += row.Weight;
        }
        double prior = Math.Clamp(positive / total, 1e-6, 1 - 1e-6);
        double bias = Math.Log(prior / (1 - prior));
        var margins = new double[n];
        Array.Fill(margins, bias);
        var gradients = new double[n];
        var hessians = new double[n];
        var random = new SplitMix64(Options.Seed);
        var trees = new RegressionTree[Options.Trees];
        var grower = new TreeGrower(Options, bins, binned, gradients, hessians);
        for (int t = 0; t < Options.Trees; t++)
        {
            for (int r = 0; r < n; r++)
            {
                double p = Classification.BinaryLogisticModel.Logistic(margins[r]);
                double w = data[r].Weight;
                gradients[r] = w * (p - (data[r].Positive ? 1 : 0));
                hessians[r] = w * Math.Max(p * (1 - p), 1e-12);
            }
            var rows = SampleRows(n, random);
            var features = SampleFeatures(featureCount, random);
            var tree = grower.Grow(rows, features);
            trees[t] = tree;
            for (int r = 0; r < n; r++) margins[r] += tree.Value(data[r].Features);
        }
        return ModelResult<BoostedTreesModel>.Ok(new BoostedTreesModel(bias, featureCount, trees));
    }

    private int[] SampleRows(int n, SplitMix64 random)
    {
        if (Options.RowSubsample >= 1) return Enumerable.Range(0, n).ToArray();
        var rows = new List<int>(n);
        for (int r = 0; r < n; r++)
            if (random.NextDouble() < Options.RowSubsample) rows.Add(r);
        return rows.Count > 0 ? rows.ToArray() : [random.Below(n)];
    }

    private int[] SampleFeatures(int featureCount, SplitMix64 random)
    {
        if (Options.FeatureSubsample >= 1) return Enumerable.Range(0, featureCount).ToArray();
        var order = Enumerable.Range(0, featureCount).ToArray();
        random.Shuffle(order);
        int take = Math.Max(1, (int)Math.Round(featureCount * Options.FeatureSubsample));
        return order[..take].Order().ToArray();
    }

    private string? Validate(IReadOnlyList<DenseExample> data)
    {
        if (Options.Trees < 1) return "at least one tree is needed";
        if (Options.MaxDepth is < 1 or > 12) return $"tree depth {Options.MaxDepth} out of range 1..12";
        if (Options.MinLeafExamples < 1) return "a leaf must hold at least one example";
        if (Options.MaxBins is < 2 or > 256) return $"bins {Options.MaxBins} out of range 2..256";
        if (!(Options.LearningRate > 0) || !double.IsFinite(Options.LearningRate)) return $"learning rate {Options.LearningRate} must be a finite positive number";
        if (!(Options.L2 >= 0) || !double.IsFinite(Options.L2)) return $"L2 {Options.L2} must be a finite number of at least 0";
        if (!(Options.MinGain >= 0) || !double.IsFinite(Options.MinGain)) return $"minimum gain {Options.MinGain} must be a finite number of at least 0";
        if (Options.RowSubsample is not (> 0 and <= 1)) return $"row subsample {Options.RowSubsample} must be in (0, 1]";
        if (Options.FeatureSubsample is not (> 0 and <= 1)) return $"feature subsample {Options.FeatureSubsample} must be in (0, 1]";
        if (data.Count == 0) return "no training examples";
        int featureCount = data[0]?.Features?.Length ?? 0;
        if (featureCount == 0) return "examples have no features";
        bool anyYes = false, anyNo = false;
        for (int i = 0; i < data.Count; i++)
        {
            var row = data[i];
            if (row is null || row.Features is null) return $"example {i} is missing";
            if (row.Features.Length != featureCount) return $"example {i} has {row.Features.Length} features, example 0 has {featureCount}";
            if (!(row.Weight >= 0) || !float.IsFinite(row.Weight)) return $"example {i} has weight {row.Weight}; weights must be finite and at least 0";
            foreach (float v in row.Features)
                if (!float.IsFinite(v)) return $"example {i} has a feature value {v}; values must be finite";
            if (row.Weight > 0)
            {
                if (row.Positive) anyYes = true; else anyNo = true;
            }
        }
        if (!anyYes || !anyNo) return $"training examples are all {(anyYes ? "yes" : "no")}: a binary model needs both answers";
        return null;
    }
}
