namespace NewsDigest.Text;

/// <summary>Splits text into words, numbers and punctuation, keeping offsets into the original string.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = new List<Token>(range.Length / 5 + 4);
        int i = range.Start, end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetter(c))
            {
                // Words keep inner apostrophes and hyphens ("O'Shea", "Alexander-Arnold").
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                       || (IsJoiner(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]))))
                    i++;
                tokens.Add(new Token(new TextSpan(start, i - start), ShapeOf(text.AsSpan(start, i - start))));
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end && char.IsDigit(text[i])) i++;
                tokens.Add(new Token(new TextSpan(start, i - start), TokenShape.Number));
            }
            else
            {
                i++;
                tokens.Add(new Token(new TextSpan(start, 1), char.IsPunctuation(c) || char.IsSymbol(c) ? TokenShape.Punctuation : TokenShape.Other));
            }
        }
        return tokens;
    }

    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‑';

    private static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return TokenShape.Word;
        if (word.Length > 1)
        {
            bool allUpper = true;
            foreach (var ch in word) if (char.IsLetter(ch) && !char.IsUpper(ch)) { allUpper = false; break; }
            if (allUpper) return TokenShape.Upper;
        }
        return TokenShape.Capitalised;
    }
}
