using System.Globalization;

namespace NewsDigest.Batch;

/// <summary>Which share of the input items this run takes: shard <see cref="Index"/> of <see cref="Count"/> (1-based), chosen by a stable hash of each item's source.</summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec Whole = new(1, 1);

    public bool IsWhole => Count == 1;

    public bool Contains(string source) => Count == 1 || (int)(StableHash.Of(source) % (ulong)Count) == Index - 1;

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>Reads "i/n" with 1 ≤ i ≤ n; the error says what is wrong.</summary>
    public static (ShardSpec? Shard, string? Error) Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count))
            return (null, $"'{text}' is not a shard: write i/n, for example 1/4 for the first of four shards");
        if (count < 1 || index < 1 || index > count)
            return (null, $"'{text}' is not a shard: i must be between 1 and n");
        return (new ShardSpec(index, count), null);
    }
}
