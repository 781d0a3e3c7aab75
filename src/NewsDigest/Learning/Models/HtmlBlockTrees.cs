using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Models;

/// <summary>
/// The boosted trees of the HTML block scorer and how their probability is blended with the perceptron's: Weight is the
/// trees' share; when Stacked, the trees read the perceptron's margin as one feature after the dense ones. Immutable.
/// </summary>
public sealed record BlockTrees(BoostedTreesModel Model, double Weight, bool Stacked)
{
    /// <summary>
    /// The blended probability of content for one block, from the perceptron's calibrated probability and raw margin (content
    /// score minus boilerplate score) and the block's dense row (<see cref="HtmlBlockDenseFeatures.Count"/> features, with one
    /// free place after them for the margin).
    /// </summary>
    internal double Blend(double perceptron, float margin, Span<float> row)
    {
        int count = HtmlBlockDenseFeatures.Count;
        if (Stacked) row[count++] = margin;
        return Mix(Weight, perceptron, Model.Probability(row[..count]));
    }

    /// <summary>The blend of the two probabilities, the one place its formula is written (the recipe's out-of-fold figures use it too).</summary>
    internal static double Mix(double treeWeight, double perceptron, double trees) => treeWeight * trees + (1 - treeWeight) * perceptron;
}
