using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>The rule ranking of a quote's candidate speakers when no model is loaded: an attribution in the same sentence beats one in the paragraph, which beats the nearest earlier name.</summary>
public sealed class RuleSpeakerRanker : ISpeakerRanker
{
    public double Score(string text, TextSpan quote, SpeakerCandidate candidate, IReadOnlyList<SpeakerCandidate> allCandidates)
    {
        var mention = candidate.Mention;
        int distance = mention.Start >= quote.End ? mention.Start - quote.End : quote.Start - mention.End;
        bool after = mention.Start >= quote.End;
        bool sameParagraph = !text.AsSpan(Math.Min(mention.Start, quote.Start), Math.Max(0, Math.Max(mention.End, quote.End) - Math.Min(mention.Start, quote.Start))).Contains('\n');
        double score = 1.0 / (1 + distance / 40.0);
        if (sameParagraph) score += 1;
        if (after && distance < 60) score += 0.5;
        if (candidate.Role is not null) score += 0.2;
        return score;
    }
}
