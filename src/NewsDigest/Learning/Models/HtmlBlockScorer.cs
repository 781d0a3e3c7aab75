using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>
/// The learned block scorer of HTML extraction: the calibrated probability that a block of a page is part of the story,
/// given its shape, its place in the page and the hand rules' decision. A block the rules kept stays unless its probability
/// falls below one threshold; a block they left out comes in only when it reaches another; both are fit on the dev pages,
/// so the model overrules the rules only where it is sure enough to pay off. Immutable and thread-safe.
/// </summary>
public sealed class HtmlBlockScorer
{
    public static readonly IReadOnlyList<string> Labels = ["boilerplate", "content"];

    /// <summary>The settings key of the threshold for blocks the hand rules kept.</summary>
    public const string KeptThresholdSetting = "keptBlockThreshold";

    /// <summary>The settings key of the threshold for blocks the hand rules left out.</summary>
    public const string OtherThresholdSetting = "otherBlockThreshold";

    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal HtmlBlockScorer(LinearClassifier classifier, double keptThreshold, double otherThreshold)
    {
        Classifier = classifier;
        KeptThreshold = keptThreshold;
        OtherThreshold = otherThreshold;
    }

    public LinearClassifier Classifier { get; }

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
        Span<double> p = stackalloc double[2];
        for (int i = 0; i < result.Length; i++)
        {
            buffer.Clear();
            HtmlBlockFeatures.Featurize(page, i, buffer);
            Classifier.Probabilities(buffer.Slots, p);
            result[i] = p[1];
        }
        return result;
    }

    /// <summary>The page's text from the blocks the model keeps.</summary>
    internal List<string> Select(PageBlocks page)
    {
        var probabilities = Probabilities(page);
        var keep = new bool[probabilities.Length];
        for (int i = 0; i < keep.Length; i++) keep[i] = Keeps(probabilities[i], page.RulesKept[i]);
        return page.Assemble(keep);
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.HtmlBlockClassifier) with
    {
        Settings = new Dictionary<string, double> { [KeptThresholdSetting] = KeptThreshold, [OtherThresholdSetting] = OtherThreshold },
    };

    public static ModelResult<HtmlBlockScorer> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.HtmlBlockClassifier);
        if (!classifier.IsSuccess) return classifier.FailAs<HtmlBlockScorer>();
        if (file.Training.Features != HtmlBlockFeatures.Name)
            return ModelResult<HtmlBlockScorer>.Fail($"built for features '{file.Training.Features}', but this build computes '{HtmlBlockFeatures.Name}'; retrain with 'newsdigest train --model html'");
        if (!file.Labels.SequenceEqual(Labels)) return ModelResult<HtmlBlockScorer>.Fail($"labels {string.Join("/", file.Labels)} are not {string.Join("/", Labels)}");
        if (!file.Settings.TryGetValue(KeptThresholdSetting, out double kept) || kept is not (>= 0 and <= 1))
            return ModelResult<HtmlBlockScorer>.Fail($"no {KeptThresholdSetting} between 0 and 1 in the file");
        if (!file.Settings.TryGetValue(OtherThresholdSetting, out double other) || other is not (>= 0 and <= 2))
            return ModelResult<HtmlBlockScorer>.Fail($"no {OtherThresholdSetting} between 0 and 2 in the file");
        return ModelResult<HtmlBlockScorer>.Ok(new HtmlBlockScorer(classifier.Value, kept, other));
    }
}
