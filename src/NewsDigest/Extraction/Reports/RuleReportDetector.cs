using System.Text.RegularExpressions;
using NewsDigest.Ingest;

namespace NewsDigest.Extraction.Reports;

/// <summary>A first-pass detector by rule: a scoreline and football vocabulary make a match report. The trained model replaces it where it scores better.</summary>
public sealed partial class RuleReportDetector : IReportDetector
{
    public (ReportKind Kind, double Confidence) Detect(Article article)
    {
        var text = article.Text;
        bool scoreline = Scoreline().IsMatch(text) || Goalless().IsMatch(text);
        int football = FootballWord().Count(text);
        if (scoreline && football >= 2) return (ReportKind.SingleMatchReport, 0.7);
        // "scored the only goal": a report need not print a scoreline if it says who won and how.
        if (football >= 4 && ResultWord().IsMatch(text)) return (ReportKind.SingleMatchReport, 0.55);
        if (football >= 6) return (ReportKind.SingleMatchReport, 0.5);
        if (football >= 2) return (ReportKind.Reaction, 0.5);
        return (ReportKind.OffTopic, 0.6);
    }

    [GeneratedRegex(@"\b\d{1,2}\s?[-–]\s?\d{1,2}\b")]
    private static partial Regex Scoreline();

    [GeneratedRegex(@"\b(?:only goal|winner|won|beat|victory|draw|defeat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWord();

    [GeneratedRegex(@"\b(?:goalless|scoreless) (?:draw|stalemate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goalless();

    [GeneratedRegex(@"\b(goal|goals|scored|penalty|header|striker|midfielder|defender|goalkeeper|kick-off|half-time|equaliser|equalizer|match|fixture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FootballWord();
}
