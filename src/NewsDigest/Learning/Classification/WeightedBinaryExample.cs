namespace NewsDigest.Learning.Classification;

/// <summary>One training example for a binary classifier: hashed feature slots, the yes/no answer, and how much it counts.</summary>
/// <param name="Weight">The example's share of the loss: 1 for a trusted label, less for a weak one.</param>
public sealed record WeightedBinaryExample(int[] Slots, bool Positive, float Weight = 1f);
