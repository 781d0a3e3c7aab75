using System.Text.RegularExpressions;
using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Weak labels for archive articles, read off the title and URL by keyword rules (precedence: other sport,
/// off-topic, reaction, preview, round-up, injury, transfer, match report). They are noisy by design and only
/// used to train until hand labels exist; an article no rule is sure about gets no label and is left out.
/// </summary>
public static partial class ReportWeakLabeler
{
    public static ReportKind? Label(ArchiveRecord record)
    {
        var title = record.Title.ToLowerInvariant();
        var url = record.Url.ToLowerInvariant();
        var head = record.Text.Length > 1500 ? record.Text[..1500] : record.Text;
        int football = FootballWord().Count(head) + FootballWord().Count(title);
        bool otherSport = OtherSportWord().IsMatch(title) || OtherSportUrl().IsMatch(url);

        if (otherSport && football <= 1) return ReportKind.OtherSport;
        // Football scores rarely reach ten, and "No. 16" rankings belong to US college sport.
        if (BigScore().IsMatch(record.Title) || CollegeRank().IsMatch(record.Title)) return ReportKind.OtherSport;
        if (football == 0 && !otherSport && !SportWord().IsMatch(head)) return ReportKind.OffTopic;
        if (football < 2) return null;
        if (title.Contains("match report")) return ReportKind.SingleMatchReport;
        if (ReactionWord().IsMatch(title)) return ReportKind.Reaction;
        if (PreviewWord().IsMatch(title) || url.Contains("preview")) return ReportKind.Preview;
        if (RoundUpWord().IsMatch(title) || TitleScoreline().Matches(record.Title).Count >= 2) return ReportKind.RoundUp;
        if (InjuryWord().IsMatch(title)) return ReportKind.Injury;
        if (TransferWord().IsMatch(title)) return ReportKind.Transfer;
        var counts = SignalCounter.Count(head);
        bool titleScore = TitleScoreline().IsMatch(record.Title);
        bool resultWord = ResultWord().IsMatch(title);
        if (url.Contains("match-report") || (titleScore && counts.Minutes + counts.Scorelines >= 2) || (resultWord && counts.Minutes >= 2))
            return ReportKind.SingleMatchReport;
        return null;
    }

    [GeneratedRegex(@"\b(goal|goals|scored|penalty|striker|midfielder|defender|goalkeeper|premier league|champions league|football|soccer|fc|united|city|manager|wsl|la liga|serie a|bundesliga|fifa|uefa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FootballWord();

    [GeneratedRegex(@"\b\d{2,3}\s?[-–]\s?\d{2,3}\b")]
    private static partial Regex BigScore();

    [GeneratedRegex(@"\bNo\s?\.\s?\d{1,2}\b")]
    private static partial Regex CollegeRank();

    [GeneratedRegex(@"\b(match|victory|league|cup|coach|player|players|team|season|club|stadium|fans)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SportWord();

    [GeneratedRegex(@"\b(cricket|rugby|tennis|golf|nfl|nba|basketball|baseball|formula 1|formula one|f1|boxing|ufc|hockey|nhl|mlb|wimbledon|ashes|six nations|grand prix|darts|snooker|athletics|cycling|gaa|hurling|gaelic|netball|afl|super bowl)\b")]
    private static partial Regex OtherSportWord();

    [GeneratedRegex(@"/(cricket|rugby-union|rugby-league|tennis|golf|nfl|nba|basketball|baseball|formula1|boxing|american-football|athletics|cycling|gaa|darts|snooker)/")]
    private static partial Regex OtherSportUrl();

    [GeneratedRegex(@"\b(player ratings|ratings|reacts?|reaction|verdict|what we learned|talking points|things we learned|press conference|presser|admits|insists|slams|blasts|hails|praises|explains why|fans react|\w+ says|takeaways|observations|analysis|positives|standouts|celebrate|celebrates|speaks|every word|fumes|taunt|chant)\b")]
    private static partial Regex ReactionWord();

    [GeneratedRegex(@"\b(preview|predicted|prediction|predictions|team news|how to watch|tv channel|live stream|kick-off time|where to watch|betting tips|odds|ahead of|line-?up vs|confirmed line-?ups)\b")]
    private static partial Regex PreviewWord();

    [GeneratedRegex(@"\b(round-?up|results round|weekend results|scores and results|all the results|results:|as it happened|live:|live blog|fixtures)\b")]
    private static partial Regex RoundUpWord();

    [GeneratedRegex(@"\b(injury|injured|injuries|ruled out|sidelined|hamstring|acl|fitness update|knee|ankle|surgery|setback)\b")]
    private static partial Regex InjuryWord();

    [GeneratedRegex(@"\b(transfer|transfers|signs|signing|signed|sign|bid|loan|deal|contract|fee|joins|move to|target|targets|swoop|agree|agreed|medical|release clause|here we go|wants)\b")]
    private static partial Regex TransferWord();

    [GeneratedRegex(@"[A-Za-z]\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+[A-Za-z]|[A-Za-z]\s+\d{1,2}\s+[A-Za-z][A-Za-z .']+\s\d{1,2}\b")]
    private static partial Regex TitleScoreline();

    [GeneratedRegex(@"\b(beat|beats|win over|wins at|win at|draw with|draw at|held by|defeat|defeated|thrash|thrashes|stun|stuns|edge|edges|rout|routs|hammer|hammers|sink|sinks|earn|earns|secure|secures|comeback|late winner|hat-trick|brace)\b")]
    private static partial Regex ResultWord();
}
