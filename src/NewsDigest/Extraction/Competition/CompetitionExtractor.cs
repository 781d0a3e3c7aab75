using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Competition;

/// <summary>Finds the competition ("FIFA World Cup", "Premier League") and the stage ("quarter-final"), the first named outside quotes and outside talk of the next round.</summary>
public sealed partial class CompetitionExtractor : IFactExtractor
{
    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        foreach (var m in context.CompetitionMentions)
        {
            if (context.IsQuoted(m.Span.Start)) continue;
            context.Facts = context.Facts with { Competition = new Sourced<string>(m.Value, context.EvidenceAt(m.Span.Start)) };
            break;
        }
        bool league = context.Facts.Competition?.Value is { } c && LeagueName().IsMatch(c);
        foreach (var sentence in context.Sentences)
        {
            if (context.IsQuoted(sentence.Start) || NextRound().IsMatch(text.AsSpan(sentence.Start, sentence.Length).ToString())) continue;
            int first = context.TokenIndexAt(sentence.Start), last = context.TokenIndexAt(sentence.End);
            string? stage = null;
            foreach (var m in context.Gazetteer.Stages.FindAll(text, context.Tokens, first, last))
            {
                if (context.IsQuoted(m.Span.Start)) continue;
                // "final" alone is "the final whistle" or "the final third" far more often than a cup final.
                if (m.Value == "final" && (league || !CupFinal().IsMatch(text.AsSpan(m.Span.Start, Math.Min(40, text.Length - m.Span.Start)).ToString()))) continue;
                if (league && m.Value is not ("play-off")) continue;
                stage = m.Value;
                break;
            }
            if (stage is null) continue;
            context.Facts = context.Facts with { Stage = new Sourced<string>(stage, context.EvidenceFor(sentence)) };
            break;
        }
    }

    [GeneratedRegex(@"League$|Liga$|Bundesliga|Serie A|Ligue 1|Championship|Premiership")]
    private static partial Regex LeagueName();

    [GeneratedRegex(@"^(?:the |cup )?final(?!\s+(?:whistle|third|minutes?|day|ball|stages?|score|seconds?|pass|word|kick|round|table|fixture|league|ten|quarter|phase|product|touch|stretch|hurdle|moments?|push|flourish|analysis|act|throw|piece|chance|action|effort|shot|attack|stages|part|period|game|match)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CupFinal();

    [GeneratedRegex(@"\b(?:will (?:now )?(?:face|play|meet|take on|go on to|look forward|travel|host)|next (?:face|play|meet|up)|awaits?|await them|set up a|sets up a|in the next round|tie with|clash with .* on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextRound();
}
