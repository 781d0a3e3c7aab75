namespace NewsDigest.Extraction;

/// <summary>A match minute, with added time kept apart ("90+3" is Regular 90, Added 3).</summary>
public readonly record struct Minute(int Regular, int? Added = null) : IComparable<Minute>
{
    public int CompareTo(Minute other)
    {
        int c = Regular.CompareTo(other.Regular);
        return c != 0 ? c : (Added ?? 0).CompareTo(other.Added ?? 0);
    }

    public override string ToString() => Added is { } added ? $"{Regular}+{added}'" : $"{Regular}'";
}
