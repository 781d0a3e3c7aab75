using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Training;
using GoldGoal = NewsDigest.Evaluation.Extraction.GoldGoal;

namespace NewsDigest.Tests.Learning;

/// <summary>The goal-side reader: its features, its file, what it learns from a few written sentences, its policy, the shipped model in
/// extraction, and the evaluator's goal-team measure.</summary>
public sealed class GoalSideReaderTests
{
    [Fact]
    public void Features_carry_a_versioned_name_are_deterministic_and_tell_the_side_named_beside_the_scorer()
    {
        Assert.Equal("goal-side-features/1", GoalSideFeatures.Name);
        var forFirst = Example("Leeds beat Hull on Saturday. Callum Ward scored for Leeds in the 20th minute.", ("Callum Ward", true));
        var forSecond = Example("Leeds beat Hull on Saturday. Callum Ward scored for Hull in the 20th minute.", ("Callum Ward", false));
        var a = Slots(forFirst, 0);
        Assert.Equal(a, Slots(forFirst, 0));
        Assert.NotEqual(a.Order(), Slots(forSecond, 0).Order());
    }

    [Fact]
    public void A_reader_trained_on_a_few_written_sentences_reads_the_side_in_a_new_text_with_other_teams()
    {
        var reader = TrainSmall();
        var e = Example("Derby drew with Stoke on Tuesday. Leo Park scored for Stoke, and then Dan Lowe put Derby level.", ("Leo Park", false), ("Dan Lowe", true));
        Assert.StartsWith("Derby", e.Pair.First, StringComparison.Ordinal);
        var p = reader.Probabilities(e.Report, e.Goals);
        Assert.True(p[0] < 0.5, $"the Stoke goal scored {p[0]:0.000} for Derby");
        Assert.True(p[1] > 0.5, $"the Derby goal scored {p[1]:0.000} for Derby");
        var goals = e.Goals.ToList();
        Assert.Equal(2, ModelGoalSideReader.Apply(new GoalSidePolicy(0.5, null), e.Report, goals, p));
        Assert.Equal([e.Pair.Second, e.Pair.First], goals.Select(g => g.Team));
    }

    [Fact]
    public void The_trained_file_saves_and_loads_exactly_with_its_policy_and_training_again_gives_the_same_bytes()
    {
        var reader = TrainSmall().With(new GoalSidePolicy(0.8, 0.95));
        var stream = new MemoryStream();
        ModelFileFormat.Save(reader.ToFile(), stream);
        stream.Position = 0;
        var loaded = ModelGoalSideReader.Load(stream);
        Assert.True(loaded.IsSuccess, loaded.Error);
        Assert.Equal(new GoalSidePolicy(0.8, 0.95), loaded.Value.Policy);
        var e = Example("Derby drew with Stoke on Tuesday. Leo Park scored for Stoke, and then Dan Lowe put Derby level.", ("Leo Park", false), ("Dan Lowe", true));
        Assert.Equal(reader.Probabilities(e.Report, e.Goals), loaded.Value.Probabilities(e.Report, e.Goals));
        var again = new MemoryStream();
        ModelFileFormat.Save(loaded.Value.ToFile(), again);
        Assert.Equal(stream.ToArray(), again.ToArray());
        var retrained = new MemoryStream();
        ModelFileFormat.Save(TrainSmall().With(new GoalSidePolicy(0.8, 0.95)).ToFile(), retrained);
        Assert.Equal(stream.ToArray(), retrained.ToArray());
        // A policy outside [0.5, 1] is refused, not used.
        var bad = reader.ToFile() with { Settings = new Dictionary<string, double> { ["fill"] = 0.2 } };
        Assert.False(ModelGoalSideReader.FromFile(bad).IsSuccess);
    }

