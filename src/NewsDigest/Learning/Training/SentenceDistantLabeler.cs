using System.Text.RegularExpressions;
using NewsDigest.Extraction;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Distant supervision for the sentence classifier. Goal, penalty-scored and result labels come from gold
/// (a sentence naming a gold scorer with the goal's minute or a scoring verb; a sentence stating the final score);
/// quotes, missed penalties, red cards and chances from keyword rules. The model then learns wording beyond them.
/// </summary>
public static partial class SentenceDistantLabeler
{
    /// <summary>Labels every sentence; a sentence that reads like a goal but names no gold scorer is ambiguous (a goal by description, or another match's) and is left out.</summary>
    public static List<(TextSpan Sentence, SentenceLabel Label)> Label(MatchReportRecord report)
    {
        var text = report.Text;
        var result = new List<(TextSpan, SentenceLabel)>();
        var scorers = report.Goals
            .Select(g => (Surname: NameFolding.Fold(NameFolding.Surname(g.Player)), Minute: Digits(g.Minute), g.Type))
            .Where(g => g.Surname.Length >= 3)
            .ToList();
        string? score = report.FinalScore is { } s ? $"{s.Home}-{s.Away}" : null;
        string? reversed = report.FinalScore is { } r ? $"{r.Away}-{r.Home}" : null;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var raw = sentence.Substring(text);
            var folded = NameFolding.Fold(raw);
            var compact = Spaces().Replace(raw, "").Replace('–', '-');
            if (Decide(raw, folded, compact, scorers, score, reversed) is { } label) result.Add((sentence, label));
        }
        return result;
    }

    private static SentenceLabel? Decide(string raw, string folded, string compact, List<(string Surname, string Minute, string Type)> scorers, string? score, string? reversed)
    {
        if (QuoteMark().IsMatch(raw) && (SaidWord().IsMatch(folded) || raw.TrimStart().StartsWith('"') || raw.TrimStart().StartsWith('“'))) return SentenceLabel.Quote;
        foreach (var g in scorers)
        {
            if (!Regex.IsMatch(folded, $@"\b{Regex.Escape(g.Surname)}\b")) continue;
            bool minute = g.Minute.Length > 0 && Regex.IsMatch(raw, $@"\b{g.Minute}(st|nd|rd|th|')?\b");
            if (!minute && !ScoringWord().IsMatch(folded)) continue;
            if (PenaltyWord().IsMatch(folded) && !MissWord().IsMatch(folded)) return SentenceLabel.PenaltyScored;
            return SentenceLabel.Goal;
        }
        if (PenaltyWord().IsMatch(folded) && MissWord().IsMatch(folded)) return SentenceLabel.PenaltyMissed;
        if (RedCardWord().IsMatch(folded)) return SentenceLabel.RedCard;
        if (score is not null && (compact.Contains(score, StringComparison.Ordinal) || compact.Contains(reversed!, StringComparison.Ordinal))) return SentenceLabel.Result;
        if (StrongScoringWord().IsMatch(folded)) return null;
        if (ChanceWord().IsMatch(folded)) return SentenceLabel.Chance;
        return SentenceLabel.Other;
    }

    private static string Digits(string minute)
    {
        int i = 0;
        while (i < minute.Length && !char.IsAsciiDigit(minute[i])) i++;
        int start = i;
        while (i < minute.Length && char.IsAsciiDigit(minute[i])) i++;
        return minute[start..i];
    }

    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex("[\"“”]")] private static partial Regex QuoteMark();
    [GeneratedRegex(@"\b(said|says|added|admitted|told|insisted|explained|reflected)\b")] private static partial Regex SaidWord();
    [GeneratedRegex(@"\b(scored|scores|score|goal|header|headed|finish|finished|strike|struck|equaliser|equalised|netted|nets|converted|fired|slotted|tapped|volley|volleyed|drilled|curled|lashed|poked|opener|winner|doubled|levelled|leveller|restored|put .* ahead|made it)\b")] private static partial Regex ScoringWord();
    [GeneratedRegex(@"\b(scored|scores|netted|nets|equaliser|equalised|opener|winner|into the net|found the net|home|doubled|levelled|made it \d|pulled one back|reduced the deficit|tapped in|headed in)\b")] private static partial Regex StrongScoringWord();
    [GeneratedRegex(@"\b(penalty|spot-kick|spot kick|from the spot|pen)\b")] private static partial Regex PenaltyWord();
    [GeneratedRegex(@"\b(saved|missed|miss|hit the post|against the post|over the bar|wide|denied|kept out|blazed|skied|smashed against)\b")] private static partial Regex MissWord();
    [GeneratedRegex(@"\b(sent off|red card|sending-off|sending off|dismissed|second yellow|marching orders|early bath)\b")] private static partial Regex RedCardWord();
    [GeneratedRegex(@"\b(shot|saved|save|wide|post|crossbar|woodwork|chance|effort|blocked|denied|off the line|over the bar|tipped|parried|forced|went close|came close|fired over|headed over|header)\b")] private static partial Regex ChanceWord();
}
