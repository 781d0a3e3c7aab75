using System.Globalization;
using Humanizer;
using NewsDigest.Extraction;
using NewsDigest.Merging;
using NewsDigest.Merging.Fusion;

namespace NewsDigest.Rendering.Summary;

/// <summary>Writes a digest's summary in plain English from fused facts only: the result, the scorers with minutes, missed penalties, red cards and the next fixture.</summary>
/// <remarks>Humanizer writes the ordinals ("84th minute"), number words ("two goals"), plurals and dates ("10th December 2022"). A fact no source states is left out, never guessed.</remarks>
public sealed class SummaryWriter
{
    public static readonly SummaryWriter Instance = new();

    /// <summary>Humanizer picks its English rules by culture name; the project runs in invariant-globalization mode, so the name is given explicitly.</summary>
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public DigestSummary Write(MatchDigest digest)
    {
        var sentences = new List<SummarySentence>();
        sentences.Add(ResultSentence(digest));
        foreach (var team in new[] { digest.FirstTeam.Value, digest.SecondTeam.Value })
        {
            var goals = digest.Goals.Where(g => g.Team?.Value == team && !g.Unconfirmed).ToArray();
            if (goals.Length > 0) sentences.Add(GoalsSentence(team, goals));
        }
        var unattributed = digest.Goals.Where(g => !g.Unconfirmed).Where(g => g.Team is null || (g.Team.Value != digest.FirstTeam.Value && g.Team.Value != digest.SecondTeam.Value)).ToArray();
        if (unattributed.Length > 0) sentences.Add(GoalsSentence(null, unattributed));
        foreach (var miss in digest.MissedPenalties)
            sentences.Add(new SummarySentence($"{miss.Player.Value} {(miss.Saved.Value ? "had a penalty saved" : "missed a penalty")}{At(miss.Minute)}.",
                [Trace(miss.Id, $"missed penalty: {miss.Player.Value}{Suffix(miss.Minute)}", miss.Player)]));
        foreach (var card in digest.Cards.Where(c => c.IsSendingOff))
            sentences.Add(new SummarySentence($"{card.Player.Value}{TeamNote(card.Team)} was sent off{At(card.Minute)}.",
                [Trace(card.Id, $"red card: {card.Player.Value}{Suffix(card.Minute)}", card.Player)]));
        if (digest.NextFixture is { } next) sentences.Add(NextSentence(next));
        return new DigestSummary(sentences);
    }

    private static SummarySentence ResultSentence(MatchDigest d)
    {
        var facts = new List<FactTrace>();
        string first = d.FirstTeam.Value, second = d.SecondTeam.Value;
        string text;
        if (d.Result is { } result)
        {
            var s = result.Score.Value;
            string extra = result.AfterExtraTime.Value ? " after extra time" : "";
            // "beat Rangers 5-4 on penalties after a 1-1 draw": the shoot-out score is said once, where "on penalties" stands.
            string kicks = result.Shootout is { } so ? $"{Math.Max(so.Value.First, so.Value.Second)}-{Math.Min(so.Value.First, so.Value.Second)} " : "";
            text = d.Winner is { } winner
                ? s.First == s.Second
                    ? $"{winner} beat {(winner == first ? second : first)} {kicks}on penalties after a {s.First}-{s.Second} draw{extra}"
                    : $"{winner} beat {(winner == first ? second : first)} {Math.Max(s.First, s.Second)}-{Math.Min(s.First, s.Second)}{extra}{(kicks.Length > 0 ? $", {kicks}on penalties" : "")}"
                : $"{first} and {second} drew {s.First}-{s.Second}{extra}";
            facts.Add(Trace(result.Id, $"result: {first} {s} {second}", result.Score));
        }
        else if (!d.HasReport) text = $"No report of {first} v {second} is among the sources; {PiecesOf(d)} place the match";
        else text = $"{first} played {second}";
        facts.Add(Trace("teams", $"teams: {first} v {second}", d.FirstTeam));

        if (d.Competition is { } competition)
        {
            var stage = d.Stage is { } st ? $" {st.Value}" : "";
            text += $" in the {competition.Value}{stage}";
            facts.Add(Trace("competition", $"competition: {competition.Value}", competition));
            if (d.Stage is { } stageFact) facts.Add(Trace("stage", $"stage: {stageFact.Value}", stageFact));
        }
        else if (d.Stage is { } stageOnly)
        {
            text += $" in the {stageOnly.Value}";
            facts.Add(Trace("stage", $"stage: {stageOnly.Value}", stageOnly));
        }
        if (d.Venue is { } venue)
        {
            text += $" {VenuePhrase.Of(venue)}";
            facts.Add(Trace("venue", $"venue: {venue.Value}", venue));
        }
        if (d.Date is { } date)
        {
            text += $" on {LongDate(date.Value)}";
            facts.Add(Trace("date", $"date: {FactText.Of(date.Value)}", date));
        }
        else if (d.Window is { } window)
        {
            text += window.First == window.Last ? $" on {LongDate(window.First)}" : $" between {LongDate(window.First)} and {LongDate(window.Last)}";
            facts.Add(new FactTrace("window", $"match window: {window.First:yyyy-MM-dd} to {window.Last:yyyy-MM-dd}", d.Sources.Select(s => s.Id).ToArray(), []));
        }
        // A reader must not take a sum for a stated result: the fact table and both JSON forms mark it, and so does the prose.
        if (d.Result is { Counted: true }) text += "; no report states the score, which is their goals counted per side";
        return new SummarySentence(EndSentence(text), facts);
    }

