using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Extraction.Venue;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>The score ranker: its candidates, its features, its file, what it learns from a few written reports, and the shipped model in extraction.</summary>
public sealed class ScoreRankerTests
{
    private static List<ScoreCandidate> Candidates(string text, string? title = null) =>
        ScoreCandidates.Find(new ExtractionContext(new Article("t", text) { Title = title }));

    private static string Written(string text, ScoreCandidate c, string? title = null) => c.Span.Substring(c.InTitle ? title! : text);

    [Fact]
    public void Candidates_are_every_scoreline_written_in_figures()
    {
        const string text = "Arsenal beat Chelsea 2–1 on Saturday. Chelsea had led 1 - 0 at the break. The sides drew (0-0) in the reverse fixture.";
        var found = Candidates(text);
        Assert.Equal(["2–1", "1 - 0", "0-0"], found.Select(c => Written(text, c)));
        Assert.Equal([0, 1, 2], found.Select(c => c.Sentence));
        Assert.Equal(new Scoreline(2, 1), found[0].Written);
    }

    [Fact]
    public void A_record_gives_its_first_pair_only_and_a_shootout_is_a_candidate_like_any_other()
    {
        const string text = "Westbrook (19-2-1) beat Ridgeview 4-3 on penalties after the teams tied 1-1 through regulation.";
        var found = Candidates(text);
        Assert.Equal(["19-2", "4-3", "1-1"], found.Select(c => Written(text, c)));
    }

    [Fact]
    public void Times_seasons_and_distances_are_not_scorelines_but_a_colon_score_is()
    {
        const string text = "Kick-off was at 7:45pm in the 2023-24 season. He shot from 25-30 yards. It ended 2:1 to the hosts.";
        var found = Candidates(text);
        Assert.Equal(["2:1"], found.Select(c => Written(text, c)));
    }

    [Fact]
    public void A_headline_scoreline_is_a_candidate_of_the_title()
    {
        const string title = "Leeds 3-1 Hull: hosts cruise";
        var found = Candidates("Leeds won comfortably.", title);
        var c = Assert.Single(found);
        Assert.True(c.InTitle);
        Assert.Equal("3-1", Written("", c, title));
    }

    [Fact]
    public void Features_carry_a_versioned_name_and_are_deterministic()
    {
        Assert.Equal("score-features/1", ScoreFeatures.Name);
        var e = Example("Everton outshot Fulham 9-3 before the break, but Fulham won 2-1 at Goodison Park.", new Scoreline(1, 2));
        var a = Slots(e, 0);
        Assert.Equal(a, Slots(e, 0));
        Assert.NotEqual(a.Order(), Slots(e, 1).Order());
    }

    [Fact]
    public void A_ranker_trained_on_a_few_written_reports_prefers_the_result_to_a_shot_count()
    {
        var ranker = TrainSmall();
        var e = Example("Everton outshot Fulham 9-3 before the break, but Fulham won 2-1 at Goodison Park on Sunday.", new Scoreline(1, 2));
        var p = ranker.Score(e.Context, e.Pair, e.Candidates, null);
        Assert.Equal(2, p.Length);
        Assert.True(p[1] > p[0], $"won 2-1 scored {p[1]:0.000}, outshot 9-3 scored {p[0]:0.000}");
    }

    [Fact]
    public void The_trained_file_saves_and_loads_exactly()
    {
        var ranker = TrainSmall();
        var stream = new MemoryStream();
        ModelFileFormat.Save(ranker.ToFile(), stream);
        stream.Position = 0;
        var loaded = ModelScoreRanker.Load(stream);
        Assert.True(loaded.IsSuccess, loaded.Error);
        var e = Example("Everton outshot Fulham 9-3 before the break, but Fulham won 2-1 at Goodison Park on Sunday.", new Scoreline(1, 2));
        Assert.Equal(ranker.Score(e.Context, e.Pair, e.Candidates, null), loaded.Value.Score(e.Context, e.Pair, e.Candidates, null));
        var again = new MemoryStream();
        ModelFileFormat.Save(loaded.Value.ToFile(), again);
        Assert.Equal(stream.ToArray(), again.ToArray());
    }

