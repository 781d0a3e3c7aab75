using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Extraction.Reports;

/// <summary>
/// The trained report classifier: an averaged perceptron over <see cref="ReportFeatures"/>, with calibrated
/// confidences, optionally a binary single-match logistic model over the same features whose probability is blended
/// into the single-match probability, optionally boosted trees over <see cref="ReportDenseFeatures"/> blended in after
/// that (<see cref="Trees"/>), and a decision threshold on that probability fit on held-out data and stored in
/// the model file (<see cref="ThresholdSetting"/>). Thread-safe.
/// </summary>
public sealed class ModelReportDetector : IReportDetector
{
    /// <summary>The model file setting holding <see cref="SingleMatchThreshold"/>.</summary>
    public const string ThresholdSetting = "singleMatchThreshold";

    /// <summary>The model file vector holding the binary single-match model's weights (absent in 8-way-only files).</summary>
    public const string SingleMatchVector = "singleMatchWeights";

    /// <summary>The model file setting holding the binary single-match model's bias.</summary>
    public const string SingleMatchBiasSetting = "singleMatchBias";

    /// <summary>The model file setting holding <see cref="BinaryShare"/>.</summary>
    public const string BinaryShareSetting = "singleMatchBinaryShare";

    /// <summary>The model file setting holding the trees' share of the single-match probability (files with trees only).</summary>
    public const string TreeWeightSetting = "singleMatchTreeWeight";

    /// <summary>The features string a file with trees carries: the hashed features' and the dense features' names.</summary>
    public static string FeaturesWithTrees => $"{ReportFeatures.Name}; {ReportDenseFeatures.Name}";

    [ThreadStatic] private static FeatureBuffer? _buffer;
    [ThreadStatic] private static int[]? _distinct;
    [ThreadStatic] private static ReportReadings? _readings;

    internal ModelReportDetector(LinearClassifier classifier, double? singleMatchThreshold = null, BinaryLogisticModel? singleMatchModel = null, double binaryShare = 0, ReportTrees? trees = null)
    {
        Classifier = classifier;
        SingleMatchThreshold = singleMatchThreshold;
        SingleMatchModel = singleMatchModel;
        BinaryShare = singleMatchModel is null ? 0 : binaryShare;
        Trees = trees;
    }

    /// <summary>The boosted trees blended into the single-match probability after the linear models, or null for none.</summary>
    public ReportTrees? Trees { get; }

    public LinearClassifier Classifier { get; }

    /// <summary>The binary single-match model, or null when the 8-way model alone gives the single-match probability.</summary>
    public BinaryLogisticModel? SingleMatchModel { get; }

    /// <summary>The binary model's share (0..1) of the single-match probability; the rest is the 8-way model's.</summary>
    public double BinaryShare { get; }

    /// <summary>
    /// When set, an article is a single-match report exactly when its calibrated single-match probability reaches
    /// this value; otherwise it is the most likely other kind. When null the most likely kind wins.
    /// </summary>
    public double? SingleMatchThreshold { get; }

    /// <summary>The same weights with another decision threshold (the trainer fits it on held-out articles).</summary>
    public ModelReportDetector WithThreshold(double? threshold) => new(Classifier, threshold, SingleMatchModel, BinaryShare, Trees);

