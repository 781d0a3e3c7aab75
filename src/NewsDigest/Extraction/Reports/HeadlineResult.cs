using System.Text.RegularExpressions;
using NewsDigest.Extraction.Gazetteers;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Extraction.Reports;

/// <summary>
/// Whether an article the report detector turned down tells, in its headline, the result of the match its text is about
/// ("Man Utd 1-1 PSG: United belong in the Champions League, says boss", "Feyenoord beat Lazio 3-1 to top group"): such an article
/// is read as that match's report, so that a digest counts its teams and score.
/// </summary>
/// <remarks>
/// The detector's labels call a piece built on quotes, ratings or a record a reaction even when its headline gives the result, and it
/// misses reports from outlets it never saw (a "Match Report:" headline at 0.32). Either way the headline is the surest statement of a
/// match's result there is, so the article's facts are as good as a report's. It is read as a report only when the headline's result and
/// the facts agree: the headline's two sides are the two teams read in the text, and a headline scoreline is the score read. Headlines that
/// speak of a match still to come (a preview, a prediction, a live page) are left alone, and other sports never come here.
/// </remarks>
public static partial class HeadlineResult
{
    /// <summary>The detector's kinds whose articles may still be a match's report: not another sport.</summary>
    public static bool MayApply(ReportKind kind) => kind is not (ReportKind.SingleMatchReport or ReportKind.OtherSport);

    /// <summary>A round-up tells several matches, so its goals may be another match's: it is read as a report only when its headline prints
    /// the score, and then of the match whose result the headline leads with.</summary>
    private static bool NeedsScoreline(ReportKind kind) => kind == ReportKind.RoundUp;

    /// <summary>A cheap first look, before the facts are read: the headline holds a result shape, or the outlet labels the page a match
    /// report (in its headline or its address), and the headline speaks of no match to come.</summary>
    public static bool MayTell(string? title, string? url = null) => MayTell(title, url, Gazetteer.Default);

    /// <inheritdoc cref="MayTell(string?, string?)"/>
    public static bool MayTell(string? title, string? url, Gazetteer gazetteer) =>
        title is { Length: > 0 } && !ToCome().IsMatch(title)
        && (Labelled(title, url) || ResultSentenceReader.Read(title, 0, title.Length, (_, _) => false, name => gazetteer.Teams.TryGet(name, out _)) is not null);

    /// <summary>The outlet's own word that the page is a match report: "Match report: ..." or "... - Match Report" in the headline, or a
    /// "match-report" part of its address ("/sport/football/match-reports/...", ".../oh-leuven-women-match-report").</summary>
    private static bool Labelled(string title, string? url) => MatchReportLabel().IsMatch(title) || (url is not null && MatchReportAddress().IsMatch(url));

    /// <summary>
    /// Why the article is read as its match's report ("its headline tells the result: Feyenoord beat Lazio 3-1 ..."), or null when the
    /// headline and the facts read in the text do not tell the same result of the same two teams.
    /// </summary>
    public static string? Confirms(string? title, string? url, ReportKind kind, MatchFacts facts, Gazetteer gazetteer)
    {
        if (title is not { Length: > 0 } || facts.Teams is not { } pair || facts.Result is not { } result || ToCome().IsMatch(title)) return null;
        var (home, away) = (result.Score.First, result.Score.Second);
        bool printed = Scoreline().IsMatch(title);
        if (!ScoresAgree(title, home, away) || (NeedsScoreline(kind) && !printed)) return null;
        // "FA Cup triumph over Tottenham" read beside a 2-2: the headline's outcome and the score read must be the same.
        if (Level().IsMatch(title) ? home != away && !Beaten().IsMatch(title) : Beaten().IsMatch(title) && home == away && !printed && result.Shootout is null) return null;
        bool Known(string name) => gazetteer.Teams.TryGet(name, out _);
        // Without a scoreline the headline's words alone make the shape ("Breaking down the Barcelona case" reads as "X down Y"): both
        // sides must then be teams the gazetteer knows.
        bool Sure(string written) => printed || Names(written, pair, gazetteer) is { } team && Known(team);
        // A side named by no gazetteer entry may be words the shape took for a name ("Remember That Time We Beat Manchester United 7-0"):
        // one of the two must be a known team.
        if (!Known(pair.First) && !Known(pair.Second)) return null;
        bool told = ResultSentenceReader.Read(title, 0, title.Length, (_, _) => false, Known) is { } sides
            && Names(sides.Second, pair, gazetteer) is { } second && Sure(sides.Second) && (sides.First is null
                ? Mentions(title, pair.First == second ? pair.Second : pair.First, gazetteer, printed)
                : Names(sides.First, pair, gazetteer) is { } first && first != second && Sure(sides.First));
        if (told) return $"its headline tells the result of {pair.First} v {pair.Second}";
        // "Match Report: Arsenal take three points from Villa Park", "OH Leuven Women 0-3 Women - Match Report": the outlet says what the page
        // is; its headline naming one side, or printing the score read, is enough.
        return Labelled(title, url) && (printed || Mentions(title, pair.First, gazetteer, true) || Mentions(title, pair.Second, gazetteer, true))
            ? $"its outlet labels it a match report of {pair.First} v {pair.Second}" : null;
    }

