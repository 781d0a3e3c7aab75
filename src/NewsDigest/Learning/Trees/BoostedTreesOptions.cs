namespace NewsDigest.Learning.Trees;

/// <summary>Settings of <see cref="BoostedTreesTrainer"/>; the defaults suit a few thousand rows of a few dozen features.</summary>
public sealed record BoostedTreesOptions
{
    /// <summary>How many trees are grown, one per boosting round.</summary>
    public int Trees { get; init; } = 100;

    /// <summary>Shrinkage: each tree's leaf values are scaled by this, so later trees correct earlier ones in small steps.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>The deepest a tree grows (a depth-d tree reads interactions of up to d features).</summary>
    public int MaxDepth { get; init; } = 4;

    /// <summary>The fewest rows a leaf may hold, so no leaf is fit to one or two noisy labels.</summary>
    public int MinLeafExamples { get; init; } = 10;

    /// <summary>L2 penalty on leaf values (added to the leaf's summed hessian).</summary>
    public double L2 { get; init; } = 1.0;

    /// <summary>Splits must reduce the loss by more than this.</summary>
    public double MinGain { get; init; }

    /// <summary>At most this many histogram bins per feature (2 to 256): thresholds are chosen among bin edges.</summary>
    public int MaxBins { get; init; } = 64;

    /// <summary>Share of rows each tree is grown on, drawn afresh per tree (1: all).</summary>
    public double RowSubsample { get; init; } = 1.0;

    /// <summary>Share of features each tree may split on, drawn afresh per tree (1: all).</summary>
    public double FeatureSubsample { get; init; } = 1.0;

    /// <summary>Seed of the row and feature draws: the same data, options and seed give the same trees bit for bit.</summary>
    public ulong Seed { get; init; } = 1;
}
