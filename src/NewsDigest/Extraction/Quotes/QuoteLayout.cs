using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Where a quote sits among the text's paragraphs and the other quoted spans: paragraph bounds, the prose or page furniture between two quotes, an interviewer's question above.</summary>
internal static class QuoteLayout
{
    internal static bool IsParagraphStart(string text, int position)
    {
        int k = position - 1;
        while (k >= 0 && text[k] is '"' or '“' or '‘' or '\'' or '`' or ' ') k--;
        return k < 0 || text[k] == '\n';
    }

    /// <summary>True when every line between two quoted paragraphs that holds words is page furniture: a few words with no stop, colon or
    /// quote mark ("Read More Football Stories", "Most read in Football"), at most two such lines.</summary>
    internal static bool OnlyFurnitureBetween(string text, int from, int to)
    {
        int lineStart = text.IndexOf('\n', from);
        if (lineStart < 0 || lineStart >= to || HasProseBetween(text, from, lineStart)) return false;
        int lines = 0;
        while (lineStart < to)
        {
            int lineEnd = text.IndexOf('\n', lineStart + 1);
            if (lineEnd < 0 || lineEnd > to) lineEnd = to;
            var line = text.AsSpan(lineStart + 1, Math.Max(0, lineEnd - lineStart - 1)).Trim();
            if (!line.IsEmpty && HasProseBetween(text, lineStart + 1, lineEnd))
            {
                if (++lines > 2 || QuotePhrase.WordCount(line) > 6 || line.IndexOfAny(".!?:;\"“”‘’") >= 0) return false;
            }
            lineStart = lineEnd;
        }
        return lines > 0;
    }

    internal static bool HasProseBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsLetter(text[i])) return true;
        return false;
    }

    /// <summary>True when the quote sits on a line of a related article's headline, "MORE: Ian Wright refuses to accept an apology after being
    /// accused of ‘blocking’ pundits", "READ MORE: ...": page furniture quoting another article, not a quote of this report.</summary>
    internal static bool InRelatedHeadline(string text, TextSpan quote)
    {
        int lineStart = ParagraphStart(text, quote.Start);
        var line = text.AsSpan(lineStart, quote.Start - lineStart).TrimStart();
        var rest = line.StartsWith("READ MORE", StringComparison.Ordinal) ? line[9..] : line.StartsWith("MORE", StringComparison.Ordinal) ? line[4..] : default;
        rest = rest.TrimStart();
        return !rest.IsEmpty && rest[0] == ':';
    }

    internal static int ParagraphStart(string text, int position)
    {
        int nl = position > 0 ? text.LastIndexOf('\n', Math.Min(position - 1, text.Length - 1)) : -1;
        return nl + 1;
    }

    /// <summary>The paragraph breaks in <paramref name="span"/>: each run of line breaks with only spaces between counts once, so text whose
    /// paragraphs a blank line separates (as the JSONL and HTML readers write articles) counts as text with one paragraph a line does.</summary>
    internal static int ParagraphBreaks(ReadOnlySpan<char> span)
    {
        int breaks = 0;
        bool inBreak = false;
        foreach (var c in span)
        {
            if (c == '\n')
            {
                if (!inBreak) breaks++;
                inBreak = true;
            }
            else if (!char.IsWhiteSpace(c)) inBreak = false;
        }
        return breaks;
    }

    internal static int ParagraphEnd(string text, int position)
    {
        int nl = text.IndexOf('\n', Math.Min(position, text.Length));
        return nl < 0 ? text.Length : nl;
    }

    internal static int? NextQuoteStart(ExtractionContext context, int position)
    {
        foreach (var q in context.QuotedSpans) if (q.Start > position) return q.Start - 1;
        return null;
    }

    internal static int? PreviousQuoteEnd(ExtractionContext context, int position)
    {
        int? last = null;
        foreach (var q in context.QuotedSpans)
        {
            if (q.End >= position) break;
            last = q.End + 1;
        }
        return last;
    }

    /// <summary>True when the paragraph before the one starting at <paramref name="paragraphStart"/> is an interviewer's question: unquoted
    /// words ending in a question mark.</summary>
    internal static bool QuestionAbove(string text, int paragraphStart)
    {
        if (paragraphStart < 2) return false;
        int above = ParagraphStart(text, paragraphStart - 2);
        var line = text.AsSpan(above, paragraphStart - 1 - above).Trim();
        return line.Length is > 3 and < 500 && line[^1] == '?' && line.IndexOfAny("\"“”‘’") < 0;
    }
}