    /// <summary>The same linear models and threshold with boosted trees blended in (null: none).</summary>
    public ModelReportDetector WithTrees(ReportTrees? trees)
    {
        if (trees is not null && trees.Model.FeatureCount != ReportDenseFeatures.Count) throw new ArgumentException($"the trees read {trees.Model.FeatureCount} numbers, {ReportDenseFeatures.Name} has {ReportDenseFeatures.Count}", nameof(trees));
        if (trees is not null && !(trees.Weight is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(trees), trees.Weight, "the trees' share must lie between 0 and 1");
        return new(Classifier, SingleMatchThreshold, SingleMatchModel, BinaryShare, trees);
    }

    /// <summary>The same 8-way weights and threshold with a binary single-match model blended in at <paramref name="share"/> (null: none).</summary>
    public ModelReportDetector WithSingleMatchModel(BinaryLogisticModel? model, double share)
    {
        if (model is not null && model.HashBits != Classifier.HashBits) throw new ArgumentException($"the binary model hashes into 2^{model.HashBits} slots, the 8-way model into 2^{Classifier.HashBits}", nameof(model));
        if (!(share is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(share), share, "the binary model's share must lie between 0 and 1");
        return new(Classifier, SingleMatchThreshold, model, share, Trees);
    }

    public (ReportKind Kind, double Confidence) Detect(Article article)
    {
        Span<double> probabilities = stackalloc double[Classifier.Labels.Count];
        Probabilities(article, probabilities);
        return Decide(probabilities);
    }

    /// <summary>The kind and its probability, given every kind's calibrated probability.</summary>
    public (ReportKind Kind, double Confidence) Decide(ReadOnlySpan<double> probabilities)
    {
        const int single = (int)ReportKind.SingleMatchReport;
        if (SingleMatchThreshold is { } threshold && probabilities[single] >= threshold) return (ReportKind.SingleMatchReport, probabilities[single]);
        int best = -1;
        for (int y = 0; y < probabilities.Length; y++)
        {
            // With a threshold the single-match kind is decided above; below it the best other kind wins.
            if (SingleMatchThreshold is not null && y == single) continue;
            if (best < 0 || probabilities[y] > probabilities[best]) best = y;
        }
        return ((ReportKind)best, probabilities[best]);
    }

    /// <summary>The calibrated probability that the article is a single match's report.</summary>
    public double SingleMatchProbability(Article article)
    {
        Span<double> probabilities = stackalloc double[Classifier.Labels.Count];
        Probabilities(article, probabilities);
        return probabilities[(int)ReportKind.SingleMatchReport];
    }

    /// <summary>Calibrated probabilities of every kind, in <see cref="ReportKind"/> order; with a binary model or trees the single-match entry is the blend (the others are the 8-way model's, compared only among themselves).</summary>
    public void Probabilities(Article article, Span<double> probabilities)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits, 1024);
        buffer.Clear();
        // With trees, the linear features' pass also records what the trees' numbers read, so no span is read twice.
        var readings = Trees is null ? null : _readings ??= new ReportReadings();
        ReportFeatures.Featurize(article, buffer, includeTitle: true, readings);
        var distinct = _distinct;
        if (distinct is null || distinct.Length < buffer.Count) _distinct = distinct = new int[Math.Max(1024, buffer.Count * 2)];
        buffer.Slots.CopyTo(distinct);
        int count = ReportFeatures.Distinct(distinct.AsSpan(0, buffer.Count));
        Classifier.Probabilities(distinct.AsSpan(0, count), probabilities);
        if (SingleMatchModel is { } binary)
        {
            const int single = (int)ReportKind.SingleMatchReport;
            probabilities[single] = BinaryShare * binary.Probability(distinct.AsSpan(0, count)) + (1 - BinaryShare) * probabilities[single];
        }
        if (Trees is { } trees)
        {
            const int single = (int)ReportKind.SingleMatchReport;
            Span<float> row = stackalloc float[ReportDenseFeatures.Count];
            ReportDenseFeatures.Fill(readings!, row);
            probabilities[single] = ReportTrees.Mix(trees.Weight, probabilities[single], trees.Model.Probability(row));
        }
    }

    /// <summary>The single-match probability of the linear models alone (the 8-way model, blended with the binary one when there is one), before any trees.</summary>
    public double LinearSingleMatchProbability(Article article) => Trees is null ? SingleMatchProbability(article) : WithTrees(null).SingleMatchProbability(article);

