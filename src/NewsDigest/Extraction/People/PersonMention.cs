using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>A person's name as written once in the text ("Olivier Giroud", "Kane"), without a possessive ending.</summary>
/// <param name="Possessive">True when written "Kane's": the name owns the next noun ("Kane's penalty", "Griezmann's cross").</param>
public readonly record struct PersonMention(TextSpan Span, int FirstToken, int LastToken, bool Possessive)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
