using NewsDigest.Extraction;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>The trained sentence classifier (goal, penalty, red card, chance, quote, result, other). Thread-safe.</summary>
public sealed class ModelSentenceClassifier : ISentenceClassifier
{
    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal ModelSentenceClassifier(LinearClassifier classifier) => Classifier = classifier;

    public LinearClassifier Classifier { get; }

    public (SentenceLabel Label, double Confidence) Classify(string text, TextSpan sentence)
    {
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Classifier.HashBits) _buffer = buffer = new FeatureBuffer(Classifier.HashBits);
        buffer.Clear();
        SentenceFeatures.Featurize(text, sentence, buffer);
        var prediction = Classifier.Predict(buffer.Slots);
        return ((SentenceLabel)prediction.Label, prediction.Confidence);
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.SentenceClassifier);

    public static ModelResult<ModelSentenceClassifier> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.SentenceClassifier, SentenceFeatures.Name, Enum.GetNames<SentenceLabel>());
        return classifier.IsSuccess ? ModelResult<ModelSentenceClassifier>.Ok(new ModelSentenceClassifier(classifier.Value)) : classifier.FailAs<ModelSentenceClassifier>();
    }

    public static ModelResult<ModelSentenceClassifier> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelSentenceClassifier>();
    }
}