    [Fact]
    public void The_policy_overrules_only_a_weak_rules_choice_it_can_see_and_never_supplies_when_told_not_to()
    {
        var candidates = new List<ScoreCandidate> { new(new Scoreline(9, 3), default, 0), new(new Scoreline(2, 1), default, 1) };
        var policy = new ScoreRankerPolicy(Supply: null, Overrule: 0.5, Weak: 0.2);
        Assert.Equal(1, policy.Choose(candidates, [0.1, 0.6], new Scoreline(9, 3)));
        Assert.Equal(-1, policy.Choose(candidates, [0.3, 0.6], new Scoreline(9, 3)));
        Assert.Equal(-1, policy.Choose(candidates, [0.1, 0.4], new Scoreline(3, 9)));
        // The rules read 0-0 from words: no written candidate carries it, so the ranker cannot judge it.
        Assert.Equal(-1, policy.Choose(candidates, [0.1, 0.9], new Scoreline(0, 0)));
        Assert.Equal(-1, policy.Choose(candidates, [0.1, 0.9], null));
        Assert.Equal(1, (policy with { Supply = 0.5 }).Choose(candidates, [0.1, 0.9], null));
    }

    [Fact]
    public void The_shipped_model_loads_and_extraction_with_it_reads_the_score()
    {
        var report = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.NotNull(report.Models.Scores);
        var article = new Article("t",
            "Chelsea beat Arsenal 3-1 at Stamford Bridge on Saturday to climb to second in the table.\n\n"
            + "Arsenal had more of the ball early on, but Chelsea led 2-0 at the break through two headers.\n\n"
            + "The sides drew 1-1 in the reverse fixture last season.");
        var context = new ExtractionContext(article);
        new TeamExtractor().Extract(context);
        new VenueExtractor().Extract(context);
        new ScoreExtractor(report.Models.Scores).Extract(context);
        var pair = Assert.IsType<TeamPair>(context.Facts.Teams);
        var result = Assert.IsType<MatchResult>(context.Facts.Result);
        Assert.Equal(pair.First == "Chelsea" ? new Scoreline(3, 1) : new Scoreline(1, 3), result.Score);
    }

    [SharedDataFact]
    public void Retraining_with_the_same_seed_gives_the_same_bytes()
    {
        var inputs = new TrainingInputs(new SharedCorpora(SharedData.Root!), SharedData.RepositoryRoot);
        var first = new ScoreModelRecipe().Train(inputs, TextWriter.Null);
        var second = new ScoreModelRecipe().Train(inputs, TextWriter.Null);
        Assert.True(first.IsSuccess, first.Error);
        Assert.True(second.IsSuccess, second.Error);
        Assert.Equal(Bytes(first.Value.File), Bytes(second.Value.File));
    }

    private static byte[] Bytes(ModelFile file)
    {
        var stream = new MemoryStream();
        ModelFileFormat.Save(file, stream);
        return stream.ToArray();
    }

    /// <summary>Reports written for this test: a statistic, a lead or an earlier meeting beside the result, in varied order.</summary>
    private static ModelScoreRanker TrainSmall()
    {
        var train = new List<ScoreExample>
        {
            Example("Arsenal outshot Chelsea 14-4 in the first half, yet Chelsea won 1-0 thanks to a late header.", new Scoreline(0, 1)),
            Example("Liverpool won 3-1 against Everton on Saturday. Liverpool had outshot Everton 17-6 over the ninety minutes.", new Scoreline(3, 1)),
            Example("Leeds had 11-2 shots in their favour at the break, but Burnley won 2-0 in the end.", new Scoreline(0, 2)),
            Example("Brighton beat Fulham 4-2 at the Amex. Fulham led 2-1 at half-time before Brighton turned it round.", new Scoreline(4, 2)),
            Example("Tottenham drew 2-2 with Newcastle. The sides drew 0-0 in the reverse fixture last season.", new Scoreline(2, 2)),
            Example("Wolves outshot Brentford 10-3 and still lost 1-2 at Molineux.", new Scoreline(1, 2)),
            Example("Aston Villa won 2-0 at Southampton, where Villa had also outshot their hosts 15-5.", new Scoreline(0, 2)),
            Example("Crystal Palace beat West Ham 3-0 on Monday, having lost 2-1 to them in the reverse fixture.", new Scoreline(3, 0)),
        };
        var fitted = new ScoreRankerTrainer().Fit(train, "written test reports");
        Assert.True(fitted.IsSuccess, fitted.Error);
        return fitted.Value;
    }

    private static ScoreExample Example(string text, Scoreline gold)
    {
        var context = new ExtractionContext(new Article("t", text));
        new TeamExtractor().Extract(context);
        var pair = Assert.IsType<TeamPair>(context.Facts.Teams);
        return new ScoreExample("t", context, pair, ScoreCandidates.Find(context), null, gold);
    }

    private static int[] Slots(ScoreExample e, int candidate)
    {
        var buffer = new FeatureBuffer(16);
        ScoreFeatures.Featurize(e.Context, e.Pair, e.Candidates, candidate, e.Rules, buffer);
        return buffer.ToArray();
    }
}
