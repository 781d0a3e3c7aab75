namespace NewsDigest.Learning.Sequences;

/// <summary>The hashed feature slots of every token of a sequence, flat: token t owns Slots[Offsets[t]..Offsets[t + 1]].</summary>
public sealed record SequenceFeatures(int[] Slots, int[] Offsets)
{
    public int Length => Offsets.Length - 1;

    public ReadOnlySpan<int> Token(int t) => Slots.AsSpan(Offsets[t], Offsets[t + 1] - Offsets[t]);
}

/// <summary>A training sequence: per-token features and the index of each token's gold label.</summary>
public sealed record TaggedSequence(SequenceFeatures Features, int[] Labels);
