using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Tests.Learning;

/// <summary>The speaker ranker fitted by the L2 logistic learner: the same contract as the perceptron's (fits its data, saves and loads
/// exactly, deterministic, rejects bad input with a reason), stored in the same two-label model file.</summary>
public sealed class SpeakerRankerLogisticWorkout : TrainerWorkout<QuoteExample, ModelSpeakerRanker>
{
    protected override IReadOnlyList<QuoteExample> TinySet() => SpeakerWorkoutExamples.Tiny();

    protected override IReadOnlyList<QuoteExample> Malformed() => [TinySet()[0] with { Speaker = 42 }];
    protected override ModelResult<ModelSpeakerRanker> Fit(IReadOnlyList<QuoteExample> data) =>
        SpeakerRankerTrainer.Logistic(new LogisticOptions { Epochs = 20, HashBits = 10, L2 = 1e-5, LearningRate = 0.1 }).Fit(data, data);
    protected override byte[] Save(ModelSpeakerRanker model) => ModelFileFormat.ToBytes(model.ToFile());
    protected override ModelResult<ModelSpeakerRanker> Load(byte[] bytes) => ModelSpeakerRanker.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(ModelSpeakerRanker model, IReadOnlyList<QuoteExample> data) =>
        data.SelectMany(e => e.Candidates.Select(c => model.Score(e.Text, e.Quote, c, e.Candidates).ToString("R")));
    protected override IEnumerable<string> PredictedLabels(ModelSpeakerRanker model, IReadOnlyList<QuoteExample> data) => data.Select(e => model.Best(e.Text, e.Quote, e.Candidates).ToString());
    protected override IEnumerable<string> Gold(IReadOnlyList<QuoteExample> data) => data.Select(e => e.Speaker.ToString());
}
