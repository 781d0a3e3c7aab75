using NewsDigest.Extraction;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>A sentence of a text with its label.</summary>
public sealed record SentenceExample(string Text, TextSpan Sentence, SentenceLabel Label);

/// <summary>Fits the sentence classifier: averaged perceptron over <see cref="SentenceFeatures"/>, temperature fit on held-out sentences.</summary>
public sealed class SentenceClassifierTrainer(PerceptronOptions options)
{
    public static readonly PerceptronOptions Defaults = new() { Epochs = 6, HashBits = 17 };

    public SentenceClassifierTrainer() : this(Defaults) { }

    public ModelResult<ModelSentenceClassifier> Fit(IReadOnlyList<SentenceExample> train, IReadOnlyList<SentenceExample>? calibration = null, string dataDescription = "unspecified")
    {
        if (train.Count == 0) return ModelResult<ModelSentenceClassifier>.Fail("no training sentences");
        for (int i = 0; i < train.Count; i++)
        {
            var e = train[i];
            if (e?.Text is null) return ModelResult<ModelSentenceClassifier>.Fail($"training sentence {i} has no text");
            if (e.Sentence.Start < 0 || e.Sentence.Length < 0 || e.Sentence.End > e.Text.Length)
                return ModelResult<ModelSentenceClassifier>.Fail($"training sentence {i} spans {e.Sentence.Start}..{e.Sentence.End}, outside its text of {e.Text.Length} characters");
            if (!Enum.IsDefined(e.Label)) return ModelResult<ModelSentenceClassifier>.Fail($"training sentence {i} has an unknown label {(int)e.Label}");
        }
        var fitted = new AveragedPerceptronTrainer(Enum.GetNames<SentenceLabel>(), options).Fit(Featurize(train, options.HashBits), dataDescription, SentenceFeatures.Name);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelSentenceClassifier>();
        var model = fitted.Value;
        if (calibration is { Count: > 0 }) model = TemperatureCalibrator.Fit(model, Featurize(calibration, options.HashBits));
        return ModelResult<ModelSentenceClassifier>.Ok(new ModelSentenceClassifier(model));
    }

    private static List<LabeledExample> Featurize(IReadOnlyList<SentenceExample> data, int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        var result = new List<LabeledExample>(data.Count);
        foreach (var e in data)
        {
            buffer.Clear();
            SentenceFeatures.Featurize(e.Text, e.Sentence, buffer);
            result.Add(new LabeledExample(buffer.ToArray(), (int)e.Label));
        }
        return result;
    }
}
