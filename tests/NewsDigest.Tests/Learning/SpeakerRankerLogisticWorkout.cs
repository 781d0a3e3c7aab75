using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

/// <summary>The speaker ranker fitted by the L2 logistic learner: the same contract as the perceptron's (fits its data, saves and loads
/// exactly, deterministic, rejects bad input with a reason), stored in the same two-label model file.</summary>
public sealed class SpeakerRankerLogisticWorkout : SpeakerRankerWorkoutBase
{
    protected override ModelResult<ModelSpeakerRanker> Fit(IReadOnlyList<QuoteExample> data) =>
        SpeakerRankerTrainer.Logistic(new LogisticOptions { Epochs = 20, HashBits = 10, L2 = 1e-5, LearningRate = 0.1 }).Fit(data, data);
}