    [Fact]
    public void The_policy_fills_an_empty_side_when_confident_and_overrules_the_rules_only_above_its_own_threshold()
    {
        var policy = new GoalSidePolicy(Fill: 0.8, Overrule: 0.95);
        Assert.Equal(1, policy.Decide(0.85, 0));
        Assert.Equal(-1, policy.Decide(0.1, 0));
        Assert.Equal(0, policy.Decide(0.7, 0));
        Assert.Equal(0, policy.Decide(0.3, 0));
        // The rules said first: only a second-side probability of 0.95 moves it.
        Assert.Equal(0, policy.Decide(0.1, 1));
        Assert.Equal(-1, policy.Decide(0.04, 1));
        Assert.Equal(1, policy.Decide(0.96, -1));
        Assert.Equal(0, new GoalSidePolicy(0.8, null).Decide(0.0, 1));
        Assert.Equal(0, GoalSidePolicy.Off.Decide(1.0, 0));
    }

    [Fact]
    public void Apply_leaves_a_goal_credited_to_a_team_outside_the_pair()
    {
        var e = Example("Derby drew with Stoke on Tuesday. Leo Park scored for Stoke.", ("Leo Park", false));
        var goals = e.Goals.Select(g => g with { Team = "Hull City" }).ToList();
        Assert.Equal(0, ModelGoalSideReader.Apply(new GoalSidePolicy(0.5, 0.5), e.Report, goals, [0.0]));
        Assert.Equal("Hull City", goals[0].Team);
    }

    [Fact]
    public void The_shipped_model_fills_the_side_of_goals_the_rules_leave_without_one()
    {
        var report = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.NotNull(report.Models.GoalSides);
        const string Text = "Leeds United beat Hull City at Elland Road on Saturday.\n\n"
            + "Patrick Bamford opened the scoring in the 20th minute with a low shot.\n\n"
            + "Jack Harrison curled home a second in the 80th minute.";
        List<Goal> Read(ExtractionModels models)
        {
            var context = new ExtractionContext(new Article("t", Text));
            foreach (var extractor in DefaultPipeline.Extractors(models)) extractor.Extract(context);
            return context.Goals;
        }
        Assert.All(Read(report.Models with { GoalSides = null }), g => Assert.Null(g.Team));
        var goals = Read(report.Models);
        Assert.Equal(2, goals.Count);
        Assert.Equal("Leeds United", goals[0].Team);
        // Up to session 36 the rules also read a wrong 1-0 from "opened the scoring", and the model leant on it for the second goal;
        // with no score read the model leaves that side open, but it must never give the goal to the beaten side.
        Assert.All(goals, g => Assert.NotEqual("Hull City", g.Team));
    }

    [Fact]
    public void The_gold_label_is_the_side_every_gold_goal_of_the_scorer_names()
    {
        var gold = new GoldReport("t", "t", "Leeds United", "Hull City", 2, 1)
        {
            Goals = [new GoldGoal("Callum Ward", "Hull City", 10, null, false, false), new GoldGoal("Dan Lowe", "Leeds United", 20, null, false, false),
                     new GoldGoal("Sam Moss", "Leeds United", 30, null, false, false), new GoldGoal("Sam Moss", "Hull City", 40, null, false, true)],
        };
        Assert.False(GoalSideModelRecipe.Label(gold, "Leeds United", "Hull City", "Leeds United", "Callum Ward"));
        Assert.True(GoalSideModelRecipe.Label(gold, "Leeds United", "Hull City", "Leeds United", "Lowe"));
        Assert.False(GoalSideModelRecipe.Label(gold, "Leeds United", "Hull City", "Hull City", "Dan Lowe"));
        Assert.Null(GoalSideModelRecipe.Label(gold, "Leeds United", "Hull City", "Leeds United", "Sam Moss"));
        Assert.Null(GoalSideModelRecipe.Label(gold, "Leeds United", "Hull City", "Leeds United", "Ian Kerr"));
    }

