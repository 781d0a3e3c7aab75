namespace NewsDigest.Learning.Features;

/// <summary>Enumerates the words of a span (letters and digits, with inner apostrophes and hyphens) as offsets, without allocating.</summary>
public ref struct WordEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    public WordEnumerator(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Start = 0;
        Length = 0;
    }

    public int Start { get; private set; }
    public int Length { get; private set; }
    public readonly ReadOnlySpan<char> Current => _text.Slice(Start, Length);

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        int i = _position;
        while (i < _text.Length && !char.IsLetterOrDigit(_text[i])) i++;
        if (i >= _text.Length) { _position = i; return false; }
        int start = i;
        i++;
        while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || (_text[i] is '\'' or '’' or '-' && i + 1 < _text.Length && char.IsLetter(_text[i + 1])))) i++;
        Start = start;
        Length = i - start;
        _position = i;
        return true;
    }
}