    public ModelFile ToFile()
    {
        var file = Classifier.ToFile(ModelKind.ReportClassifier);
        var settings = new Dictionary<string, double>(StringComparer.Ordinal);
        if (SingleMatchThreshold is { } threshold) settings[ThresholdSetting] = threshold;
        file = file with { Settings = settings };
        if (SingleMatchModel is { } binary)
        {
            settings[SingleMatchBiasSetting] = binary.Bias;
            settings[BinaryShareSetting] = BinaryShare;
            file = file with { Vectors = new Dictionary<string, float[]>(StringComparer.Ordinal) { [SingleMatchVector] = binary.Weights.ToArray() } };
        }
        if (Trees is not { } trees) return file;
        settings[TreeWeightSetting] = trees.Weight;
        return file with { Trees = trees.Model.ToStored(), Training = file.Training with { Features = FeaturesWithTrees } };
    }

    public void Save(Stream destination) => ModelFileFormat.Save(ToFile(), destination);

    public static ModelResult<ModelReportDetector> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.ReportClassifier);
        if (!classifier.IsSuccess) return classifier.FailAs<ModelReportDetector>();
        string expected = file.Trees is null ? ReportFeatures.Name : FeaturesWithTrees;
        if (file.Training.Features != expected)
            return ModelResult<ModelReportDetector>.Fail($"trained for features '{file.Training.Features}', this build computes '{expected}'; retrain");
        if (!file.Labels.SequenceEqual(Enum.GetNames<ReportKind>()))
            return ModelResult<ModelReportDetector>.Fail($"labels [{string.Join(", ", file.Labels)}] do not match this build's report kinds");
        double? threshold = null;
        if (file.Settings.TryGetValue(ThresholdSetting, out double stored))
        {
            if (!(stored is > 0 and < 1)) return ModelResult<ModelReportDetector>.Fail($"{ThresholdSetting} {stored} is not a probability between 0 and 1");
            threshold = stored;
        }
        ReportTrees? trees = null;
        if (file.Trees is not null)
        {
            var model = BoostedTreesModel.FromStored(file.Trees);
            if (!model.IsSuccess) return model.FailAs<ModelReportDetector>();
            if (model.Value.FeatureCount != ReportDenseFeatures.Count)
                return ModelResult<ModelReportDetector>.Fail($"the trees read {model.Value.FeatureCount} numbers, but {ReportDenseFeatures.Name} has {ReportDenseFeatures.Count}");
            if (!file.Settings.TryGetValue(TreeWeightSetting, out double weight) || !(weight is >= 0 and <= 1))
                return ModelResult<ModelReportDetector>.Fail($"the file has trees but no {TreeWeightSetting} between 0 and 1");
            trees = new ReportTrees(model.Value, weight);
        }
        if (!file.Vectors.TryGetValue(SingleMatchVector, out var vector)) return ModelResult<ModelReportDetector>.Ok(new ModelReportDetector(classifier.Value, threshold, trees: trees));
        if (!file.Settings.TryGetValue(SingleMatchBiasSetting, out double bias) || !file.Settings.TryGetValue(BinaryShareSetting, out double share))
            return ModelResult<ModelReportDetector>.Fail($"the file has a {SingleMatchVector} vector but lacks its {SingleMatchBiasSetting} or {BinaryShareSetting} setting");
        if (!(share is >= 0 and <= 1)) return ModelResult<ModelReportDetector>.Fail($"{BinaryShareSetting} {share} is not a share between 0 and 1");
        var binary = BinaryLogisticModel.Create(file.HashBits, vector, bias);
        if (!binary.IsSuccess) return ModelResult<ModelReportDetector>.Fail($"{SingleMatchVector}: {binary.Error}");
        return ModelResult<ModelReportDetector>.Ok(new ModelReportDetector(classifier.Value, threshold, binary.Value, share, trees));
    }

    public static ModelResult<ModelReportDetector> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelReportDetector>();
    }
}
