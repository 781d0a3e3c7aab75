using System.Text.RegularExpressions;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Learning.Models;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>Distant supervision for the speaker ranker: quotes whose speaker an explicit pattern names (", said Name", "Name said:", "Name added."), matched to the candidate at that position.</summary>
public static partial class QuoteAttributionFinder
{
    public static IEnumerable<QuoteExample> Find(string text)
    {
        var quotes = QuoteSpans.Find(text);
        foreach (var quote in quotes)
        {
            var name = Attributed(text, quote);
            if (name is not { } span) continue;
            var candidates = SpeakerCandidateFinder.Find(text, quote, quotes);
            int speaker = -1;
            for (int i = 0; i < candidates.Count; i++)
                if (!candidates[i].IsPronoun && candidates[i].Mention.Overlaps(span)) { speaker = i; break; }
            if (speaker >= 0 && candidates.Count >= 2) yield return new QuoteExample(text, quote, candidates, speaker);
        }
    }

    private static TextSpan? Attributed(string text, TextSpan quote)
    {
        int lineEnd = text.IndexOf('\n', quote.End);
        var after = text.AsSpan(quote.End, (lineEnd < 0 ? text.Length : lineEnd) - quote.End);
        var afterText = after.Length > 120 ? after[..120].ToString() : after.ToString();
        var m = VerbThenName().Match(afterText);
        if (!m.Success) m = NameThenVerb().Match(afterText);
        if (m.Success) return new TextSpan(quote.End + m.Groups["name"].Index, m.Groups["name"].Length);
        int lineStart = quote.Start == 0 ? 0 : text.LastIndexOf('\n', quote.Start - 1) + 1;
        var before = text[lineStart..quote.Start];
        m = NameThenVerbColon().Match(before);
        if (m.Success) return new TextSpan(lineStart + m.Groups["name"].Index, m.Groups["name"].Length);
        return null;
    }

    private const string NamePattern = @"(?<name>[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,3})";

    [GeneratedRegex(@"^[,\s]*(?:said|says|added|admitted|explained|insisted|continued)\s+(?:[a-z]+\s){0,3}" + NamePattern)]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"^[,\s]*" + NamePattern + @"\s+(?:said|says|added|admitted|explained|insisted|continued)\b")]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(NamePattern + @"\s+(?:said|says|added|admitted|explained|insisted|told [\p{L}\s]{1,40}?)\s*:\s*$")]
    private static partial Regex NameThenVerbColon();
}