    /// <summary>Every scoreline in the headline must be the score read (in either order): a headline with another score tells another result.</summary>
    private static bool ScoresAgree(string title, int first, int second)
    {
        foreach (Match m in Scoreline().Matches(title))
        {
            int x = int.Parse(m.Groups["x"].Value), y = int.Parse(m.Groups["y"].Value);
            if (!((x == first && y == second) || (x == second && y == first))) return false;
        }
        return true;
    }

    /// <summary>Which of the pair a side written in the headline is ("Man Utd" for Manchester United, "Chelsea Women" for Chelsea), or null.</summary>
    private static string? Names(string written, TeamPair pair, Gazetteer gazetteer)
    {
        var words = written.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The shape may take words before the side ("Report Arsenal"), or a women's side may be written with its club's name.
        for (int skip = 0; skip < words.Length; skip++)
            for (int end = words.Length; end > skip; end--)
            {
                var candidate = string.Join(' ', words[skip..end]);
                if (gazetteer.Teams.TryGet(candidate, out var entry) && pair.Contains(entry.Name)) return entry.Name;
                if (pair.Contains(candidate)) return pair.First.Equals(candidate, StringComparison.OrdinalIgnoreCase) ? pair.First : pair.Second;
            }
        // "United beat Brighton": a headline shortens a side to the first or last words of its name; it counts when only one of the pair has them.
        bool Shortens(string team) => team.EndsWith(" " + written.Trim(), StringComparison.OrdinalIgnoreCase) || team.StartsWith(written.Trim() + " ", StringComparison.OrdinalIgnoreCase);
        return (Shortens(pair.First), Shortens(pair.Second)) switch { (true, false) => pair.First, (false, true) => pair.Second, _ => null };
    }

    /// <summary>Whether the headline names the team: its name, or any run of the headline's words the gazetteer maps to it.</summary>
    private static bool Mentions(string title, string team, Gazetteer gazetteer, bool anyName)
    {
        if (title.Contains(team, StringComparison.OrdinalIgnoreCase)) return anyName || gazetteer.Teams.TryGet(team, out _);
        var tokens = NewsDigest.Text.Tokenizer.Tokenize(title);
        return gazetteer.Teams.FindAll(title, tokens, 0, tokens.Count).Any(m => string.Equals(m.Value.Name, team, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"(?<![0-9\-–.,:/])(?<x>[0-9]{1,2}) ?[-–] ?(?<y>[0-9]{1,2})(?![0-9\-–/])")]
    private static partial Regex Scoreline();

    /// <summary>Words of a headline that tells a draw.</summary>
    [GeneratedRegex(@"\b(?:draw|draws|drew|drawn|held|hold|holds|stalemate|tie|ties|tied|share the points|shared the points|share points|level|goalless|scoreless)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Level();

    /// <summary>Words of a headline that tell a side won or lost.</summary>
    [GeneratedRegex(@"\b(?:beat|beats|beaten|win|wins|won|victory|triumph|defeat|defeats|defeated|loss|lose|loses|lost|thrash|thrashed|thrashes|rout|routed|stun|stuns|stunned|edge|edges|edged|crush|crushed|hammer|hammered|sink|sinks|sank|down|downs|downed|see off|sees off|saw off)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Beaten();

    /// <summary>Words of a headline about a match to come ("look to beat"), told as it happens, or remembered years on ("where are they now").</summary>
    [GeneratedRegex(@"\b(?:preview|predict\w*|odds|betting|bets?|tips|live|as it happened|how to watch|line-?ups?|team news|where to watch|kick-?off time|will|vs?\.?|can|could|must|would|should|(?:look|looks|bid|bids|aim|aims|hope|hopes|set|plan|plans|seek|seeks|need|needs|eye|eyes|try|tries|want|wants) to|years ago|anniversary|on this day|throwback|flashback|rewind|remember\w*|where are (?:\w+ ){0,4}now|look back|looking back|reliv\w*|memories|from the archives?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToCome();

    /// <summary>An outlet's own label for a match report at the head or the end of its headline.</summary>
    [GeneratedRegex(@"^\s*match report\s*[:|\-–]|[:|\-–]\s*match report\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MatchReportLabel();

    /// <summary>A "match-report" part of a page's address.</summary>
    [GeneratedRegex(@"[/\-_]match[\-_]?reports?(?:[/\-_.]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MatchReportAddress();
}
