using System.Globalization;
using System.Text;
using NewsDigest.Text;

namespace NewsDigest.Merging;

/// <summary>Folds text for comparison: lower case, no diacritics, apostrophes dropped, other punctuation as spaces, single spaces.</summary>
public static class FoldedText
{
    /// <summary>
    /// The last texts this thread folded. Fusion compares the same quote, name and role strings again and again (every
    /// candidate cluster, every vote); folding each once per thread takes most of that work away while holding at most
    /// a thousand strings.
    /// </summary>
    [ThreadStatic] private static RecentByReference<string>? _recent;

    public static string Of(string text)
    {
        var recent = _recent ??= new RecentByReference<string>(1024);
        if (recent.TryGet(text, out var folded)) return folded;
        folded = Fold(text);
        recent.Set(text, folded);
        return folded;
    }

    /// <summary>The folded words of a text.</summary>
    public static string[] Words(string text) => Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool space = true;
        foreach (char original in text)
        {
            // The base letter stands for the whole decomposition: its marks would be dropped below anyway.
            char c = UnicodeNormalisation.BaseLetter(original);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘' or 'ʼ') continue;
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                space = true;
            }
        }
        if (builder.Length > 0 && builder[^1] == ' ') builder.Length--;
        return builder.ToString();
    }
}
