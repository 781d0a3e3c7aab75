using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Extraction.Reports;

/// <summary>The trained report classifier: an averaged perceptron over <see cref="ReportFeatures"/>, with calibrated confidences. Thread-safe.</summary>
public sealed class ModelReportDetector : IReportDetector
{
    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal ModelReportDetector(LinearClassifier classifier) => Classifier = classifier;

    public LinearClassifier Classifier { get; }

    public (ReportKind Kind, double Confidence) Detect(Article article)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits, 1024);
        buffer.Clear();
        ReportFeatures.Featurize(article, buffer);
        var prediction = Classifier.Predict(buffer.Slots);
        return ((ReportKind)prediction.Label, prediction.Confidence);
    }

    /// <summary>The calibrated probability that the article is a single match's report, for callers that want their own threshold instead of the most likely kind.</summary>
    public double SingleMatchProbability(Article article)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits, 1024);
        buffer.Clear();
        ReportFeatures.Featurize(article, buffer);
        Span<double> probabilities = stackalloc double[Classifier.Labels.Count];
        Classifier.Probabilities(buffer.Slots, probabilities);
        return probabilities[(int)ReportKind.SingleMatchReport];
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.ReportClassifier);

    public void Save(Stream destination) => ModelFileFormat.Save(ToFile(), destination);

    public static ModelResult<ModelReportDetector> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.ReportClassifier);
        if (!classifier.IsSuccess) return classifier.FailAs<ModelReportDetector>();
        if (file.Training.Features != ReportFeatures.Name)
            return ModelResult<ModelReportDetector>.Fail($"trained for features '{file.Training.Features}', this build computes '{ReportFeatures.Name}'; retrain");
        if (!file.Labels.SequenceEqual(Enum.GetNames<ReportKind>()))
            return ModelResult<ModelReportDetector>.Fail($"labels [{string.Join(", ", file.Labels)}] do not match this build's report kinds");
        return ModelResult<ModelReportDetector>.Ok(new ModelReportDetector(classifier.Value));
    }

    public static ModelResult<ModelReportDetector> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelReportDetector>();
    }
}
