
namespace NewsDigest.Text;

/// <summary>Folds text for comparison: lower case, no diacritics, one kind of apostrophe, so "Tchouaméni" and "Tchouameni" compare equal.</summary>
public static class TextFolding
{
    // Folding one char at a time through a table keeps lookups allocation-free on the hot path.
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    public static string Fold(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = Fold(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Folds into a caller's buffer (at least as long as the text); returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        foreach (char c in text)
        {
            // Combining marks of decomposed text ("e" + U+0301) fold away like precomposed accents do.
            if (c is >= '\u0300' and <= '\u036F') continue;
            destination[n++] = Fold(c);
        }
        return n;
    }

    public static bool EqualsFolded(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        return string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);
    }

    /// <summary>Replaces curly quotes and typographic dashes with their plain forms; lengths are kept so offsets stay valid.</summary>
    public static string NormalisePunctuation(string text)
    {
        if (text.AsSpan().IndexOfAny("‘’“”–—‑") < 0) return text;
        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++)
                dest[i] = src[i] switch
                {
                    '‘' or '’' => '\'',
                    '“' or '”' => '"',
                    '–' or '—' or '‑' => '-',
                    var c => c,
                };
        });
    }

    // An accented letter folds to the base letter of its canonical decomposition, from the project's own Unicode tables:
    // string.Normalize does nothing under invariant globalization. Latin letters only: the table's range.
    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (int c = 0; c < table.Length; c++) table[c] = WithoutStroke(char.ToLowerInvariant(UnicodeNormalisation.BaseLetter((char)c)));
        return table;
    }

    /// <summary>Letters with no decomposition that readers still spell without the mark ("Ødegaard", "Błaszczykowski").</summary>
    private static char WithoutStroke(char c) => c switch
    {
        'ø' => 'o',
        'ł' => 'l',
        'đ' => 'd',
        'ß' => 's',
        'æ' => 'a',
        'ı' => 'i',
        _ => c,
    };
}
