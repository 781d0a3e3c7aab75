namespace NewsDigest.Merging.Fusion;

/// <summary>How alike two renderings of a quote are, ignoring punctuation and case: the share of the shorter one's word pairs found in the longer, so a truncated quote still matches in full.</summary>
public static class QuoteSimilarity
{
    /// <summary>At or above this, two quotes are one quote told twice.</summary>
    public const double SameQuote = 0.6;

    public static double Of(string a, string b)
    {
        var wa = FoldedText.Words(a);
        var wb = FoldedText.Words(b);
        if (wa.Length == 0 || wb.Length == 0) return 0;
        var pa = Pairs(wa);
        var pb = Pairs(wb);
        var (small, large) = pa.Count <= pb.Count ? (pa, pb) : (pb, pa);
        int shared = small.Count(large.Contains);
        double containment = (double)shared / small.Count;
        // A short fragment ("we responded") shared by chance must not match a long quote.
        int shorter = Math.Min(wa.Length, wb.Length);
        return shorter < 4 ? containment * shorter / 4.0 : containment;
    }

    private static HashSet<string> Pairs(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length == 1) set.Add(words[0]);
        for (int i = 0; i + 1 < words.Length; i++) set.Add(words[i] + " " + words[i + 1]);
        return set;
    }
}
