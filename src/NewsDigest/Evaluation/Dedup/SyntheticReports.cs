using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Reports;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;

namespace NewsDigest.Evaluation.Dedup;

/// <summary>A synthetic report and the match it is truly about.</summary>
public sealed record SyntheticReport(ArticleReport Report, string MatchId);

/// <summary>A planted disagreement: which fact it touches and which sources carry the wrong value.</summary>
public sealed record PlantedConflict(string Kind, int GoalIndex, IReadOnlyList<string> Sources);

/// <summary>A group of synthetic reports of one match with planted conflicts, and the truth to check the fusion against.</summary>
public sealed record FusionCase(HistoricMatch Match, IReadOnlyList<ArticleReport> Reports, IReadOnlyList<PlantedConflict> Planted);

/// <summary>Writes synthetic match reports (as extraction would hand them over) from historic results, the way outlets differ: team names, team order, dates, slips.</summary>
/// <remarks>The team-name forms below are the ones outlets use, listed here independently of the merger's own alias table, so forms it does not know count against it.</remarks>
public static class SyntheticReports
{
    private static readonly Dictionary<string, string[]> Forms = new(StringComparer.Ordinal)
    {
        ["Manchester United"] = ["Manchester United", "Man Utd", "Man United", "Manchester United FC"],
        ["Manchester City"] = ["Manchester City", "Man City"],
        ["Tottenham Hotspur"] = ["Tottenham Hotspur", "Tottenham", "Spurs"],
        ["Wolverhampton"] = ["Wolverhampton Wanderers", "Wolves"],
        ["West Bromwich Albion"] = ["West Brom", "West Bromwich Albion"],
        ["Middlesboro"] = ["Middlesbrough", "Boro"],
        ["Newcastle United"] = ["Newcastle", "Newcastle United", "the Magpies"],
        ["West Ham United"] = ["West Ham", "West Ham United", "the Hammers"],
        ["Blackburn Rovers"] = ["Blackburn", "Blackburn Rovers"],
        ["Bolton Wanderers"] = ["Bolton", "Bolton Wanderers"],
        ["Wigan Athletic"] = ["Wigan", "Wigan Athletic"],
        ["Birmingham"] = ["Birmingham City", "Birmingham"],
        ["Charlton Athletic"] = ["Charlton", "Charlton Athletic"],
        ["Queens Park Rangers"] = ["QPR", "Queens Park Rangers"],
        ["Stoke City"] = ["Stoke", "Stoke City"],
        ["Norwich City"] = ["Norwich", "Norwich City"],
        ["Swansea City"] = ["Swansea", "Swansea City"],
        ["Hull City"] = ["Hull", "Hull City"],
        ["Leicester City"] = ["Leicester", "Leicester City"],
        ["Cardiff City"] = ["Cardiff", "Cardiff City"],
        ["Derby County"] = ["Derby", "Derby County"],
        ["Ipswich Town"] = ["Ipswich", "Ipswich Town"],
        ["Sheffield United"] = ["Sheffield United", "Sheff Utd"],
        ["Leeds United"] = ["Leeds", "Leeds United"],
        ["Aston Villa"] = ["Aston Villa", "Villa"],
        ["Arsenal"] = ["Arsenal", "Arsenal FC", "the Gunners"],
        ["Chelsea"] = ["Chelsea", "Chelsea FC"],
        ["Everton"] = ["Everton", "the Toffees"],
        ["Liverpool"] = ["Liverpool", "Liverpool FC"],
        ["Crystal Palace"] = ["Crystal Palace", "Palace"],
        ["Sunderland"] = ["Sunderland", "the Black Cats"],
        ["Portsmouth"] = ["Portsmouth", "Pompey"],
    };

    private static readonly string[] Filler =
    [
        "the", "home", "side", "pressed", "early", "but", "visitors", "held", "firm", "until", "break", "when", "crowd", "grew", "restless",
        "manager", "changed", "shape", "wide", "players", "pushed", "forward", "chances", "came", "went", "keeper", "saved", "well", "from",
        "close", "range", "corner", "cleared", "line", "second", "half", "started", "brightly", "tempo", "dropped", "late", "substitute",
        "fresh", "legs", "made", "difference", "fans", "stayed", "behind", "team", "midfield", "battle", "won", "lost", "possession", "counter",
        "attack", "through", "ball", "offside", "flag", "referee", "whistle", "booked", "challenge", "table", "points", "season", "form", "run",
    ];

    public static string TeamForm(string team, Random random) =>
        Forms.TryGetValue(team, out var forms) ? forms[random.Next(forms.Length)] : team;

