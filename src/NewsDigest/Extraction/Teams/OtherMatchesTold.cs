using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>Where a report says outright that it turns to other matches: a sentence opening on "Elsewhere", "In the other matches of the
/// evening", "In other results", or on a link's label ("Also read: Hearts of Oak vs Medeama SC result"), and everything under a heading
/// line that says so ("📰 ELSEWHERE", "Other results"). The clubs named there played other matches ("Elsewhere in the round, Melbourne
/// City beat Perth Glory 2-1"); none of them is a side of this one, however the pair is read. Unlike the passages the goal readers skip
/// (<see cref="OtherMatches.OtherMatchPassages"/>), this is read before the pair is known, from the words alone.</summary>
internal static partial class OtherMatchesTold
{
    private static readonly ConditionalWeakTable<ExtractionContext, List<TextSpan>> Found = new();

    /// <summary>Whether the report tells other matches anywhere.</summary>
    internal static bool Any(ExtractionContext context) => Spans(context).Count > 0;

    /// <summary>Reads the report again as if it told no other match: the fallback when no pair is read without those passages.</summary>
    internal static void Disregard(ExtractionContext context) => Found.AddOrUpdate(context, []);

    /// <summary>Whether a position of the text stands in a sentence or section that tells other matches.</summary>
    internal static bool Within(ExtractionContext context, int position)
    {
        foreach (var span in Spans(context)) if (span.Contains(position)) return true;
        return false;
    }

    private static List<TextSpan> Spans(ExtractionContext context) => Found.GetValue(context, Read);

    private static List<TextSpan> Read(ExtractionContext context)
    {
        var text = context.Text;
        var spans = new List<TextSpan>();
        var heading = Heading().Match(text);
        int end = heading.Success ? heading.Index : text.Length;
        if (heading.Success) spans.Add(new TextSpan(end, text.Length - end));
        foreach (var sentence in context.Sentences)
            if (sentence.Start < end && Lead().IsMatch(text, sentence.Start)) spans.Add(sentence);
        return spans;
    }

    /// <summary>A sentence's opening words that turn to other matches, after a bullet or an emoji: "Elsewhere, ...", "ELSEWHERE: ...",
    /// "In the other matches of the evening, ...", "In other results ...", "Meanwhile, elsewhere ...", "Also read: ...", "Read more: ...".</summary>
    [GeneratedRegex(@"\G[^\p{L}\p{N}\n]{0,4}(?:(?:Elsewhere|ELSEWHERE)\b|(?:In|IN) (?:the |THE )?(?:(?:day|night|evening|weekend|round|afternoon)['’]s )?(?i:other) (?i:games?|match(?:es)?|fixtures?|results|ties?|action)\b|Meanwhile,? elsewhere\b|(?i:also read|read more|related|see also)\s*:)")]
    private static partial Regex Lead();

    /// <summary>A line that is only a heading over other matches: "ELSEWHERE", "📰 ELSEWHERE", "Elsewhere:", "Other results", "Around the grounds".</summary>
    [GeneratedRegex(@"(?<=\n)[^\p{L}\p{N}\n]{0,4}(?:ELSEWHERE|Elsewhere|OTHER RESULTS|Other results|AROUND THE GROUNDS|Around the grounds)[ \t:]*(?=\r?\n)")]
    private static partial Regex Heading();
}
