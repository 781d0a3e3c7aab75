namespace NewsDigest.Learning.Classification;

/// <summary>Settings of the averaged perceptron trainers; the defaults suit the project's models.</summary>
public sealed record PerceptronOptions
{
    public int Epochs { get; init; } = 8;
    public ulong Seed { get; init; } = 20260101;
    public int HashBits { get; init; } = 18;
}
