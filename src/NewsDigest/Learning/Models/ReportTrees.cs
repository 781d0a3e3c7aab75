using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Models;

/// <summary>
/// The report classifier's boosted trees over <see cref="ReportDenseFeatures"/> and their share of the single-match
/// probability: the trees' probability times <paramref name="Weight"/> plus the linear models' blend times the rest. Immutable.
/// </summary>
public sealed record ReportTrees(BoostedTreesModel Model, double Weight)
{
    /// <summary>The blend of the two probabilities, the one place its formula is written (the recipe's held-out figures use it too).</summary>
    public static double Mix(double treeWeight, double linear, double trees) => treeWeight * trees + (1 - treeWeight) * linear;
}
