using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Models;

/// <summary>
/// The learned block scorer of HTML extraction: the calibrated probability that a block of a page is part of the story,
/// given its shape, its place in the page and the hand rules' decision. A block the rules kept stays unless its probability
/// falls below one threshold; a block they left out comes in only when it reaches another; both are fit on the dev pages,
/// so the model overrules the rules only where it is sure enough to pay off. With boosted trees beside the perceptron, the
/// probability is a blend of the perceptron's and the trees' (the trees read the blocks' dense features, and the perceptron's
/// margin when they are stacked on it). Immutable and thread-safe.
/// </summary>
public sealed class HtmlBlockScorer
{
    public static readonly IReadOnlyList<string> Labels = ["boilerplate", "content"];

    /// <summary>The settings key of the threshold for blocks the hand rules kept.</summary>
    public const string KeptThresholdSetting = "keptBlockThreshold";

    /// <summary>The settings key of the threshold for blocks the hand rules left out.</summary>
    public const string OtherThresholdSetting = "otherBlockThreshold";

    /// <summary>The settings key of the trees' share of the blended probability.</summary>
    public const string TreeWeightSetting = "treeWeight";

    /// <summary>The settings key saying (1) that the trees read the perceptron's margin as their last feature.</summary>
    public const string TreesStackedSetting = "treesStacked";

    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal HtmlBlockScorer(LinearClassifier classifier, double keptThreshold, double otherThreshold, BlockTrees? trees = null)
    {
        Classifier = classifier;
        KeptThreshold = keptThreshold;
        OtherThreshold = otherThreshold;
        Trees = trees;
    }

    public LinearClassifier Classifier { get; }

    /// <summary>The boosted trees blended with the perceptron, or null for the perceptron alone.</summary>
    public BlockTrees? Trees { get; }

    /// <summary>The features string a file with trees carries: the hashed features' and the dense features' names.</summary>
    public static string FeaturesWithTrees => $"{HtmlBlockFeatures.Name}; {HtmlBlockDenseFeatures.Name}";

    /// <summary>A block the hand rules kept stays when its probability of being content reaches this.</summary>
    public double KeptThreshold { get; }

    /// <summary>A block the hand rules left out is added when its probability of being content reaches this (above 1: never).</summary>
    public double OtherThreshold { get; }

    /// <summary>Whether a block with this probability is kept, given the rules' decision.</summary>
    public bool Keeps(double probability, bool rulesKept) => probability >= (rulesKept ? KeptThreshold : OtherThreshold);

    /// <summary>The probability that each block of the page is content.</summary>
    internal double[] Probabilities(PageBlocks page)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits);
        var result = new double[page.Candidates.Count];
        Span<float> scores = stackalloc float[2];
        Span<double> p = stackalloc double[2];
        Span<float> row = stackalloc float[HtmlBlockDenseFeatures.Count + 1];
        for (int i = 0; i < result.Length; i++)
        {
            buffer.Clear();
            HtmlBlockFeatures.Featurize(page, i, buffer);
            Classifier.Score(buffer.Slots, scores);
            Softmax.Fill(scores, Classifier.Temperature, p);
            if (Trees is null)
            {
                result[i] = p[1];
                continue;
            }
            HtmlBlockDenseFeatures.Fill(page, i, row);
            result[i] = Trees.Blend(p[1], scores[1] - scores[0], row);
        }
        return result;
    }

    /// <summary>The page's text from the blocks the model keeps; what the rules kept inside live coverage stays (<see cref="PageBlocks.InLiveCoverage"/>).</summary>
    internal List<string> Select(PageBlocks page)
    {
        var probabilities = Probabilities(page);
        var keep = new bool[probabilities.Length];
        for (int i = 0; i < keep.Length; i++) keep[i] = Keeps(probabilities[i], page.RulesKept[i]) || (page.RulesKept[i] && page.InLiveCoverage(i));
        return page.Assemble(keep);
    }

    public ModelFile ToFile()
    {
        var settings = new Dictionary<string, double> { [KeptThresholdSetting] = KeptThreshold, [OtherThresholdSetting] = OtherThreshold };
        var file = Classifier.ToFile(ModelKind.HtmlBlockClassifier) with { Settings = settings };
        if (Trees is null) return file;
        settings[TreeWeightSetting] = Trees.Weight;
        settings[TreesStackedSetting] = Trees.Stacked ? 1 : 0;
        return file with { Trees = Trees.Model.ToStored(), Training = file.Training with { Features = FeaturesWithTrees } };
    }

    public static ModelResult<HtmlBlockScorer> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.HtmlBlockClassifier);
        if (!classifier.IsSuccess) return classifier.FailAs<HtmlBlockScorer>();
        string expected = file.Trees is null ? HtmlBlockFeatures.Name : FeaturesWithTrees;
        if (file.Training.Features != expected)
            return ModelResult<HtmlBlockScorer>.Fail($"built for features '{file.Training.Features}', but this build computes '{expected}'; retrain with 'newsdigest train --model html'");
        if (!file.Labels.SequenceEqual(Labels)) return ModelResult<HtmlBlockScorer>.Fail($"labels {string.Join("/", file.Labels)} are not {string.Join("/", Labels)}");
        if (!file.Settings.TryGetValue(KeptThresholdSetting, out double kept) || kept is not (>= 0 and <= 1))
            return ModelResult<HtmlBlockScorer>.Fail($"no {KeptThresholdSetting} between 0 and 1 in the file");
        if (!file.Settings.TryGetValue(OtherThresholdSetting, out double other) || other is not (>= 0 and <= 2))
            return ModelResult<HtmlBlockScorer>.Fail($"no {OtherThresholdSetting} between 0 and 2 in the file");
        if (file.Trees is null) return ModelResult<HtmlBlockScorer>.Ok(new HtmlBlockScorer(classifier.Value, kept, other));
        var trees = BoostedTreesModel.FromStored(file.Trees);
        if (!trees.IsSuccess) return trees.FailAs<HtmlBlockScorer>();
        if (!file.Settings.TryGetValue(TreeWeightSetting, out double weight) || weight is not (>= 0 and <= 1))
            return ModelResult<HtmlBlockScorer>.Fail($"no {TreeWeightSetting} between 0 and 1 in the file");
        if (!file.Settings.TryGetValue(TreesStackedSetting, out double stacked) || stacked is not (0 or 1))
            return ModelResult<HtmlBlockScorer>.Fail($"no {TreesStackedSetting} of 0 or 1 in the file");
        int features = HtmlBlockDenseFeatures.Count + (stacked == 1 ? 1 : 0);
        if (trees.Value.FeatureCount != features)
            return ModelResult<HtmlBlockScorer>.Fail($"the trees read {trees.Value.FeatureCount} features, but this build gives them {features}");
        return ModelResult<HtmlBlockScorer>.Ok(new HtmlBlockScorer(classifier.Value, kept, other, new BlockTrees(trees.Value, weight, stacked == 1)));
    }
}
