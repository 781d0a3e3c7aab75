namespace NewsDigest.Text;

/// <summary>
/// Translated and non-native copy keeps the quotation marks of its first language: « » (French, and Moroccan or Russian outlets),
/// » « (German, Danish), „ “ (German, Polish, Czech), 「 」 and 『 』 (Japanese), and their single forms ‹ ›, › ‹ and ‚ ‘. Every reader of
/// quotes knows English marks, so a matched pair of such marks folds to “ ” (a single form to ‘ ’), and the English double marks nested
/// inside a folded pair to single ones, so the nesting reads as English nesting does. One character for one: every offset stays the same.
/// </summary>
public static class ForeignQuoteMarks
{
    private const string Openers = "«»„‚‹›「『";

    /// <summary>The text with each pair of foreign quotation marks on one line folded to English marks; a lone « „ 「 or 『 opening a quote
    /// its paragraph never closes folds to “ (an English double mark left open runs to the end of its paragraph too).</summary>
    public static string Fold(string text)
    {
        if (text.AsSpan().IndexOfAny(Openers) < 0) return text;
        char[]? chars = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Openers.IndexOf(c) < 0 || !CanOpen(text, i)) continue;
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            int close = Closer(text, i, lineEnd);
            bool single = c is '‚' or '‹' or '›';
            if (close < 0 && c is not ('«' or '„' or '「' or '『')) continue;
            chars ??= text.ToCharArray();
            chars[i] = single ? '‘' : '“';
            int end = close < 0 ? lineEnd : close;
            if (close >= 0) chars[close] = single ? '’' : '”';
            // English double marks inside a folded double pair are a quote within the quote.
            if (!single)
                for (int k = i + 1; k < end; k++)
                    chars[k] = chars[k] switch { '“' => '‘', '”' => '’', '"' => '\'', var same => same };
            i = end;
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>An opening mark stands before words, not after a letter (» and › close as often as they open, so they need a word right after).</summary>
    private static bool CanOpen(string text, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(text[i - 1])) return false;
        if (text[i] is '»' or '›') return i + 1 < text.Length && char.IsLetter(text[i + 1]);
        return i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) || text[i] is '«' or '‹';
    }

    /// <summary>The position of the mark closing the one at <paramref name="open"/> on its line, or -1.</summary>
    private static int Closer(string text, int open, int lineEnd)
    {
        for (int k = open + 1; k < lineEnd; k++)
        {
            char c = text[k];
            bool closes = text[open] switch
            {
                '«' => c == '»',
                '»' => c == '«' && !char.IsWhiteSpace(text[k - 1]),
                '„' => c is '“' or '”' or '"',
                '‚' => c == '‘' || (c == '’' && (k + 1 >= text.Length || !char.IsLetter(text[k + 1]))),
                '‹' => c == '›',
                '›' => c == '‹' && !char.IsWhiteSpace(text[k - 1]),
                '「' => c == '」',
                '『' => c == '』',
                _ => false,
            };
            if (closes) return k;
            // A new line of dialogue or a second opener of the same kind before any closer: this mark opens nothing we can pair.
            if (c == text[open] && text[open] is '»' or '›') return -1;
        }
        return -1;
    }
}
