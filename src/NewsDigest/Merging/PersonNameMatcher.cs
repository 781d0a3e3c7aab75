using NewsDigest.Text;

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
        return sa.Length >= 6 && sb.Length >= 6 && EditDistance.AtMostOneSlip(sa, sb) && FirstNamesCompatible(a, b);
    }

    /// <summary>"T. Hernandez" and "Theo Hernandez" agree; "Theo Hernandez" and "Lucas Hernandez" do not; a surname alone agrees with anyone of that surname.</summary>
    private static bool FirstNamesCompatible(string a, string b)
    {
        var wa = FoldedText.Words(a);
        var wb = FoldedText.Words(b);
        if (wa.Length < 2 || wb.Length < 2) return true;
        string fa = wa[0], fb = wb[0];
        if (fa.Length == 1 || fb.Length == 1) return fa[0] == fb[0];
        return fa == fb || fa[0] == fb[0] && EditDistance.AtMostOneSlip(fa, fb) || SameLetters(fa, fb);
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
}
