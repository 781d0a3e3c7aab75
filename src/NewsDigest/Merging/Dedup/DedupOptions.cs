namespace NewsDigest.Merging.Dedup;

/// <summary>How near-duplicates are found: shingle size, the similarity that makes two texts near-copies, and the LSH banding.</summary>
/// <remarks>
/// Bands × rows hash functions make the signature. With 42 bands of 3 rows a pair of texts whose shingle
/// Jaccard similarity is 0.5 becomes a candidate with probability 1 - (1 - 0.5³)⁴² ≈ 0.996, one at 0.1
/// with probability ≈ 0.04, so candidates stay few while near-copies are rarely missed.
/// </remarks>
public sealed record DedupOptions
{
    public static readonly DedupOptions Default = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 3;

    /// <summary>Estimated Jaccard similarity of the shingle sets at or above which two texts are near-copies.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Estimated share of the shorter text's shingles found in the longer at or above which the shorter is a trimmed copy, however much the longer adds.</summary>
    public double ContainmentThreshold { get; init; } = 0.8;

    /// <summary>Two texts from the same site must be this alike: a site's own template (menus, sign-up boxes) makes its unrelated pages look related.</summary>
    public double SameSiteThreshold { get; init; } = 0.9;

    /// <summary>Texts with fewer shingles than this are near-copies only by Jaccard similarity, never by containment.</summary>
    public int MinimumShinglesForContainment { get; init; } = 40;

    public int Bands { get; init; } = 42;

    public int RowsPerBand { get; init; } = 3;

    /// <summary>An LSH bucket shared by more texts than this (boilerplate, tiny texts) is compared only among its first members, so one bucket cannot make the cost quadratic; such buckets are counted in the result.</summary>
    public int MaxBucketSize { get; init; } = 256;

    /// <summary>Groups of up to this many texts list every pair; a larger group lists each member against its first member only (a star), so its pairs grow with its size, not its square.</summary>
    public int AllPairsUpTo { get; init; } = 8;

    public int HashCount => Bands * RowsPerBand;

    /// <summary>A message naming the first invalid option, or null.</summary>
    public string? Validate()
    {
        if (ShingleSize is < 1 or > 16) return $"shingle size {ShingleSize} is outside 1..16";
        if (Threshold is <= 0 or > 1 || double.IsNaN(Threshold)) return $"threshold {Threshold} is outside (0, 1]";
        if (ContainmentThreshold is <= 0 or > 1 || double.IsNaN(ContainmentThreshold)) return $"containment threshold {ContainmentThreshold} is outside (0, 1]";
        if (SameSiteThreshold is <= 0 or > 1 || double.IsNaN(SameSiteThreshold)) return $"same-site threshold {SameSiteThreshold} is outside (0, 1]";
        if (Bands < 1 || RowsPerBand < 1) return "bands and rows per band must be at least 1";
        if (MaxBucketSize < 2) return "the largest bucket must hold at least 2 texts";
        if (AllPairsUpTo < 2) return "groups listed with every pair must allow at least 2 texts";
        return null;
    }
}