    /// <summary>"a preview and two reactions": the pieces a report-less digest rests on, by role, in the order the sources first give each.</summary>
    private static string PiecesOf(MatchDigest d)
    {
        var parts = d.Sources.GroupBy(s => s.Role).Select(g =>
        {
            string noun = g.Key == SourceRole.Related ? "related piece" : g.Key.ToString().ToLowerInvariant();
            return g.Count() == 1 ? $"a {noun}" : $"{g.Count().ToWords(English)} {noun.Pluralize()}";
        });
        return parts.Humanize("and");
    }

    private static SummarySentence GoalsSentence(string? team, FusedGoal[] goals)
    {
        var parts = goals.Select(Describe).ToArray();
        string count = goals.Length == 1 ? "goal" : $"{goals.Length.ToWords(English)} goals";
        string opening = team is null
            ? $"{"goal".ToQuantity(goals.Length, ShowQuantityAs.Words).Transform(To.SentenceCase)} whose team the reports do not give: "
            : goals.Length == 1 ? $"{Possessive(team)} goal came from " : $"{Possessive(team)} {count} came from ";
        var facts = goals.Select(g => Trace(g.Id, $"goal: {g.Scorer.Value}{Suffix(g.Minute)}", g.Scorer)).ToArray();
        return new SummarySentence(opening + parts.Humanize("and") + ".", facts);
    }

    /// <summary>"Rangers' goal", "Celtic's goal": a name ending in s takes the apostrophe alone.</summary>
    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static string Describe(FusedGoal goal)
    {
        var how = new List<string>();
        if (goal.OwnGoal.Value) how.Add("an own goal");
        if (goal.Penalty.Value) how.Add("a penalty");
        else if (goal.Method?.Value is NewsDigest.Extraction.Goals.GoalMethod.Header) how.Add("a header");
        else if (goal.Method?.Value is NewsDigest.Extraction.Goals.GoalMethod.FreeKick) how.Add("a free kick");
        if (goal.Assist is { } assist) how.Add($"from {Possessive(assist.Value)} pass");
        var detail = how.Count > 0 ? $" ({string.Join(", ", how)})" : "";
        return $"{goal.Scorer.Value}{detail}{At(goal.Minute)}";
    }

    private static SummarySentence NextSentence(FusedFixture next)
    {
        var text = $"{next.Team.Value} next face {next.Opponent.Value}";
        if (next.Stage is { } stage) text += $" in the {stage.Value}";
        if (next.Date is { } date) text += $" on {LongDate(date.Value)}";
        return new SummarySentence(EndSentence(text), [Trace(next.Id, $"next fixture: {next.Team.Value} v {next.Opponent.Value}", next.Opponent)]);
    }

    /// <summary>"in the 84th minute", or "in the third minute of added time after 90" for 90+3; empty when no source gives the minute.</summary>
    private static string At(FusedFact<Minute>? minute)
    {
        if (minute is null) return "";
        var m = minute.Value;
        return m.Added is { } added
            ? $" in the {added.ToOrdinalWords(English)} minute of added time after {m.Regular}"
            : $" in the {m.Regular.Ordinalize(English)} minute";
    }

    /// <summary>A full stop, unless a name at the end already brought one ("Man Utd F.C.").</summary>
    private static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";

    private static string Suffix(FusedFact<Minute>? minute) => minute is null ? "" : $" {minute.Value}";

    private static string TeamNote(FusedFact<string>? team) => team is null ? "" : $" ({team.Value})";

    /// <summary>"Saturday 10th December 2022".</summary>
    private static string LongDate(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return $"{day.DayOfWeek} {day.Day.Ordinalize(English)} {day.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    private static FactTrace Trace<T>(string id, string description, FusedFact<T> fact) where T : notnull =>
        new(id, description, fact.Sources, fact.Variants[0].Evidence);
}
