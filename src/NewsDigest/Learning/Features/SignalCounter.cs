namespace NewsDigest.Learning.Features;

/// <summary>Counts of match-report signals in a span.</summary>
public readonly record struct SignalCounts(int Scorelines, int Minutes, int QuoteMarks, int Numbers);

/// <summary>Counts scorelines ("2-1", "2 - 1"), minute marks ("54'", "54th minute", "on 54 minutes"), quote marks and numbers in one pass, without regular expressions.</summary>
public static class SignalCounter
{
    public static SignalCounts Count(ReadOnlySpan<char> text)
    {
        int scorelines = 0, minutes = 0, quotes = 0, numbers = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '"' or '“' or '”') { quotes++; i++; continue; }
            if (!char.IsAsciiDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            int digits = i - start;
            numbers++;
            if (digits > 3) continue;
            int j = i;
            while (j < text.Length && text[j] == ' ') j++;
            if (digits <= 2 && j < text.Length && text[j] is '-' or '–')
            {
                int k = j + 1;
                while (k < text.Length && text[k] == ' ') k++;
                int scoreStart = k;
                while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
                if (k > scoreStart && k - scoreStart <= 2 && (k >= text.Length || !char.IsLetterOrDigit(text[k]))) { scorelines++; i = k; continue; }
            }
            if (i < text.Length && text[i] is '\'' or '’' or '′') { minutes++; continue; }
            var rest = text[i..];
            if (rest.StartsWith("th minute", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("st minute", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("nd minute", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("rd minute", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith(" minutes", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(" mins", StringComparison.OrdinalIgnoreCase))
                minutes++;
        }
        return new SignalCounts(scorelines, minutes, quotes, numbers);
    }
}
