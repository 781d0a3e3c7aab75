using System.Text.RegularExpressions;
using NewsDigest.Ingest;

namespace NewsDigest.Extraction.Reports;

/// <summary>A first-pass detector by rule: a scoreline (or a result word) in the opening and football vocabulary make a match report. The trained model replaces it where it scores better.</summary>
public sealed partial class RuleReportDetector : IReportDetector
{
    /// <summary>Single-match reports run to a few thousand words at most; longer texts are live blogs, round-ups or whole pages.</summary>
    public const int MaxReportLength = 40_000;

    /// <summary>Where a report states its result: the headline and opening paragraphs.</summary>
    private const int Opening = 1_500;

    public (ReportKind Kind, double Confidence) Detect(Article article)
    {
        var text = article.Text;
        if (text.Length > MaxReportLength) return (ReportKind.RoundUp, 0.6);
        var opening = text.Length > Opening ? text[..Opening] : text;
        var title = article.Title ?? "";
        bool scoreline = Scoreline().IsMatch(opening) || Scoreline().IsMatch(title) || Goalless().IsMatch(opening);
        int football = FootballWord().Count(text);
        if (scoreline && football >= 2) return (ReportKind.SingleMatchReport, 0.7);
        // "scored the only goal": a report need not print a scoreline if its opening says who won and how.
        if (football >= 4 && ResultWord().IsMatch(opening)) return (ReportKind.SingleMatchReport, 0.55);
        // Dense match vocabulary in a report-sized text: an account of play whose opening was cut (excerpts, syndicated copy).
        if (football >= 8 && text.Length < 12_000) return (ReportKind.SingleMatchReport, 0.5);
        if (football >= 2) return (ReportKind.Reaction, 0.5);
        return (ReportKind.OffTopic, 0.6);
    }

    [GeneratedRegex(@"\b[0-9]{1,2}\s?[-–]\s?[0-9]{1,2}\b")]
    private static partial Regex Scoreline();

    [GeneratedRegex(@"\b(?:only goal|winner|won|beat|victory|draw|defeat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ResultWord();

    [GeneratedRegex(@"\b(?:goalless|scoreless) (?:draw|stalemate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Goalless();

    [GeneratedRegex(@"\b(goal|goals|scored|penalty|header|striker|midfielder|defender|goalkeeper|kick-off|half-time|equaliser|equalizer|match|fixture)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FootballWord();
}