    /// <summary>Two to four reports per match, as different outlets would file them; the reverse fixture of a pair may be among the matches.</summary>
    public static IReadOnlyList<SyntheticReport> ForGrouping(IEnumerable<HistoricMatch> matches, int seed)
    {
        var random = new Random(seed);
        var reports = new List<SyntheticReport>();
        foreach (var match in matches)
        {
            int count = 2 + random.Next(3);
            for (int i = 0; i < count; i++)
            {
                string source = $"{match.Id}#{i}";
                bool swap = random.NextDouble() < 0.3;
                string home = TeamForm(match.Home, random), away = TeamForm(match.Away, random);
                var score = new Scoreline(match.HomeGoals, match.AwayGoals);
                if (random.NextDouble() < 0.1) score = random.Next(2) == 0 ? score with { First = score.First + 1 } : score with { Second = score.Second + 1 };
                var evidence = new Evidence(source, new Text.TextSpan(0, 0), "");
                var facts = new MatchFacts
                {
                    Teams = swap ? new TeamPair(away, home, evidence) : new TeamPair(home, away, evidence),
                    Result = random.NextDouble() < 0.85 ? new MatchResult(swap ? score.Swapped() : score, null, false, evidence) : null,
                    Date = random.NextDouble() < 0.6 ? new Sourced<DateOnly>(match.Date, evidence) : null,
                };
                DateTimeOffset? published = random.NextDouble() < 0.8 ? new DateTimeOffset(match.Date.AddDays(random.Next(3)).ToDateTime(new TimeOnly(20, 0)), TimeSpan.Zero) : null;
                var article = new Article(source, Words(random, 60)) { Published = published };
                reports.Add(new SyntheticReport(new ArticleReport(article, ReportKind.SingleMatchReport, 1, facts), match.Id));
            }
        }
        return reports;
    }

    /// <summary>Four reports of one match: two near-copies of one wire story and two independent ones, with conflicts planted in a minority of stories.</summary>
    /// <remarks>
    /// The wire copies share one wrong minute (two articles, one story: the two independent stories must outvote it); one independent
    /// report reverses the score and misspells a scorer; the other leaves a minute out.
    /// </remarks>
    public static FusionCase ForFusion(HistoricMatch match, int seed)
    {
        var random = new Random(seed);
        var goals = match.HomeScorers.Select(g => (Goal: g, Team: match.Home)).Concat(match.AwayScorers.Select(g => (Goal: g, Team: match.Away))).ToArray();
        string wire = Words(random, 220);
        var texts = new[] { wire, WireCopyMaker.Copy(wire, seed), Words(random, 200), Words(random, 180) };
        var ids = new[] { $"{match.Id}#wire-1", $"{match.Id}#wire-2", $"{match.Id}#own-1", $"{match.Id}#own-2" };
        int wrongMinute = goals.Length > 0 ? random.Next(goals.Length) : -1;
        int misspelt = goals.Length > 1 ? (wrongMinute + 1) % goals.Length : -1;
        int missingMinute = goals.Length > 2 ? (wrongMinute + 2) % goals.Length : -1;
        bool reverseScore = match.HomeGoals != match.AwayGoals;

        var reports = new List<ArticleReport>();
        for (int s = 0; s < 4; s++)
        {
            var evidence = new Evidence(ids[s], new Text.TextSpan(0, 0), "");
            var score = new Scoreline(match.HomeGoals, match.AwayGoals);
            if (s == 2 && reverseScore) score = score.Swapped();
            var facts = new MatchFacts
            {
                Teams = new TeamPair(match.Home, match.Away, evidence),
                Result = new MatchResult(score, null, false, evidence),
                Date = new Sourced<DateOnly>(match.Date, evidence),
                Venue = new Sourced<string>(match.Venue, evidence),
                Goals = goals.Select((g, i) =>
                {
                    int? minute = g.Goal.Minute;
                    if (s < 2 && i == wrongMinute) minute += 1;
                    if (s == 3 && i == missingMinute) minute = null;
                    var scorer = s == 2 && i == misspelt ? Misspell(g.Goal.Scorer) : g.Goal.Scorer;
                    return new Goal(scorer, g.Team, minute is { } m ? new Minute(m) : null, evidence) { Penalty = g.Goal.Penalty, OwnGoal = g.Goal.OwnGoal };
                }).ToArray(),
            };
            reports.Add(new ArticleReport(new Article(ids[s], texts[s]), ReportKind.SingleMatchReport, 1, facts));
        }
        var planted = new List<PlantedConflict>();
        if (wrongMinute >= 0) planted.Add(new PlantedConflict("minute", wrongMinute, [ids[0], ids[1]]));
        if (misspelt >= 0 && Misspell(goals[misspelt].Goal.Scorer) != goals[misspelt].Goal.Scorer) planted.Add(new PlantedConflict("scorer", misspelt, [ids[2]]));
        if (missingMinute >= 0) planted.Add(new PlantedConflict("missing minute", missingMinute, [ids[3]]));
        if (reverseScore) planted.Add(new PlantedConflict("score", -1, [ids[2]]));
        return new FusionCase(match, reports, planted);
    }

    /// <summary>Swaps two neighbouring letters inside the surname, the commonest slip in copy ("Antonie" for "Antoine").</summary>
    public static string Misspell(string name)
    {
        int start = name.LastIndexOf(' ') + 1;
        for (int i = start + 1; i + 2 < name.Length; i++)
            if (char.IsLetter(name[i]) && char.IsLetter(name[i + 1]) && name[i] != name[i + 1])
                return string.Concat(name.AsSpan(0, i), name[i + 1].ToString(), name[i].ToString(), name.AsSpan(i + 2));
        return name;
    }

    private static string Words(Random random, int count)
    {
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(Filler[random.Next(Filler.Length)]);
            builder.Append(i % 40 == 39 ? "\n" : i % 12 == 11 ? ". " : " ");
        }
        return builder.ToString();
    }
}
