namespace NewsDigest.Learning.Classification;

/// <summary>One training example for a linear classifier: hashed feature slots and the index of the right label.</summary>
public sealed record LabeledExample(int[] Slots, int Label);
