using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Ratings;

/// <summary>Finds the player of the match: a "Player of the match" heading followed by a name, or "X was named man of the match".</summary>
public sealed partial class PlayerOfTheMatchExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        foreach (Match m in Award().Matches(text))
        {
            if (context.IsQuoted(m.Index)) continue;
            // A heading: the name opens what follows.
            var after = context.People.Mentions.FirstOrDefault(p => p.Start >= m.Index + m.Length && p.Start - (m.Index + m.Length) <= 12);
            if (after.Span.Length > 0)
            {
                Set(context, context.People.NameOf(after), after.Start);
                return;
            }
            // "Giroud was named player of the match".
            var sentence = context.SentenceAt(m.Index);
            var before = context.People.Within(new Text.TextSpan(sentence.Start, m.Index - sentence.Start)).LastOrDefault();
            if (before.Span.Length > 0 && Named().IsMatch(text.AsSpan(before.End, m.Index - before.End).ToString()))
            {
                Set(context, context.People.NameOf(before), before.Start);
                return;
            }
        }
    }

    private static void Set(ExtractionContext context, string name, int at) =>
        context.Facts = context.Facts with { PlayerOfTheMatch = new Sourced<string>(context.People.FullName(name), context.EvidenceAt(at)) };

    [GeneratedRegex(@"\b(?:player|man|woman|star) of the (?:match|game)\b\s*[:\-–]?", RegexOptions.IgnoreCase)]
    private static partial Regex Award();

    [GeneratedRegex(@"\b(?:was|is|has been|been|were)\s+(?:\w+\s+)?(?:named|voted|crowned|awarded|given)\b|,?\s*(?:the|our|my)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
