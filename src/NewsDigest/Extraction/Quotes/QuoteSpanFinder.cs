using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds the spans inside double quotation marks, straight or curly, mixed as real copy mixes them; a quote left open runs to the end of its paragraph (the next paragraph reopens it).</summary>
public static class QuoteSpanFinder
{
    /// <summary>The quoted spans, without the marks, in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (open >= 0) Add(text, spans, open, i);
                open = -1;
                continue;
            }
            if (c is not ('"' or '“' or '”')) continue;
            bool canOpen = c != '”' && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '\n');
            bool canClose = c != '“' && i > 0 && !char.IsWhiteSpace(text[i - 1]);
            if (open < 0)
            {
                if (canOpen) open = i + 1;
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

    private static void Add(string text, List<TextSpan> spans, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(start, end - start));
    }
}
