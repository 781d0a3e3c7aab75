using NewsDigest.Extraction.Quotes;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Proposes speakers for a quote: capitalised name sequences (up to four words) in the window before and after it, outside any quote, and the pronouns "he" and "she" after it (named after the last full name before them).</summary>
public static class SpeakerCandidateFinder
{
    public const int Before = 500, After = 200;

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "We", "They", "I", "But", "And", "A", "An", "In", "On", "At", "After", "Before", "With", "His", "Her",
        "This", "That", "There", "When", "While", "If", "As", "So", "Yet", "Now", "Then", "Speaking", "Asked", "However", "Meanwhile",
    };

    public static List<SpeakerCandidate> Find(string text, TextSpan quote, IReadOnlyList<TextSpan> allQuotes)
    {
        int from = Math.Max(0, quote.Start - Before), to = Math.Min(text.Length, quote.End + After);
        var tokens = Tokenizer.Tokenize(text, new TextSpan(from, to - from));
        var candidates = new List<SpeakerCandidate>();
        int t = 0;
        while (t < tokens.Count)
        {
            var token = tokens[t];
            if (InsideAnyQuote(token.Start, allQuotes)) { t++; continue; }
            var word = token.Span.Substring(text);
            if ((word is "he" or "she" or "He" or "She") && token.Start >= quote.End)
            {
                // A pronoun stands for the last person named before it: prefer one the text has just quoted ("said Connors"), then a full name.
                var antecedent = candidates.LastOrDefault(c => !c.IsPronoun && IsSpeechTagged(text, c.Mention))
                    ?? candidates.LastOrDefault(c => !c.IsPronoun && c.Name.Contains(' '))
                    ?? candidates.LastOrDefault(c => !c.IsPronoun);
                candidates.Add(new SpeakerCandidate(antecedent?.Name ?? word.ToLowerInvariant(), token.Span, antecedent?.Role) { IsPronoun = true });
                t++;
                continue;
            }
            if (token.Shape != TokenShape.Capitalised || NotNames.Contains(word)) { t++; continue; }
            int end = t + 1;
            while (end < tokens.Count && end - t < 4 && tokens[end].Shape == TokenShape.Capitalised && !InsideAnyQuote(tokens[end].Start, allQuotes)
                   && text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Trim().IsEmpty) end++;
            var span = new TextSpan(token.Start, tokens[end - 1].End - token.Start);
            candidates.Add(new SpeakerCandidate(span.Substring(text), span, RoleBefore(text, span.Start)));
            t = end;
        }
        return candidates;
    }

    private static bool IsSpeechTagged(string text, TextSpan mention)
    {
        var before = text.AsSpan(Math.Max(0, mention.Start - 8), Math.Min(8, mention.Start)).TrimEnd();
        var after = text.AsSpan(mention.End, Math.Min(8, text.Length - mention.End)).TrimStart();
        return before.EndsWith("said", StringComparison.Ordinal) || before.EndsWith("says", StringComparison.Ordinal)
            || after.StartsWith("said", StringComparison.Ordinal) || after.StartsWith("says", StringComparison.Ordinal);
    }

    private static bool InsideAnyQuote(int position, IReadOnlyList<TextSpan> quotes)
    {
        foreach (var q in quotes) if (q.Contains(position)) return true;
        return false;
    }

    /// <summary>A role word just before a name ("manager Arsene Wenger", "boss Eddie Howe").</summary>
    private static string? RoleBefore(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ') i--;
        int end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text.AsSpan(i + 1, end - i - 1);
        return word is "manager" or "coach" or "boss" or "captain" or "head" or "striker" or "midfielder" or "defender" or "goalkeeper" or "forward" or "winger" or "chairman" or "owner"
            ? word.ToString() : null;
    }
}
