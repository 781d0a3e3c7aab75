namespace NewsDigest.Learning.Classification;

/// <summary>Settings of <see cref="LogisticRegressionTrainer"/>; the defaults suit sparse binary features over a few thousand to tens of thousands of examples.</summary>
public sealed record LogisticOptions
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 6;

    /// <summary>Strength of the L2 penalty applied to each weight an example touches, at every step that touches it.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>AdaGrad's base step: each weight's step is this divided by the root of its summed squared gradients.</summary>
    public double LearningRate { get; init; } = 0.1;

    public ulong Seed { get; init; } = 20260101;
    public int HashBits { get; init; } = 17;
}
