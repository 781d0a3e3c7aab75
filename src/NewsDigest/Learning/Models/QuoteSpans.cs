using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Finds direct quotes: text between a pair of double quotes (straight or curly) on one line, at least a few words long.</summary>
public static class QuoteSpans
{
    public static List<TextSpan> Find(string text)
    {
        var quotes = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is not ('"' or '“')) { i++; continue; }
            int close = i + 1;
            while (close < text.Length && text[close] is not ('"' or '”' or '\n')) close++;
            if (close >= text.Length || text[close] == '\n') { i = close; continue; }
            var inner = text.AsSpan(i + 1, close - i - 1);
            if (inner.Count(' ') >= 3) quotes.Add(new TextSpan(i, close - i + 1));
            i = close + 1;
        }
        return quotes;
    }
}
