namespace NewsDigest.Text;

/// <summary>Splits text into sentences by line breaks and sentence-final punctuation, aware of initials, abbreviations and quotes.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "v", "no", "jr", "sr", "fc", "utd", "inc", "ltd", "etc", "mt", "ft", "approx",
        // A US record's points ("(14-3-9, 51 pts.) defeated"): the sentence goes on.
        "pts", "pt",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>(text.Length / 80 + 4);
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                Add(text, sentences, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                int j = i + 1;
                while (j < text.Length && text[j] is '.' or '!' or '?' or '"' or '\'' or '”' or '’' or ')' or '»') j++;
                bool atBoundary = j >= text.Length || char.IsWhiteSpace(text[j]);
                if (atBoundary && c == '.' && (IsAbbreviationOrInitial(text, i) || IsMinuteMarkBeforeNumber(text, i, j))) atBoundary = false;
                if (atBoundary && j < text.Length && text[j] != '\n')
                {
                    // The next sentence must start like one: a capital, a digit or an opening quote.
                    int k = j;
                    while (k < text.Length && text[k] == ' ') k++;
                    if (k < text.Length && !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '‘' or '\'' or '(' or '«')) atBoundary = false;
                }
                if (atBoundary)
                {
                    Add(text, sentences, start, j);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        Add(text, sentences, start, text.Length);
        return sentences;
    }

    private static bool IsAbbreviationOrInitial(string text, int dot)
    {
        int k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        int len = dot - k - 1;
        if (len == 0) return false;
        if (len == 1 && char.IsUpper(text[dot - 1])) return true; // "T. Hernandez"
        return Abbreviations.Contains(text.Substring(k + 1, len));
    }

    /// <summary>"in the min. 12", "dk. 30" (Turkish dakika): a translated report's minute mark, whose number goes on the sentence.</summary>
    private static bool IsMinuteMarkBeforeNumber(string text, int dot, int next)
    {
        int k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k])) k--;
        if (k >= 0 && char.IsLetterOrDigit(text[k])) return false;
        var word = text.AsSpan(k + 1, dot - k - 1);
        if (!word.Equals("min", StringComparison.OrdinalIgnoreCase) && !word.Equals("dk", StringComparison.OrdinalIgnoreCase)) return false;
        while (next < text.Length && text[next] == ' ') next++;
        return next < text.Length && char.IsAsciiDigit(text[next]);
    }

    private static void Add(string text, List<TextSpan> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new TextSpan(start, end - start));
    }
}
