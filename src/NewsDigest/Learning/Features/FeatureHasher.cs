namespace NewsDigest.Learning.Features;

/// <summary>Maps feature text straight to a hash without building strings: FNV-1a over the lower-cased characters, seeded by a feature namespace.</summary>
public static class FeatureHasher
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash of a namespace alone; combine it with text or numbers.</summary>
    public static uint Namespace(uint id) => Mix(OffsetBasis ^ (id * 0x9E3779B1u));

    /// <summary>Hashes the characters of <paramref name="text"/>, lower-cased, into the namespace hash.</summary>
    public static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            char lower = char.ToLowerInvariant(c);
            hash = (hash ^ (byte)lower) * Prime;
            hash = (hash ^ (byte)(lower >> 8)) * Prime;
        }
        return hash;
    }

    /// <summary>Folds a number (a bucket, a position, a second hash) into a hash.</summary>
    public static uint Add(uint hash, uint value)
    {
        hash = (hash ^ (value & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 8) & 0xFF)) * Prime;
        hash = (hash ^ ((value >> 16) & 0xFF)) * Prime;
        hash = (hash ^ (value >> 24)) * Prime;
        return hash;
    }

    /// <summary>A final avalanche so that low bits, which pick the slot, depend on every input bit.</summary>
    public static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        h ^= h >> 16;
        return h;
    }

    /// <summary>The 64-bit hash of a phrase, for gazetteer lookups: words lower-cased and joined by single spaces.</summary>
    public static ulong Phrase(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        bool pendingSpace = false;
        bool any = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = any; continue; }
            if (pendingSpace)
            {
                hash = (hash ^ ' ') * 1099511628211UL;
                pendingSpace = false;
            }
            char lower = char.ToLowerInvariant(c);
            hash = (hash ^ lower) * 1099511628211UL;
            any = true;
        }
        return hash;
    }

    /// <summary>Extends a phrase hash by one more word (a space, then the word), so n-grams are hashed incrementally.</summary>
    public static ulong PhraseAppend(ulong hash, ReadOnlySpan<char> word, bool first)
    {
        if (!first) hash = (hash ^ ' ') * 1099511628211UL;
        foreach (char c in word) hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        return hash;
    }

    public const ulong PhraseSeed = 14695981039346656037UL;
}
