using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds quotes in single marks (‘…’ or '…', as British outlets print speech) outside double-quoted spans. The same characters are
/// apostrophes, so the marks are read strictly: an opening mark follows a space or a line start and comes before a word; a closing mark follows
/// a non-space and comes before no letter; "the players' wages" is a possessive, not a close. A quote still open at the end of its paragraph
/// counts only when the next paragraph reopens it (a quote running over paragraphs) or a curly mark opened it where only speech opens;
/// otherwise the mark was an apostrophe.</summary>
public static class SingleQuotedSpans
{
    /// <summary>The single-quoted spans (without marks) lying outside <paramref name="doubleQuoted"/> (sorted, without marks).</summary>
    public static List<TextSpan> Find(string text, IReadOnlyList<TextSpan> doubleQuoted)
    {
        var spans = new List<TextSpan>();
        if (text.AsSpan().IndexOfAny('‘', '\'') < 0) return spans;
        int open = -1, d = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            while (d < doubleQuoted.Count && doubleQuoted[d].End + 1 < i) d++;
            // "Arteta insisted: ‘Let’s assess him ... sample. / “We also need ...": a paragraph of speech opened in single marks ends at its
            // line's end, even where the next paragraph goes on in double marks.
            if (c == '\n' && open >= 0)
            {
                // "Ancelotti told the media. ‘Today he was comfortable ... a problem.”": a closing double mark at the line's end closes it there.
                int end = i;
                while (end > open && char.IsWhiteSpace(text[end - 1])) end--;
                if (end > open && text[end - 1] is '”' or '"') end--;
                if (NextParagraphReopens(text, i) || OpensSpeech(text, open - 1)) QuoteSpanFinder.Add(text, spans, open, end);
                open = -1;
                continue;
            }
            if (d < doubleQuoted.Count && i >= doubleQuoted[d].Start - 2 && i <= doubleQuoted[d].End + 1)
            {
                // A double quote starts: a single quote open before it was an apostrophe.
                open = -1;
                i = doubleQuoted[d].End + 1;
                continue;
            }
            if (c == '\n')
            {
                if (open >= 0 && (NextParagraphReopens(text, i) || OpensSpeech(text, open - 1))) QuoteSpanFinder.Add(text, spans, open, i);
                open = -1;
                continue;
            }
            if (c is not ('‘' or '’' or '\'')) continue;
            if (open < 0)
            {
                if (c != '’' && CanOpen(text, i)) open = i + 1;
            }
            else if (c != '‘' && (CanClose(text, i) || (ClosesAfterPlural(text, i) && !LaterCloseInParagraph(text, i))))
            {
                QuoteSpanFinder.Add(text, spans, open, i);
                open = -1;
            }
        }
        return spans;
    }

    private static bool CanOpen(string text, int i)
    {
        bool afterBoundary = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':';
        if (!afterBoundary || i + 1 >= text.Length) return false;
        char next = text[i + 1];
        // A straight mark before a digit is an elision ("the '90s"); the curly opening mark is never an apostrophe.
        return char.IsLetter(next) || (text[i] == '‘' && (char.IsDigit(next) || next is '[' or '…' or '.'));
    }

    private static bool CanClose(string text, int i)
    {
        if (i == 0 || char.IsWhiteSpace(text[i - 1])) return false;
        if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) return false;
        // "the players' wages", "Jones' goal": a plural or name possessive before a lower-case word.
        bool possessive = text[i - 1] is 's' or 'z' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]);
        return !possessive;
    }

    /// <summary>True when the mark at <paramref name="mark"/> can only open speech: a curly opening mark at a paragraph's start or after a
    /// colon or a sentence's end ("Maresca said: ‘I think ..."). Such a quote may run to its paragraph's end even when the next paragraph is
    /// not the quote's (a newsletter box or "More Trending" between two paragraphs of speech).</summary>
    private static bool OpensSpeech(string text, int mark)
    {
        if (text[mark] != '‘') return false;
        if (mark == 0 || text[mark - 1] == '\n') return true;
        return mark >= 2 && text[mark - 1] == ' ' && text[mark - 2] is ':' or '.' or '!' or '?';
    }

    /// <summary>True for a mark after a plural's "s" before a lower-case word: a possessive ("the players' wages") or the close of a quote
    /// ending in a plural ("admits 'mixed feelings' after"), told apart by <see cref="LaterCloseInParagraph"/>.</summary>
    private static bool ClosesAfterPlural(string text, int i) =>
        i > 0 && text[i - 1] is 's' or 'z' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]);

    /// <summary>True when another mark further on in the paragraph can close the open quote, so a mark after a plural is a possessive.</summary>
    private static bool LaterCloseInParagraph(string text, int i)
    {
        for (int k = i + 1; k < text.Length && text[k] != '\n'; k++)
            if (text[k] is '’' or '\'' && CanClose(text, k)) return true;
        return false;
    }

    private static bool NextParagraphReopens(string text, int newline)
    {
        int k = newline + 1;
        while (k < text.Length && text[k] is ' ' or '\n' or '\r') k++;
        return k + 1 < text.Length && text[k] is '‘' or '\'' && char.IsLetter(text[k + 1]);
    }
}
