using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds the spans inside quotation marks: double marks, straight or curly, mixed as real copy mixes them, and ESPN's `` ''; a double quote
/// left open runs to the end of its paragraph (the next paragraph reopens it). Single marks (‘…’ or '…', the British style) count outside double quotes
/// only, so a phrase quoted inside a quote stays part of it.</summary>
public static class QuoteSpanFinder
{
    /// <summary>The quoted spans, without the marks, in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        var spans = DoubleQuoted(text);
        var single = SingleQuotedSpans.Find(text, spans);
        if (single.Count == 0) return spans;
        spans.AddRange(single);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static List<TextSpan> DoubleQuoted(string text)
    {
        var spans = new List<TextSpan>();
        int open = -1;
        bool doubledSingle = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (open >= 0) Add(text, spans, open, i);
                open = -1;
                continue;
            }
            // Some copy types a double mark as two single ones: ‘‘I have seen her play there.’’ The pair opens a quote as “ does, and
            // two closing single marks close one it opened (a nested ’ inside stays part of the words).
            if (c == '‘' && i + 1 < text.Length && text[i + 1] == '‘' && open < 0 && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                open = i + 2;
                doubledSingle = true;
                i++;
                continue;
            }
            if (c == '’' && doubledSingle && open >= 0 && i + 1 < text.Length && text[i + 1] == '’' && i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                Add(text, spans, open, i);
                open = -1;
                doubledSingle = false;
                i++;
                continue;
            }
            // Some copy closes a quote with two apostrophes (''), typed in place of a double mark.
            if (c == '\'' && open >= 0 && i + 1 < text.Length && text[i + 1] == '\'' && i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                Add(text, spans, open, i);
                open = -1;
                i++;
                continue;
            }
            // ESPN's TeX-style opening mark (``), closed by '' (above) or, as a slip, by another ``.
            if (c == '`' && i + 1 < text.Length && text[i + 1] == '`')
            {
                if (open < 0) { open = i + 2; doubledSingle = false; }
                else if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
                {
                    Add(text, spans, open, i);
                    open = -1;
                }
                i++;
                continue;
            }
            // "’We will need to improve,” she said.", "”But you can’t fault the players ...”": a paragraph (or, for a double mark, a sentence)
            // opened with a closing mark typed for an opening one, and closed by a double mark on its line, is a quote.
            if (c is '’' or '”' && open < 0 && (i == 0 || text[i - 1] == '\n' || (c == '”' && AfterSentenceStop(text, i))) && OpensWithWrongMark(text, i))
            {
                open = i + 1;
                doubledSingle = false;
                continue;
            }
            if (c is not ('"' or '“' or '”')) continue;
            bool canOpen = c != '”' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '\n');
            bool canClose = c != '“' && i > 0 && !char.IsWhiteSpace(text[i - 1]);
            if (open < 0)
            {
                if (canOpen) { open = i + 1; doubledSingle = false; }
            }
            else if (canClose || c == '”')
            {
                Add(text, spans, open, i);
                open = -1;
            }
            else if (c == '“')
            {
                // A new opening mark while one is open: the writer forgot to close; start again here.
                Add(text, spans, open, i);
                open = i + 1;
            }
        }
        if (open >= 0) Add(text, spans, open, text.Length);
        return spans;
    }

    /// <summary>"... said Hans-Joachim Watzke. ”It's not always like that ...”": a mark after a sentence's stop, before a capital letter.</summary>
    private static bool AfterSentenceStop(string text, int mark) =>
        mark >= 2 && text[mark - 1] == ' ' && text[mark - 2] is '.' or '!' or '?' && mark + 1 < text.Length && char.IsUpper(text[mark + 1]);

    /// <summary>True when the line after the mark at <paramref name="mark"/> holds a closing double mark (”) before any other quotation mark.</summary>
    private static bool OpensWithWrongMark(string text, int mark)
    {
        for (int k = mark + 1; k < text.Length && text[k] != '\n'; k++)
        {
            if (text[k] == '”') return k - mark > 12 && !char.IsWhiteSpace(text[k - 1]);
            if (text[k] is '"' or '“' or '‘') return false;
            if (text[k] == '’' && (k + 1 >= text.Length || !char.IsLetter(text[k + 1]))) return false;
        }
        return false;
    }

    internal static void Add(string text, List<TextSpan> spans, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end - start));
    }
}
