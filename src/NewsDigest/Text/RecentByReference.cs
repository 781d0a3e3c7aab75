using System.Runtime.CompilerServices;

namespace NewsDigest.Text;

/// <summary>
/// The values last worked out for a few hundred strings, found by the string's identity rather than its contents: a
/// direct-mapped table, so a lookup is one hash of the reference and one comparison, and memory stays bounded whatever
/// the input. Not thread-safe; each thread keeps its own (callers hold it in a [ThreadStatic] field).
/// </summary>
internal sealed class RecentByReference<TValue>
{
    private readonly (string? Key, TValue Value)[] _slots;

    /// <param name="size">How many strings it holds at most; a power of two.</param>
    public RecentByReference(int size)
    {
        if (size <= 0 || (size & (size - 1)) != 0) throw new ArgumentOutOfRangeException(nameof(size), "must be a power of two");
        _slots = new (string?, TValue)[size];
    }

    public bool TryGet(string key, out TValue value)
    {
        var (seen, stored) = _slots[Slot(key)];
        value = stored;
        return ReferenceEquals(seen, key);
    }

    /// <summary>Keeps the value, putting out whatever string shared its slot.</summary>
    public void Set(string key, TValue value) => _slots[Slot(key)] = (key, value);

    private int Slot(string key) => RuntimeHelpers.GetHashCode(key) & (_slots.Length - 1);
}
