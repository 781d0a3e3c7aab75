namespace NewsDigest.Text;

/// <summary>A range of characters in an article's text; a view, never a copy.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string Substring(string text) => text.Substring(Start, Length);

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
