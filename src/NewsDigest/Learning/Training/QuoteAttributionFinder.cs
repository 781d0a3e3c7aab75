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
        TextSpan? previousSpeaker = null;
        int previousEnd = -1;
        foreach (var quote in quotes)
        {
            var name = Attributed(text, quote);
            // A quote that runs on in the next paragraph with no attribution of its own belongs to the previous quote's speaker.
            if (name is null && previousSpeaker is not null && quote.Start - previousEnd <= 3 && text.AsSpan(previousEnd, quote.Start - previousEnd).Contains('\n'))
                name = previousSpeaker;
            previousSpeaker = name;
            previousEnd = quote.End;
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
        if (!m.Success) m = NameRoleColon().Match(before);
        if (m.Success) return new TextSpan(lineStart + m.Groups["name"].Index, m.Groups["name"].Length);
        // A partial quote inside reported speech: "Mourinho insists ... a "beautiful project"".
        int dot = before.LastIndexOf(". ", StringComparison.Ordinal);
        int sentenceStart = dot < 0 ? 0 : dot + 2;
        m = SubjectThenVerb().Match(before[sentenceStart..]);
        if (m.Success) return new TextSpan(lineStart + sentenceStart + m.Groups["name"].Index, m.Groups["name"].Length);
        return null;
    }

    private const string NamePattern = @"(?<name>[A-Z][\p{L}'’-]+(?:\s[A-Z][\p{L}'’-]+){0,3})";

    // "said Portugal head coach Roberto Martinez": skip words up to the last capitalised run before the clause ends.
    [GeneratedRegex(@"^[,\s]*(?:said|says|added|admitted|explained|insisted|continued)\s+(?:[\p{L}'’-]+\s){0,5}?" + NamePattern + @"(?=\s*(?:[,.;]|$|after|before|who|on|in|at))")]
    private static partial Regex VerbThenName();

    [GeneratedRegex(@"^[,\s]*" + NamePattern + @"\s+(?:said|says|added|admitted|explained|insisted|continued)\b")]
    private static partial Regex NameThenVerb();

    [GeneratedRegex(NamePattern + @"\s+(?:said|says|added|admitted|explained|insisted|told [\p{L}\s]{1,40}?)\s*:\s*$")]
    private static partial Regex NameThenVerbColon();

    [GeneratedRegex(@"^(?:[A-Z][\p{L}]*\s(?:[a-z]+\s){0,3})?" + NamePattern + @"\s(?:has\s|had\s)?(?:said|says|insists|insisted|admitted|admits|told|labelled|described|called|claimed|claims|believes|feels|felt|warned|revealed|explained)\b[^""“.!?]*$")]
    private static partial Regex SubjectThenVerb();

    // A speaker heading at the start of a line: "Name:" or "Name, Roma coach:".
    [GeneratedRegex(@"^" + NamePattern + @"(?:,\s[^:\n""“]{1,60})?:\s*$")]
    private static partial Regex NameRoleColon();
}
