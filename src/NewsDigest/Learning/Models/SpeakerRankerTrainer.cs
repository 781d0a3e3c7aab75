using NewsDigest.Extraction.Quotes;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>A quote, its candidate speakers and which one said it.</summary>
public sealed record QuoteExample(string Text, TextSpan Quote, IReadOnlyList<SpeakerCandidate> Candidates, int Speaker);

/// <summary>Fits the speaker ranker as a yes/no classifier over (quote, candidate) pairs, temperature fit on held-out quotes.</summary>
public sealed class SpeakerRankerTrainer(PerceptronOptions options, LogisticOptions? logistic = null)
{
    public static readonly PerceptronOptions Defaults = new() { Epochs = 8, HashBits = 16 };

    public SpeakerRankerTrainer() : this(Defaults) { }

    /// <summary>Fits an L2-regularised logistic regression (<see cref="LogisticRegressionTrainer"/>) instead of the perceptron: every pair moves
    /// the weights by how wrong its probability is, and the penalty keeps rare slots, such as one outlet's words, from deciding alone.</summary>
    public static SpeakerRankerTrainer Logistic(LogisticOptions logistic) => new(Defaults with { HashBits = logistic.HashBits }, logistic);

    public ModelResult<ModelSpeakerRanker> Fit(IReadOnlyList<QuoteExample> train, IReadOnlyList<QuoteExample>? calibration = null, string dataDescription = "unspecified")
    {
        if (train.Count == 0) return ModelResult<ModelSpeakerRanker>.Fail("no training quotes");
        for (int i = 0; i < train.Count; i++)
        {
            var e = train[i];
            if (e?.Text is null || e.Candidates is null) return ModelResult<ModelSpeakerRanker>.Fail($"training quote {i} is missing its text or candidates");
            if ((uint)e.Speaker >= (uint)e.Candidates.Count) return ModelResult<ModelSpeakerRanker>.Fail($"training quote {i} names speaker {e.Speaker} of {e.Candidates.Count} candidates");
            if (e.Quote.Start < 0 || e.Quote.End > e.Text.Length) return ModelResult<ModelSpeakerRanker>.Fail($"training quote {i} spans {e.Quote.Start}..{e.Quote.End}, outside its text");
        }
        ModelResult<LinearClassifier> fitted = logistic is null
            ? new AveragedPerceptronTrainer(ModelSpeakerRanker.Labels, options).Fit(Featurize(train, options.HashBits), dataDescription, SpeakerFeatures.Name)
            : FitLogistic(Featurize(train, logistic.HashBits), logistic, dataDescription);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelSpeakerRanker>();
        var model = fitted.Value;
        if (calibration is { Count: > 0 }) model = TemperatureCalibrator.Fit(model, Featurize(calibration, options.HashBits));
        return ModelResult<ModelSpeakerRanker>.Ok(new ModelSpeakerRanker(model));
    }

    /// <summary>The logistic model as the ranker's two-label linear model ("speaker" carries the weights, "other" none).</summary>
    private static ModelResult<LinearClassifier> FitLogistic(List<LabeledExample> data, LogisticOptions options, string dataDescription)
    {
        var fitted = new LogisticRegressionTrainer(options).Fit(data.Select(e => new WeightedBinaryExample(e.Slots, e.Label == 1)).ToList());
        if (!fitted.IsSuccess) return fitted.FailAs<LinearClassifier>();
        var info = new TrainingInfo(dataDescription, SpeakerFeatures.Name, data.Count, options.Epochs, options.Seed);
        return ModelResult<LinearClassifier>.Ok(fitted.Value.AsTwoLabelClassifier(ModelSpeakerRanker.Labels, SpeakerFeatures.BiasSlot(options.HashBits), info));
    }

    private static List<LabeledExample> Featurize(IReadOnlyList<QuoteExample> data, int hashBits)
    {
        var buffer = new FeatureBuffer(hashBits);
        var result = new List<LabeledExample>();
        foreach (var e in data)
        {
            for (int c = 0; c < e.Candidates.Count; c++)
            {
                buffer.Clear();
                SpeakerFeatures.Featurize(e.Text, e.Quote, e.Candidates[c], e.Candidates, buffer);
                result.Add(new LabeledExample(buffer.ToArray(), c == e.Speaker ? 1 : 0));
            }
        }
        return result;
    }
}
