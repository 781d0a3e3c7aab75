namespace NewsDigest.Learning.Features;

/// <summary>A growable list of hashed feature slots for one input; a slot may repeat (a count). Reused by one thread at a time.</summary>
public sealed class FeatureBuffer
{
    private int[] _slots;
    private readonly int _mask;

    public FeatureBuffer(int hashBits, int capacity = 256)
    {
        if (hashBits is < 4 or > 26) throw new ArgumentOutOfRangeException(nameof(hashBits), hashBits, "hash bits must be between 4 and 26");
        HashBits = hashBits;
        _mask = (1 << hashBits) - 1;
        _slots = new int[capacity];
    }

    public int HashBits { get; }
    public int Count { get; private set; }

    public ReadOnlySpan<int> Slots => _slots.AsSpan(0, Count);

    public void Clear() => Count = 0;

    /// <summary>Adds the feature with this (unmixed) hash.</summary>
    public void Add(uint hash)
    {
        if (Count == _slots.Length) Array.Resize(ref _slots, _slots.Length * 2);
        _slots[Count++] = (int)(FeatureHasher.Mix(hash) & (uint)_mask);
    }

    /// <summary>A namespace feature over text: the common case, hashed without allocating.</summary>
    public void Add(uint ns, ReadOnlySpan<char> text) => Add(FeatureHasher.Add(ns, text));

    public int[] ToArray() => Slots.ToArray();
}
