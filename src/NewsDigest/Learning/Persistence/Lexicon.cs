namespace NewsDigest.Learning.Persistence;

/// <summary>A named set of phrase hashes (a gazetteer folded into a model file), sorted so lookups are binary searches.</summary>
public sealed class Lexicon
{
    private readonly ulong[] _hashes;

    public Lexicon(string name, IEnumerable<ulong> hashes, int maxWords)
    {
        Name = name;
        _hashes = hashes.Distinct().Order().ToArray();
        MaxWords = maxWords;
    }

    public string Name { get; }
    /// <summary>The longest phrase in words, so taggers know how far to look.</summary>
    public int MaxWords { get; }
    public int Count => _hashes.Length;
    public ReadOnlySpan<ulong> Hashes => _hashes;

    public bool Contains(ulong phraseHash) => Array.BinarySearch(_hashes, phraseHash) >= 0;
}
