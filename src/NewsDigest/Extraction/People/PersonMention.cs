using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>A person's name as written once in the text ("Olivier Giroud", "Kane"), without a possessive ending.</summary>
/// <param name="Possessive">True when written "Kane's": the name owns the next noun ("Kane's penalty", "Griezmann's cross").</param>
public readonly record struct PersonMention(TextSpan Span, int FirstToken, int LastToken, bool Possessive)
{
    public int Start => Span.Start;
    public int End => Span.End;

    /// <summary>Where the words after the name begin, past a possessive ending ("Kane's penalty" gives the position of "penalty").</summary>
    public int After(string text)
    {
        int i = End;
        if (Possessive && i < text.Length && text[i] is '\'' or '’')
        {
            i++;
            if (i < text.Length && text[i] is 's' or 'S') i++;
        }
        return i;
    }
}
