using NewsDigest.Learning.Classification;

namespace NewsDigest.Learning.Models;

/// <summary>Settings of the report classifier's binary single-match model (<see cref="ReportSingleMatchTrainer"/>) and of how its probability is blended with the 8-way model's.</summary>
public sealed record ReportSingleMatchOptions
{
    public LogisticOptions Logistic { get; init; } = new();

    /// <summary>How much an article labelled by the title/URL keyword rules counts against a hand, corpus or written label (1).</summary>
    public float WeakLabelWeight { get; init; } = 1f;

    /// <summary>The binary model's share of the single-match probability; the rest is the 8-way model's calibrated single-match probability.</summary>
    public double BinaryShare { get; init; } = 0.5;
}
