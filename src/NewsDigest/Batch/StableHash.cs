using System.Text;

namespace NewsDigest.Batch;

/// <summary>A 64-bit FNV-1a hash of text: the same on every machine and run (unlike string.GetHashCode), so shards and id sets are reproducible.</summary>
public static class StableHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string text)
    {
        Span<byte> small = stackalloc byte[256];
        int max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = max > small.Length ? new byte[max] : null;
        var bytes = rented ?? small;
        int count = Encoding.UTF8.GetBytes(text, bytes);
        return Of(bytes[..count]);
    }

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        ulong hash = Offset;
        foreach (byte b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }
        return hash;
    }
}
