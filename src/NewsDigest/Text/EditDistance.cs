namespace NewsDigest.Text;

/// <summary>How many letters changed, added or dropped turn one word into another (Levenshtein), for names and clubs that reports
/// spell a letter or two differently ("Middlesboro", "Christiansen" for "Christensen").</summary>
public static class EditDistance
{
    /// <summary>True when at most <paramref name="limit"/> edits turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static bool AtMost(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return false;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j], current[j - 1]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= limit;
    }

    /// <summary>True when one letter changed, added or dropped, or two neighbouring letters swapped ("Okoronwko" for "Okoronkwo"), turns one
    /// word into the other (or they are the same). One pass, no table: the test the name matchers run on every pair of surnames.</summary>
    public static bool AtMostOneSlip(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length && i == b.Length) return true;
        if (a.Length == b.Length)
            return (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]))
                || a[(i + 1)..].SequenceEqual(b[(i + 1)..]);
        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }
}
