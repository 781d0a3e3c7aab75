using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Extraction.Reports;

/// <summary>
/// The trained report classifier: an averaged perceptron over <see cref="ReportFeatures"/>, with calibrated
/// confidences, and a decision threshold on the single-match probability fit on held-out data and stored in the
/// model file (<see cref="ThresholdSetting"/>). Thread-safe.
/// </summary>
public sealed class ModelReportDetector : IReportDetector
{
    /// <summary>The model file setting holding <see cref="SingleMatchThreshold"/>.</summary>
    public const string ThresholdSetting = "singleMatchThreshold";

    [ThreadStatic] private static FeatureBuffer? _buffer;
    [ThreadStatic] private static int[]? _distinct;

    internal ModelReportDetector(LinearClassifier classifier, double? singleMatchThreshold = null)
    {
        Classifier = classifier;
        SingleMatchThreshold = singleMatchThreshold;
    }

    public LinearClassifier Classifier { get; }

    /// <summary>
    /// When set, an article is a single-match report exactly when its calibrated single-match probability reaches
    /// this value; otherwise it is the most likely other kind. When null the most likely kind wins.
    /// </summary>
    public double? SingleMatchThreshold { get; }

    /// <summary>The same weights with another decision threshold (the trainer fits it on held-out articles).</summary>
    public ModelReportDetector WithThreshold(double? threshold) => new(Classifier, threshold);

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

    /// <summary>Calibrated probabilities of every kind, in <see cref="ReportKind"/> order.</summary>
    public void Probabilities(Article article, Span<double> probabilities)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits, 1024);
        buffer.Clear();
        ReportFeatures.Featurize(article, buffer);
        var distinct = _distinct;
        if (distinct is null || distinct.Length < buffer.Count) _distinct = distinct = new int[Math.Max(1024, buffer.Count * 2)];
        buffer.Slots.CopyTo(distinct);
        int count = ReportFeatures.Distinct(distinct.AsSpan(0, buffer.Count));
        Classifier.Probabilities(distinct.AsSpan(0, count), probabilities);
    }

    public ModelFile ToFile()
    {
        var file = Classifier.ToFile(ModelKind.ReportClassifier);
        return SingleMatchThreshold is { } threshold ? file with { Settings = new Dictionary<string, double> { [ThresholdSetting] = threshold } } : file;
    }

    public void Save(Stream destination) => ModelFileFormat.Save(ToFile(), destination);

    public static ModelResult<ModelReportDetector> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.ReportClassifier);
        if (!classifier.IsSuccess) return classifier.FailAs<ModelReportDetector>();
        if (file.Training.Features != ReportFeatures.Name)
            return ModelResult<ModelReportDetector>.Fail($"trained for features '{file.Training.Features}', this build computes '{ReportFeatures.Name}'; retrain");
        if (!file.Labels.SequenceEqual(Enum.GetNames<ReportKind>()))
            return ModelResult<ModelReportDetector>.Fail($"labels [{string.Join(", ", file.Labels)}] do not match this build's report kinds");
        double? threshold = null;
        if (file.Settings.TryGetValue(ThresholdSetting, out double stored))
        {
            if (!(stored is > 0 and < 1)) return ModelResult<ModelReportDetector>.Fail($"{ThresholdSetting} {stored} is not a probability between 0 and 1");
            threshold = stored;
        }
        return ModelResult<ModelReportDetector>.Ok(new ModelReportDetector(classifier.Value, threshold));
    }

    public static ModelResult<ModelReportDetector> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelReportDetector>();
    }
}
