using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Finds direct quotes on one line: text between straight or curly double quotes, or between ESPN's `` and '' marks, at least a few words long. Spans include the marks.</summary>
public static class QuoteSpans
{
    public static List<TextSpan> Find(string text)
    {
        var quotes = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool backticks = c == '`' && i + 1 < text.Length && text[i + 1] == '`';
            if (c is not ('"' or '“') && !backticks) { i++; continue; }
            int open = backticks ? 2 : 1;
            int close = i + open;
            while (close < text.Length && text[close] != '\n' && !IsClosing(text, close, backticks)) close++;
            if (close >= text.Length || text[close] == '\n') { i = close; continue; }
            int closeLength = backticks ? 2 : 1;
            var inner = text.AsSpan(i + open, close - i - open);
            if (inner.Count(' ') >= 3) quotes.Add(new TextSpan(i, close + closeLength - i));
            i = close + closeLength;
        }
        return quotes;
    }

    /// <summary>Widens a span of quoted words (as hand annotations give them) to take in the marks around it.</summary>
    public static TextSpan WithMarks(string text, TextSpan words)
    {
        int start = words.Start, end = words.End;
        if (start >= 2 && text[start - 1] == '`' && text[start - 2] == '`') start -= 2;
        else if (start >= 1 && text[start - 1] is '"' or '“' or '‘' or '\'') start -= 1;
        if (end + 1 < text.Length && text[end] == '\'' && text[end + 1] == '\'') end += 2;
        else if (end < text.Length && text[end] is '"' or '”' or '’' or '\'') end += 1;
        return new TextSpan(start, end - start);
    }

    private static bool IsClosing(string text, int i, bool backticks) =>
        backticks ? text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'' : text[i] is '"' or '”';
}
