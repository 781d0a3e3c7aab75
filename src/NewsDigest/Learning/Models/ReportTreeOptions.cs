using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Models;

/// <summary>Settings of the report classifier's boosted trees (<see cref="ReportTreeTrainer"/>) and of their share of the single-match probability.</summary>
public sealed record ReportTreeOptions
{
    public BoostedTreesOptions Trees { get; init; } = new();

    /// <summary>The trees' share of the single-match probability; the rest is the linear models' blend.</summary>
    public double Weight { get; init; } = 0.3;

    /// <summary>How much an article labelled by the title/URL keyword rules counts against a hand, corpus or written label (1).</summary>
    public float WeakLabelWeight { get; init; } = 1f;
}
