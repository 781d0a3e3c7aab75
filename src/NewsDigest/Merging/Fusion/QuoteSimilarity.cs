namespace NewsDigest.Merging.Fusion;

/// <summary>How alike two renderings of a quote are, ignoring punctuation and case: the share of the shorter one's word pairs found in the longer, so a truncated quote still matches in full.</summary>
public static class QuoteSimilarity
{
    /// <summary>At or above this, two quotes are one quote told twice.</summary>
    public const double SameQuote = 0.6;

    public static double Of(string a, string b) => Of(QuoteShape.Of(a), QuoteShape.Of(b));

    /// <summary>The same measure over quotes already split into words and word pairs, so a quote compared many times is split once.</summary>
    public static double Of(QuoteShape a, QuoteShape b)
    {
        if (a.WordCount == 0 || b.WordCount == 0) return 0;
        var (small, large) = a.Pairs.Count <= b.Pairs.Count ? (a.Pairs, b.Pairs) : (b.Pairs, a.Pairs);
        int shared = small.Count(large.Contains);
        double containment = (double)shared / small.Count;
        // A short fragment ("we responded") shared by chance must not match a long quote.
        int shorter = Math.Min(a.WordCount, b.WordCount);
        return shorter < 4 ? containment * shorter / 4.0 : containment;
    }
}
