namespace NewsDigest.Learning.Models;

/// <summary>The learners that can fit the speaker ranker: the averaged perceptron of earlier sessions, or an L2-regularised logistic regression.</summary>
public enum SpeakerLearner
{
    Perceptron,
    Logistic,
}
