namespace NewsDigest.Learning.Trees;

/// <summary>One training row for the tree learner: dense numeric features, a binary label and a weight (1 for an ordinary row).</summary>
public sealed record DenseExample(float[] Features, bool Positive, float Weight = 1f);
