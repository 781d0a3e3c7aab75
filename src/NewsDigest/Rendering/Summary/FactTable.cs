using NewsDigest.Extraction.Cards;
using NewsDigest.Merging;
using NewsDigest.Merging.Fusion;

namespace NewsDigest.Rendering.Summary;

/// <summary>One row of a digest's fact table: what the fused fact says, the sources behind it, and each part on which sources differ.</summary>
public sealed record FactRow(string Section, string FactId, string Label, string Value, IReadOnlyList<string> Sources, IReadOnlyList<(string Part, IFusedFact Fact)> Parts)
{
    public IEnumerable<(string Part, IFusedFact Fact)> Conflicts => Parts.Where(p => p.Fact.IsConflict);
}

/// <summary>Lays a digest out as rows by section, the one layout the Markdown, HTML and text renderers share.</summary>
public static class FactTable
{
    public const string Match = "Match";
    public const string Goals = "Goals";
    public const string MissedPenalties = "Missed penalties";
    public const string Cards = "Cards";
    public const string Quotes = "Quotes";
    public const string Ratings = "Player ratings";
    public const string NextFixture = "Next fixture";

    public static IReadOnlyList<FactRow> Rows(MatchDigest d)
    {
        var rows = new List<FactRow>
        {
            new(Match, "teams", "Teams", $"{d.FirstTeam.Value} v {d.SecondTeam.Value}", d.FirstTeam.Sources, [("first team", d.FirstTeam), ("second team", d.SecondTeam)]),
        };
        if (d.Result is { } r)
        {
            var value = $"{d.FirstTeam.Value} {r.Score.Value} {d.SecondTeam.Value}";
            if (r.AfterExtraTime.Value) value += " (after extra time)";
            if (r.Shootout is { } so) value += $", {so.Value} on penalties";
            if (r.Counted) value += " (counted from the goals; no source gives the score)";
            var parts = new List<(string, IFusedFact)> { ("score", r.Score), ("after extra time", r.AfterExtraTime) };
            if (r.Shootout is not null) parts.Add(("shoot-out", r.Shootout));
            rows.Add(new(Match, r.Id, "Result", value, r.Score.Sources, parts));
        }
        AddSingle(rows, "competition", "Competition", d.Competition);
        AddSingle(rows, "stage", "Stage", d.Stage);
        AddSingle(rows, "venue", "Venue", d.Venue);
        AddSingle(rows, "date", "Date", d.Date);
        AddSingle(rows, "player-of-the-match", "Player of the match", d.PlayerOfTheMatch);

        foreach (var g in d.Goals)
        {
            var details = new List<string>();
            if (g.Penalty.Value) details.Add("penalty");
            if (g.OwnGoal.Value) details.Add("own goal");
            if (g.Method is { } m && m.Value is not NewsDigest.Extraction.Goals.GoalMethod.Penalty) details.Add(FactText.Of(m.Value));
            if (g.Assist is { } a) details.Add($"assist {a.Value}");
            if (g.Unconfirmed) details.Add("unconfirmed: more goals than the score gives this side");
            var value = $"{g.Scorer.Value}{TeamOf(g.Team)}{(details.Count > 0 ? $", {string.Join(", ", details)}" : "")}";
            rows.Add(new(Goals, g.Id, MinuteLabel(g.Minute), value, g.Sources,
                Parts(("scorer", g.Scorer), ("team", g.Team), ("minute", g.Minute), ("penalty", g.Penalty), ("own goal", g.OwnGoal), ("how", g.Method), ("assist", g.Assist))));
        }
        foreach (var p in d.MissedPenalties)
            rows.Add(new(MissedPenalties, p.Id, MinuteLabel(p.Minute), $"{p.Player.Value}{TeamOf(p.Team)}{(p.Saved.Value ? ", saved" : "")}", p.Sources,
                Parts(("player", p.Player), ("team", p.Team), ("minute", p.Minute), ("saved", p.Saved))));
        foreach (var c in d.Cards)
            rows.Add(new(Cards, c.Id, MinuteLabel(c.Minute), $"{c.Player.Value}{TeamOf(c.Team)}, {CardName(c.Kind.Value)}", c.Sources,
                Parts(("player", c.Player), ("team", c.Team), ("minute", c.Minute), ("card", c.Kind))));
        foreach (var q in d.Quotes)
        {
            var speaker = q.Speaker is { } s ? $"{s.Value}{(q.Role is { } role ? $" ({role.Value})" : "")}" : "unattributed";
            rows.Add(new(Quotes, q.Id, speaker, $"“{q.Text.Value.TrimEnd(',', ' ')}”{SourceLabels.OriginNote(d, q.Sources)}", q.Sources, Parts(("text", q.Text), ("speaker", q.Speaker), ("role", q.Role))));
        }
        foreach (var r2 in d.Ratings)
            rows.Add(new(Ratings, r2.Id, $"{r2.Player.Value}{TeamOf(r2.Team)}", r2.Rating.Value.ToString(), r2.Sources,
                Parts(("player", r2.Player), ("team", r2.Team), ("rating", r2.Rating))));
        if (d.NextFixture is { } n)
        {
            var value = $"{n.Team.Value} v {n.Opponent.Value}";
            if (n.Stage is { } stage) value += $", {stage.Value}";
            if (n.Date is { } date) value += $", {date.Value.ToDateTime(TimeOnly.MinValue):dddd d MMMM yyyy}{(n.DateFromWeekday ? " (from the weekday the report gives)" : "")}";
            rows.Add(new(NextFixture, n.Id, "Next fixture", value, n.Sources, Parts(("team", n.Team), ("opponent", n.Opponent), ("date", n.Date), ("stage", n.Stage))));
        }
        return rows;
    }

    /// <summary>"54' (S2); not stated by S1": every value of a part with its sources.</summary>
    public static string DescribeVariants(IFusedFact fact)
    {
        var parts = fact.VariantTexts.Select(v => $"{v.Text} ({string.Join(", ", v.Sources)})").ToList();
        if (fact.NotStatedBy.Count > 0) parts.Add($"not stated by {string.Join(", ", fact.NotStatedBy)}");
        return string.Join("; ", parts);
    }

    private static void AddSingle<T>(List<FactRow> rows, string id, string label, FusedFact<T>? fact) where T : notnull
    {
        if (fact is null) return;
        rows.Add(new(Match, id, label, FactText.Of(fact.Value), fact.Sources, [(label.ToLowerInvariant(), fact)]));
    }

    private static IReadOnlyList<(string, IFusedFact)> Parts(params (string Name, IFusedFact? Fact)[] parts) =>
        parts.Where(p => p.Fact is not null).Select(p => (p.Name, p.Fact!)).ToArray();

    private static string MinuteLabel(FusedFact<NewsDigest.Extraction.Minute>? minute) => minute is null ? "?" : minute.Value.ToString();

    private static string TeamOf(FusedFact<string>? team) => team is null ? "" : $" ({team.Value})";

    private static string CardName(CardKind kind) => kind switch
    {
        CardKind.Yellow => "yellow card",
        CardKind.SecondYellow => "second yellow card",
        _ => "red card",
    };
}
