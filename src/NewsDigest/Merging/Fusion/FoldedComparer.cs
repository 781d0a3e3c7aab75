namespace NewsDigest.Merging.Fusion;

/// <summary>Compares text values after folding case, diacritics and punctuation: used where such differences are not a disagreement (a venue, a quote's punctuation).</summary>
public sealed class FoldedComparer : IEqualityComparer<string>
{
    public static readonly FoldedComparer Instance = new();

    public bool Equals(string? x, string? y) => x is null || y is null ? x == y : FoldedText.Of(x) == FoldedText.Of(y);

    public int GetHashCode(string obj) => StringComparer.Ordinal.GetHashCode(FoldedText.Of(obj));
}
