using System.Globalization;
using System.Text;

namespace NewsDigest.Merging;

/// <summary>Folds text for comparison: lower case, no diacritics, apostrophes dropped, other punctuation as spaces, single spaces.</summary>
public static class FoldedText
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool space = true;
        foreach (char c in decomposed)
        {
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

    /// <summary>The folded words of a text.</summary>
    public static string[] Words(string text) => Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
