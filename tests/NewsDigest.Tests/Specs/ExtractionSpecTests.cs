using NewsDigest.Extraction;
using NewsDigest.Extraction.People;
using NewsDigest.Ingest;

namespace NewsDigest.Tests.Specs;

/// <summary>Runs every spec in Specs/*.md through the extractors and checks the facts it lists.</summary>
public sealed class ExtractionSpecTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var spec in SpecFiles.Load()) data.Add(spec.ToString());
        return data;
    }

    [Fact]
    public void The_spec_files_hold_many_cases()
    {
        Assert.True(SpecFiles.Load().Count() >= 40, "the spec files should cover the forms listed in issues 2 and 4");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Spec(string name)
    {
        var spec = SpecFiles.Load().Single(s => s.ToString() == name);
        var facts = Extract(spec);
        foreach (var (key, expected) in spec.Facts.Where(f => f.Key != "goal" && f.Key != "quote" && f.Key != "missed" && f.Key != "red"))
            Assert.True(Actual(facts, key) == expected, $"{name}: {key} expected '{expected}' but was '{Actual(facts, key)}'");
        CheckList(name, "goal", spec, facts.Goals.Select(g => Describe(g.Player, g.Minute, (g.Penalty ? " pen" : "") + (g.OwnGoal ? " og" : "") + (g.Method == Extraction.Goals.GoalMethod.Header ? " header" : "") + (g.Assist is { } a ? " assist " + Surname(a) : "") + (g.Team is { } t ? " for " + t : ""))));
        CheckList(name, "missed", spec, facts.MissedPenalties.Select(p => Describe(p.Player, p.Minute, p.Saved ? " saved" : "")));
        CheckList(name, "red", spec, facts.Cards.Where(c => c.IsSendingOff).Select(c => Describe(c.Player, c.Minute, c.Kind == Extraction.Cards.CardKind.SecondYellow ? " second yellow" : "")));
        CheckList(name, "quote", spec, facts.Quotes.Select(q => $"{q.Speaker ?? "nobody"}{(q.SpeakerRole is { } r ? " (" + r + ")" : "")}: {string.Join(' ', q.Text.Split(' ').Take(3))}"));
    }

    /// <summary>The expected lines of a list key, when the spec lists any ("goals: none" expects an empty list), must match in order.
    /// Goal and card lines compare the surname, minute and flags written in the spec; extra words in the actual line are allowed only when the spec omits them.</summary>
    private static void CheckList(string name, string key, SpecCase spec, IEnumerable<string> actual)
    {
        var expected = spec.Facts.Where(f => f.Key == key).Select(f => f.Value).ToList();
        bool none = spec.Facts.Any(f => f.Key == key + "s" && f.Value == "none");
        if (expected.Count == 0 && !none) return;
        var got = actual.ToList();
        Assert.True(expected.Count == got.Count, $"{name}: expected {key} [{string.Join("; ", expected)}] but got [{string.Join("; ", got)}]");
        for (int i = 0; i < expected.Count; i++)
            Assert.True(got[i] == expected[i] || got[i].StartsWith(expected[i] + " for ", StringComparison.Ordinal),
                $"{name}: {key} {i + 1} expected '{expected[i]}' but got '{got[i]}' (all: {string.Join("; ", got)})");
    }

    private static string Describe(string player, Minute? minute, string flags) => $"{Surname(player)} {minute?.ToString() ?? "?"}{flags}";

    private static string Surname(string player) => player.Split(' ')[^1];

    private static MatchFacts Extract(SpecCase spec)
    {
        var context = new ExtractionContext(new Article(spec.File, spec.Report) { Published = spec.Published, Title = spec.Title, Url = spec.Url });
        foreach (var extractor in DefaultPipeline.Extractors(ExtractionModels.None)) extractor.Extract(context);
        return context.Complete();
    }

    private static string? Actual(MatchFacts facts, string key) => key switch
    {
        "teams" => facts.Teams is { } t ? $"{t.First}, {t.Second}" : "none",
        "score" => facts.Result is { } r ? r.Score.ToString() : "none",
        "score from" => facts.Result is { } counted ? (counted.Provenance == Extraction.Score.ScoreProvenance.CountedFromGoals ? "goals" : "stated") : "none",
        "shootout" => facts.Result?.Shootout is { } s ? s.ToString() : "none",
        "extra time" => facts.Result is { } r2 ? (r2.AfterExtraTime ? "yes" : "no") : "none",
        "venue" => facts.Venue?.Value ?? "none",
        "competition" => facts.Competition?.Value ?? "none",
        "stage" => facts.Stage?.Value ?? "none",
        "date" => facts.Date?.Value.ToString("yyyy-MM-dd") ?? "none",
        "potm" => facts.PlayerOfTheMatch?.Value ?? "none",
        "next" => facts.NextFixture is { } n ? $"{n.Team} v {n.Opponent}{(n.Stage is { } st ? ", " + st : "")}{(n.Weekday is { } d ? ", " + d : "")}{(n.Date is { } nd ? ", " + nd.ToString("yyyy-MM-dd") : "")}" : "none",
        "ratings" => string.Join(", ", facts.Ratings.Select(r => $"{r.Player} {(r.Rating is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n/a")}")),
        "goals" => facts.Goals.Count == 0 ? "none" : facts.Goals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "missed" + "s" => facts.MissedPenalties.Count == 0 ? "none" : facts.MissedPenalties.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "reds" => facts.Cards.Count(c => c.IsSendingOff) == 0 ? "none" : "some",
        "quotes" => facts.Quotes.Count == 0 ? "none" : facts.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"unknown spec key '{key}'"),
    };

    [Fact]
    public void A_faroese_particle_stays_inside_the_scorers_name()
    {
        const string report = "Harbour Town 1-0 Riverside.\nHarbour Town beat Riverside at the Dell on Saturday in front of a big crowd.\n"
            + "Riverside defender Símun við Gørðum tried to clear in the 85th minute but put the ball into his own net.\n";
        var context = new ExtractionContext(new Article("faroese.md", report));
        foreach (var extractor in DefaultPipeline.Extractors(ExtractionModels.None)) extractor.Extract(context);
        Assert.Equal("Símun við Gørðum", Assert.Single(context.Complete().Goals).Player);
    }

    [Fact]
    public void Surname_keys_fold_accents_and_keep_the_last_word()
    {
        Assert.Equal("tchouameni", PersonIndex.SurnameKey("Aurélien Tchouaméni"));
        Assert.Equal("persie", PersonIndex.SurnameKey("Robin van Persie"));
    }
}
