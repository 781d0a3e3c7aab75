namespace NewsDigest.Merging.Fusion;

/// <summary>A fused fact seen without its value type, so renderers can list values, sources and conflicts of any fact alike.</summary>
public interface IFusedFact
{
    /// <summary>Each value as display text with its sources, the winner first.</summary>
    IReadOnlyList<(string Text, IReadOnlyList<string> Sources)> VariantTexts { get; }

    IReadOnlyList<string> NotStatedBy { get; }

    bool IsConflict { get; }
}
