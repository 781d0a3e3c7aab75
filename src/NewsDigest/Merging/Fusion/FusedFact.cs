using NewsDigest.Extraction;

namespace NewsDigest.Merging.Fusion;

/// <summary>One value some sources state, with those sources, the evidence each gave, and its vote weight (each independent story counts once, split among its near-copies).</summary>
public sealed record SourcedValue<T>(T Value, IReadOnlyList<string> Sources, IReadOnlyList<Evidence> Evidence, double Weight, int Stories)
    where T : notnull;

/// <summary>A fused fact: the winning value, every value any source gave (the winner first), and the sources that cover the fact but do not state this part of it.</summary>
public sealed record FusedFact<T>(IReadOnlyList<SourcedValue<T>> Variants, IReadOnlyList<string> NotStatedBy) : IFusedFact
    where T : notnull
{
    public IReadOnlyList<(string Text, IReadOnlyList<string> Sources)> VariantTexts =>
        Variants.Select(v => (FactText.Of(v.Value), v.Sources)).ToArray();

    public T Value => Variants[0].Value;

    public IReadOnlyList<string> Sources => Variants[0].Sources;

    /// <summary>True when sources disagree, or some source covering the fact leaves this value out (a goal without a minute).</summary>
    public bool IsConflict => Variants.Count > 1 || NotStatedBy.Count > 0;

    /// <summary>Every source that says anything about this value.</summary>
    public IEnumerable<string> AllSources => Variants.SelectMany(v => v.Sources);

    /// <summary>What one source says: its value, or null when it covers the fact without this value or does not cover it.</summary>
    public SourcedValue<T>? VariantOf(string source) => Variants.FirstOrDefault(v => v.Sources.Contains(source));
}
