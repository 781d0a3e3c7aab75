namespace NewsDigest.Merging.Fusion;

/// <summary>A quote's folded words counted and its adjacent word pairs (a single word stands alone), as <see cref="QuoteSimilarity"/> compares them.</summary>
public sealed record QuoteShape(int WordCount, IReadOnlySet<string> Pairs)
{
    public static QuoteShape Of(string text)
    {
        var words = FoldedText.Words(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length == 1) set.Add(words[0]);
        for (int i = 0; i + 1 < words.Length; i++) set.Add(words[i] + " " + words[i + 1]);
        return new QuoteShape(words.Length, set);
    }
}
