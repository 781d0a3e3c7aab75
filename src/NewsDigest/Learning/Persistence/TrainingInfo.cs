namespace NewsDigest.Learning.Persistence;

/// <summary>How a model was trained, stored in its file. Nothing here comes from the clock, so the same data gives the same bytes.</summary>
/// <param name="Data">What it was trained on, in words (corpora, label source, split).</param>
/// <param name="Features">The featuriser's name and version; inference refuses a model built for other features.</param>
/// <param name="Examples">Training examples seen.</param>
/// <param name="Epochs">Passes over the data.</param>
/// <param name="Seed">Seed of the shuffle.</param>
public sealed record TrainingInfo(string Data, string Features, int Examples, int Epochs, ulong Seed)
{
    public static readonly TrainingInfo Unknown = new("unknown", "none", 0, 0, 0);
}
