namespace NewsDigest.Text;

/// <summary>What a token is made of, decided once while tokenising so extractors need not re-scan.</summary>
public enum TokenShape : byte
{
    Word,
    Capitalised,
    Upper,
    Number,
    Punctuation,
    Other,
}

/// <summary>A token: a span into the text and its shape.</summary>
public readonly record struct Token(TextSpan Span, TokenShape Shape)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
