namespace NewsDigest.Merging.Fusion;

/// <summary>Quote shapes made once per distinct text within one fusion.</summary>
internal sealed class QuoteShapes
{
    private readonly Dictionary<string, QuoteShape> _byText = new(StringComparer.Ordinal);

    public QuoteShape Of(string text)
    {
        if (!_byText.TryGetValue(text, out var shape)) _byText[text] = shape = QuoteShape.Of(text);
        return shape;
    }
}