    [Fact]
    public void The_evaluator_counts_matched_goals_with_the_gold_side_a_wrong_side_or_none()
    {
        var evidence = new Evidence("t", new NewsDigest.Text.TextSpan(0, 0), "");
        var scores = new ExtractionScores();
        ExtractionEvaluator.ScoreGoalSides(scores,
        [
            (new Goal("Dan Lowe", "Leeds United", null, evidence), new GoldGoal("Dan Lowe", "Leeds United", 20, null, false, false)),
            (new Goal("Callum Ward", "Leeds United", null, evidence), new GoldGoal("Callum Ward", "Hull City", 10, null, false, false)),
            (new Goal("Sam Moss", null, null, evidence), new GoldGoal("Sam Moss", "Hull City", 30, null, false, false)),
            (new Goal("Ian Kerr", null, null, evidence), new GoldGoal("Ian Kerr", null, 40, null, false, false)),
        ]);
        Assert.Equal(3, scores.GoalSideGold);
        Assert.Equal(1, scores.GoalSideRight);
        Assert.Equal(1, scores.GoalSideNone);
        var table = ExtractionReport.Table(new Dictionary<(string, DataSplit.Part), ExtractionScores> { [("news", DataSplit.Part.Dev)] = scores }, [DataSplit.Part.Dev]);
        Assert.Contains("goal-team accuracy     news dev: 0.333 of 3 matched goals credit the gold side; wrong side 0.333, no team 0.333", table);
    }

    /// <summary>Sentences written for this test: a side named beside the scorer in varied forms, for either side of the pair.</summary>
    private static ModelGoalSideReader TrainSmall()
    {
        var train = new List<GoalSideExample>
        {
            Example("Arsenal beat Chelsea on Saturday. Mark Doyle scored for Arsenal after ten minutes.", ("Mark Doyle", true)),
            Example("Arsenal beat Chelsea on Saturday. Mark Doyle scored for Chelsea after ten minutes.", ("Mark Doyle", false)),
            Example("Everton drew with Fulham. Sam Moss put Fulham ahead before Joe Bell scored for Everton.", ("Sam Moss", false), ("Joe Bell", true)),
            Example("Everton drew with Fulham. Sam Moss put Everton ahead before Joe Bell scored for Fulham.", ("Sam Moss", true), ("Joe Bell", false)),
            Example("Burnley beat Luton at home. Jack Byrne scored for Burnley and Owen Hart pulled one back for Luton.", ("Jack Byrne", true), ("Owen Hart", false)),
            Example("Burnley lost to Luton at home. Jack Byrne scored for Luton and Owen Hart pulled one back for Burnley.", ("Jack Byrne", false), ("Owen Hart", true)),
            Example("Wolves drew with Brentford. Dan Price put Wolves level after Leo Grant scored for Brentford.", ("Dan Price", true), ("Leo Grant", false)),
            Example("Wolves drew with Brentford. Dan Price put Brentford level after Leo Grant scored for Wolves.", ("Dan Price", false), ("Leo Grant", true)),
        };
        var fitted = new GoalSideTrainer().Fit(train, GoalSidePolicy.Off, "written test sentences");
        Assert.True(fitted.IsSuccess, fitted.Error);
        return fitted.Value;
    }

    /// <summary>A report with its teams read and one goal per named scorer, its evidence the scorer's sentence, without a team, labelled
    /// true for the pair's first side.</summary>
    private static GoalSideExample Example(string text, params (string Player, bool First)[] scorers)
    {
        var context = new ExtractionContext(new Article("t", text));
        new TeamExtractor().Extract(context);
        Assert.NotNull(context.Facts.Teams);
        var goals = scorers.Select(x =>
        {
            int at = text.IndexOf(x.Player, StringComparison.Ordinal);
            Assert.True(at >= 0, x.Player);
            return new Goal(x.Player, null, null, context.EvidenceAt(at));
        }).ToList();
        return new GoalSideExample("t", context, context.Facts.Teams!, goals, scorers.Select(x => (bool?)x.First).ToList());
    }

    private static int[] Slots(GoalSideExample e, int goal)
    {
        var buffer = new FeatureBuffer(16);
        GoalSideFeatures.Featurize(e.Report, e.Goals, goal, buffer);
        return buffer.ToArray();
    }
}
