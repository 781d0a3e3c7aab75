namespace NewsDigest.Merging;

/// <summary>Decides whether two written names can be the same person: "Aurelien Tchouameni", "Aurélien Tchouaméni" and "Tchouameni" can; "Kane" and "Saka" cannot.</summary>
/// <remarks>Surnames are compared after folding; one slip of a letter is forgiven in long surnames, as reports misspell them.</remarks>
public static class PersonNameMatcher
{
    public static string Surname(string name)
    {
        var words = FoldedText.Words(name);
        if (words.Length == 0) return "";
        int last = words.Length - 1;
        while (last > 0 && words[last] is "jr" or "junior" or "sr" or "ii" or "iii") last--;
        return words[last];
    }

    public static bool SamePerson(string a, string b)
    {
        string sa = Surname(a), sb = Surname(b);
        if (sa.Length == 0 || sb.Length == 0) return false;
        if (sa == sb) return FirstNamesCompatible(a, b);
        return sa.Length >= 6 && sb.Length >= 6 && EditDistanceAtMostOne(sa, sb) && FirstNamesCompatible(a, b);
    }

    /// <summary>"T. Hernandez" and "Theo Hernandez" agree; "Theo Hernandez" and "Lucas Hernandez" do not; a surname alone agrees with anyone of that surname.</summary>
    private static bool FirstNamesCompatible(string a, string b)
    {
        var wa = FoldedText.Words(a);
        var wb = FoldedText.Words(b);
        if (wa.Length < 2 || wb.Length < 2) return true;
        string fa = wa[0], fb = wb[0];
        if (fa.Length == 1 || fb.Length == 1) return fa[0] == fb[0];
        return fa == fb || fa[0] == fb[0] && EditDistanceAtMostOne(fa, fb) || SameLetters(fa, fb);
    }

    /// <summary>Transposed letters ("Antonie" for "Antoine") keep the same letters.</summary>
    private static bool SameLetters(string a, string b)
    {
        if (a.Length != b.Length || a[0] != b[0]) return false;
        var x = a.ToCharArray();
        var y = b.ToCharArray();
        Array.Sort(x);
        Array.Sort(y);
        return x.AsSpan().SequenceEqual(y);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (b.Length > a.Length) j++;
            else
            {
                // A swap of two neighbours counts as one slip.
                if (i + 1 < a.Length && a[i] == b[j + 1] && a[i + 1] == b[j]) { i += 2; j += 2; continue; }
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
