using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Venue;

/// <summary>Finds where the match was played: a ground the gazetteer knows ("at the Emirates"), else a stadium-like name after "at".</summary>
public sealed partial class VenueExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        Sourced<string>? venue = null;
        foreach (var m in context.VenueMentions)
        {
            if (context.IsQuoted(m.Span.Start)) continue;
            var before = text.AsSpan(Math.Max(0, m.Span.Start - 12), Math.Min(12, m.Span.Start)).ToString();
            // "at the Emirates" names the match's ground; "his move to Old Trafford" does not.
            if (AtBefore().IsMatch(before)) { venue = new Sourced<string>(m.Value.Name, context.EvidenceAt(m.Span.Start)); break; }
            venue ??= IsGroundOfPair(context, m.Value.HomeTeam) ? new Sourced<string>(m.Value.Name, context.EvidenceAt(m.Span.Start)) : null;
        }
        if (venue is null)
            foreach (var sentence in context.Sentences)
            {
                var m = UnknownGround().Match(text, sentence.Start, sentence.Length);
                if (!m.Success || context.IsQuoted(m.Index)) continue;
                var name = m.Groups["name"];
                venue = new Sourced<string>(name.Value, context.EvidenceFor(sentence));
                break;
            }
        if (venue is not null) context.Facts = context.Facts with { Venue = venue };
    }

    private static bool IsGroundOfPair(ExtractionContext context, string? homeTeam) =>
        homeTeam is not null && context.Facts.Teams is { } pair && pair.Contains(homeTeam);

    [GeneratedRegex(@"\b(?:at|in|inside|on the pitch at|to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AtBefore();

    [GeneratedRegex(@"\bat (?:the )?(?<name>(?:[A-Z][\w'’.-]+ ){1,4}(?:Stadium|Park|Arena|Ground|Road|Lane|Stadion|Stadio|Estadio|Stade|Bowl|Field|Dome))\b")]
    private static partial Regex UnknownGround();
}
