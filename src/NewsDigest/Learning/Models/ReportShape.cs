namespace NewsDigest.Learning.Models;

/// <summary>
/// Shape measures of an article that tell one match's account from the pieces around it, read without building
/// strings: how much of the body sits inside quotation marks (reaction pieces are mostly quotes), how many
/// different scorelines it gives (a round-up lists many results, a report repeats one), whether the title leads
/// with a count ("5 talking points", "Three things we learned": a list piece) and how many clauses the title
/// strings together ("A beat B; C, D win": several results).
/// </summary>
public static class ReportShape
{
    private static readonly string[] CountWords = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The share of the text's letters that sit between quotation marks, in percent (0-100).</summary>
    public static int QuotePercent(ReadOnlySpan<char> text)
    {
        int letters = 0, quoted = 0;
        bool inside = false;
        foreach (char c in text)
        {
            if (c is '“') { inside = true; continue; }
            if (c is '”') { inside = false; continue; }
            if (c is '"') { inside = !inside; continue; }
            if (!char.IsLetter(c)) continue;
            letters++;
            if (inside) quoted++;
        }
        return letters == 0 ? 0 : quoted * 100 / letters;
    }

    /// <summary>How many different scorelines ("2-1", "2 - 1"; the same result with the sides swapped counts once) the text gives, up to 8.</summary>
    public static int DistinctScorelines(ReadOnlySpan<char> text)
    {
        Span<int> seen = stackalloc int[8];
        int count = 0;
        int i = 0;
        while (i < text.Length && count < seen.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '–' or '/' or '.' or ':')))
            {
                i++;
                continue;
            }
            if (!TryScoreline(text, i, out int a, out int b, out int end)) { i++; continue; }
            int key = Math.Min(a, b) * 100 + Math.Max(a, b);
            if (!seen[..count].Contains(key)) seen[count++] = key;
            i = end;
        }
        return count;
    }

    /// <summary>True when the title opens on a count followed by a word ("5 talking points", "Three things"), the shape of a list piece; a scoreline ("3-1 win") is not a count.</summary>
    public static bool OpensOnCount(ReadOnlySpan<char> title)
    {
        var t = title.TrimStart();
        int digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits])) digits++;
        if (digits is 1 or 2)
        {
            var rest = t[digits..];
            return rest.Length > 1 && rest[0] == ' ' && char.IsLetter(rest[1]);
        }
        if (digits > 0) return false;
        foreach (var word in CountWords)
        {
            if (t.Length > word.Length && t[..word.Length].Equals(word, StringComparison.OrdinalIgnoreCase) && t[word.Length] == ' ')
                return true;
        }
        return false;
    }

    /// <summary>How many clauses the title strings together: one plus each ';', ',' or " while " between words (capped at 4).</summary>
    public static int TitleClauses(ReadOnlySpan<char> title)
    {
        int clauses = 1;
        for (int i = 0; i < title.Length; i++)
        {
            if (title[i] is ';' or ',') clauses++;
            else if (title[i] == ' ' && title[(i + 1)..].StartsWith("while ", StringComparison.OrdinalIgnoreCase)) clauses++;
        }
        return Math.Min(clauses, 4);
    }

    private static bool TryScoreline(ReadOnlySpan<char> text, int start, out int a, out int b, out int end)
    {
        a = b = 0;
        end = start;
        int i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 3) a = a * 10 + (text[i++] - '0');
        if (i - start > 2 || (i < text.Length && char.IsAsciiDigit(text[i]))) return false;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length || text[i] is not ('-' or '–')) return false;
        i++;
        while (i < text.Length && text[i] == ' ') i++;
        int second = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - second < 3) b = b * 10 + (text[i++] - '0');
        if (i == second || i - second > 2 || (i < text.Length && char.IsLetterOrDigit(text[i]))) return false;
        // "2023-24" seasons and "4-3-3" formations are not results.
        if (i < text.Length - 1 && text[i] is '-' or '–' && char.IsAsciiDigit(text[i + 1])) return false;
        end = i;
        return true;
    }
}
