using NewsDigest.Extraction;
using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Fixtures;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Penalties;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Reports;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;

namespace NewsDigest.Tests.Merging;

/// <summary>Builds hand-made match reports for fusion and grouping tests, as extraction would hand them over.</summary>
internal sealed class ReportBuilder
{
    private readonly string _source;
    private string _text;
    private MatchFacts _facts = new();
    private DateTimeOffset? _published;
    private string? _title;
    private ReportKind _kind = ReportKind.SingleMatchReport;
    private bool _factsRead;
    private string? _readAsReportBecause;

    public ReportBuilder(string source, string first, string second, string? text = null)
    {
        _source = source;
        _text = text ?? $"{first} played {second}. A report written for this test by {source}.";
        _facts = _facts with { Teams = new TeamPair(first, second, Evidence()) };
    }

    public Evidence Evidence(string sentence = "a sentence of the test report") => new(_source, new Text.TextSpan(0, 1), sentence);

    public ReportBuilder Score(int first, int second) { _facts = _facts with { Result = new MatchResult(new Scoreline(first, second), null, false, Evidence()) }; return this; }
    /// <summary>A score the report never states: its goals read, counted per side.</summary>
    public ReportBuilder CountedScore(int first, int second) { _facts = _facts with { Result = new MatchResult(new Scoreline(first, second), null, false, Evidence(), ScoreProvenance.CountedFromGoals) }; return this; }
    public ReportBuilder ScoreWithShootout(int first, int second, int firstKicks, int secondKicks) { _facts = _facts with { Result = new MatchResult(new Scoreline(first, second), new Scoreline(firstKicks, secondKicks), false, Evidence()) }; return this; }
    public ReportBuilder Goal(string player, string? team, int? minute, bool penalty = false, string? assist = null, GoalMethod method = GoalMethod.Unknown)
    {
        _facts = _facts with { Goals = [.. _facts.Goals, new Goal(player, team, minute is { } m ? new Minute(m) : null, Evidence()) { Penalty = penalty, Assist = assist, Method = method }] };
        return this;
    }
    public ReportBuilder Missed(string player, string? team, int? minute) { _facts = _facts with { MissedPenalties = [.. _facts.MissedPenalties, new MissedPenalty(player, team, minute is { } m ? new Minute(m) : null, Evidence())] }; return this; }
    public ReportBuilder Red(string player, string? team, int? minute) { _facts = _facts with { Cards = [.. _facts.Cards, new Card(player, team, minute is { } m ? new Minute(m) : null, CardKind.Red, Evidence())] }; return this; }
    public ReportBuilder Quote(string text, string? speaker, string? role = null) { _facts = _facts with { Quotes = [.. _facts.Quotes, new Quote(text, speaker, Evidence(text)) { SpeakerRole = role }] }; return this; }
    public ReportBuilder Venue(string venue, string? sentence = null) { _facts = _facts with { Venue = new Sourced<string>(venue, sentence is null ? Evidence() : Evidence(sentence)) }; return this; }
    public ReportBuilder Competition(string competition, string? stage = null)
    {
        _facts = _facts with { Competition = new Sourced<string>(competition, Evidence()), Stage = stage is null ? null : new Sourced<string>(stage, Evidence()) };
        return this;
    }
    public ReportBuilder Date(int year, int month, int day) { _facts = _facts with { Date = new Sourced<DateOnly>(new DateOnly(year, month, day), Evidence()) }; return this; }
    public ReportBuilder PlayerOfTheMatch(string player) { _facts = _facts with { PlayerOfTheMatch = new Sourced<string>(player, Evidence()) }; return this; }
    public ReportBuilder Rating(string player, string team, double? mark) { _facts = _facts with { Ratings = [.. _facts.Ratings, new Extraction.Ratings.PlayerRating(player, team, mark, Evidence())] }; return this; }
    public ReportBuilder Next(string team, string opponent, string sentence, DateOnly? date = null, string? stage = null)
    {
        _facts = _facts with { NextFixture = new NextFixture(team, opponent, Evidence(sentence)) { Date = date, Stage = stage } };
        return this;
    }
    public ReportBuilder Published(int year, int month, int day) { _published = new DateTimeOffset(year, month, day, 18, 0, 0, TimeSpan.Zero); return this; }
    public ReportBuilder Title(string title) { _title = title; return this; }
    public ReportBuilder Text(string text) { _text = text; return this; }
    public ReportBuilder Kind(ReportKind kind) { _kind = kind; return this; }

    /// <summary>A reaction the detector turned down, read as a report because its headline tells the result (<see cref="HeadlineResult"/>).</summary>
    public ReportBuilder ReadFromHeadline() { _readAsReportBecause = "its headline tells the result"; return this; }

    /// <summary>Keeps the facts on an article of another kind, as <see cref="NewsDigest.Merging.Grouping.NonReportFactReader"/> hands it over.</summary>
    public ReportBuilder FactsRead() { _factsRead = true; return this; }

    public ArticleReport Build()
    {
        var article = new Article(_source, _text) { Published = _published, Title = _title };
        if (_readAsReportBecause is { } because)
            return new ArticleReport(article, ReportKind.SingleMatchReport, 0.9, _facts) { DetectedKind = ReportKind.Reaction, ReadAsReportBecause = because };
        return _kind == ReportKind.SingleMatchReport || _factsRead ? new ArticleReport(article, _kind, 0.9, _facts) : new ArticleReport(article, _kind, 0.9, null);
    }
}
