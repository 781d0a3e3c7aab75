using NewsDigest.Extraction.Quotes;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>A quote, its candidate speakers and which one said it.</summary>
public sealed record QuoteExample(string Text, TextSpan Quote, IReadOnlyList<SpeakerCandidate> Candidates, int Speaker);

/// <summary>Fits the speaker ranker as a yes/no classifier over (quote, candidate) pairs, temperature fit on held-out quotes.</summary>
public sealed class SpeakerRankerTrainer(PerceptronOptions options)
{
    public static readonly PerceptronOptions Defaults = new() { Epochs = 8, HashBits = 16 };

    public SpeakerRankerTrainer() : this(Defaults) { }

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
        var fitted = new AveragedPerceptronTrainer(ModelSpeakerRanker.Labels, options).Fit(Featurize(train, options.HashBits), dataDescription, SpeakerFeatures.Name);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelSpeakerRanker>();
        var model = fitted.Value;
        if (calibration is { Count: > 0 }) model = TemperatureCalibrator.Fit(model, Featurize(calibration, options.HashBits));
        return ModelResult<ModelSpeakerRanker>.Ok(new ModelSpeakerRanker(model));
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
