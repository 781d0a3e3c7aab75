namespace NewsDigest.Learning.Persistence;

/// <summary>The contents of one model file: kind, labels, hashing size, weights and training metadata. <see cref="ModelFileFormat"/> reads and writes it.</summary>
/// <param name="Weights">Feature-major weights: slot * Labels.Count + label.</param>
public sealed record ModelFile(ModelKind Kind, IReadOnlyList<string> Labels, int HashBits, TrainingInfo Training, float[] Weights)
{
    /// <summary>Label-to-label scores for sequence models, (Labels.Count + 1) rows with the start row last; empty for classifiers.</summary>
    public float[] Transitions { get; init; } = [];

    /// <summary>Softmax temperature fit on held-out data, so confidences are calibrated.</summary>
    public double Temperature { get; init; } = 1.0;

    /// <summary>Gazetteers the model's features look up.</summary>
    public IReadOnlyList<Lexicon> Lexicons { get; init; } = [];

    /// <summary>Named numbers fit with the model that its users need (e.g. the report classifier's decision threshold), written in ordinal key order.</summary>
    public IReadOnlyDictionary<string, double> Settings { get; init; } = new Dictionary<string, double>();

    /// <summary>Named weight vectors beside the main weights (version 4: e.g. the report classifier's binary single-match model), written in ordinal key order.</summary>
    public IReadOnlyDictionary<string, float[]> Vectors { get; init; } = new Dictionary<string, float[]>();

    /// <summary>Boosted regression trees over dense features (version 5, only in files that have them: e.g. the HTML block scorer's trees), or null.</summary>
    public StoredTreeEnsemble? Trees { get; init; }
}
