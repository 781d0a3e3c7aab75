using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Tests.Learning;

/// <summary>The goal-candidate check: its features, its file, what it learns from a few written sentences, its policy, and the shipped model in extraction.</summary>
public sealed class GoalCandidateCheckTests
{
    [Fact]
    public void Features_carry_a_versioned_name_and_are_deterministic()
    {
        Assert.Equal("goal-candidate-features/1", GoalCandidateFeatures.Name);
        var e = Example("Arsenal beat Chelsea 1-0. Mark Doyle fired past Ian Kerr in the 23rd minute.", ("Mark Doyle", true), ("Ian Kerr", false));
        var a = Slots(e, 0);
        Assert.Equal(a, Slots(e, 0));
        Assert.NotEqual(a.Order(), Slots(e, 1).Order());
    }

    [Fact]
    public void A_check_trained_on_a_few_written_sentences_doubts_the_beaten_keeper_in_a_new_text()
    {
        var check = TrainSmall();
        var e = Example("Leeds beat Hull 2-0 on Saturday. Callum Ward drove low past Peter Simms to give Leeds the lead.", ("Callum Ward", true), ("Peter Simms", false));
        var p = check.Score(e.Context, e.Candidates);
        Assert.True(p[0] > p[1], $"the scorer scored {p[0]:0.000}, the keeper {p[1]:0.000}");
        Assert.True(p[1] < 0.5, $"the keeper scored {p[1]:0.000}");
        var kept = e.Candidates.ToList();
        ModelGoalCandidateCheck.Apply(new GoalCandidatePolicy(0.5, ByPlayer: false), kept, p);
        Assert.Equal(["Callum Ward"], kept.Select(c => c.Player));
    }

    [Fact]
    public void The_trained_file_saves_and_loads_exactly_and_training_again_gives_the_same_bytes()
    {
        var check = TrainSmall();
        var stream = new MemoryStream();
        ModelFileFormat.Save(check.ToFile(), stream);
        stream.Position = 0;
        var loaded = ModelGoalCandidateCheck.Load(stream);
        Assert.True(loaded.IsSuccess, loaded.Error);
        var e = Example("Leeds beat Hull 2-0 on Saturday. Callum Ward drove low past Peter Simms to give Leeds the lead.", ("Callum Ward", true), ("Peter Simms", false));
        Assert.Equal(check.Score(e.Context, e.Candidates), loaded.Value.Score(e.Context, e.Candidates));
        var again = new MemoryStream();
        ModelFileFormat.Save(loaded.Value.ToFile(), again);
        Assert.Equal(stream.ToArray(), again.ToArray());
        var retrained = new MemoryStream();
        ModelFileFormat.Save(TrainSmall().ToFile(), retrained);
        Assert.Equal(stream.ToArray(), retrained.ToArray());
    }

    [Fact]
    public void The_policy_drops_below_its_threshold_per_candidate_or_per_player_and_off_drops_nothing()
    {
        double[] p = [0.9, 0.1, 0.2, 0.6];
        string[] players = ["doyle", "kerr", "doyle", "moss"];
        Assert.Equal([true, true, true, true], GoalCandidatePolicy.Off.Keep(p, players));
        Assert.Equal([true, false, false, true], new GoalCandidatePolicy(0.3, ByPlayer: false).Keep(p, players));
        // One credible mention keeps the player's other mentions.
        Assert.Equal([true, false, true, true], new GoalCandidatePolicy(0.3, ByPlayer: true).Keep(p, players));
        Assert.Equal([false, false, false, false], new GoalCandidatePolicy(0.95, ByPlayer: true).Keep(p, players));
    }

    [Fact]
    public void The_shipped_model_loads_and_extraction_with_it_still_reads_the_goals()
    {
        var report = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.NotNull(report.Models.Goals);
        var article = new Article("t",
            "Chelsea beat Arsenal 2-1 at Stamford Bridge on Saturday.\n\n"
            + "Cole Palmer opened the scoring in the 12th minute, curling a shot past David Raya from the edge of the box.\n\n"
            + "Bukayo Saka equalised in the 40th minute, but Nicolas Jackson headed the winner in the 77th minute from a Reece James cross.");
        var context = new ExtractionContext(article);
        foreach (var extractor in DefaultPipeline.Extractors(report.Models)) extractor.Extract(context);
        var scorers = context.Goals.Select(g => g.Player).ToList();
        Assert.Contains(scorers, s => s.EndsWith("Palmer", StringComparison.Ordinal));
        Assert.Contains(scorers, s => s.EndsWith("Saka", StringComparison.Ordinal));
        Assert.Contains(scorers, s => s.EndsWith("Jackson", StringComparison.Ordinal));
        Assert.DoesNotContain(scorers, s => s.EndsWith("Raya", StringComparison.Ordinal) || s.EndsWith("James", StringComparison.Ordinal));
    }

    /// <summary>Sentences written for this test: a scorer and the keeper beaten, or the provider of the cross, in varied forms.</summary>
    private static ModelGoalCandidateCheck TrainSmall()
    {
        var train = new List<GoalCandidateExample>
        {
            Example("Arsenal beat Chelsea 1-0. Mark Doyle fired past Ian Kerr in the 23rd minute.", ("Mark Doyle", true), ("Ian Kerr", false)),
            Example("Everton drew 1-1 with Fulham. Sam Moss slotted the ball past goalkeeper Tony Vale after the break.", ("Sam Moss", true), ("Tony Vale", false)),
            Example("Burnley won 2-0 at Luton. Jack Byrne beat Owen Hart at his near post to open the scoring.", ("Jack Byrne", true), ("Owen Hart", false)),
            Example("Wolves lost 2-1 to Brentford. Dan Price headed home a cross from Leo Grant in the 60th minute.", ("Dan Price", true), ("Leo Grant", false)),
            Example("Brighton beat Fulham 3-1. Luke Shaw rifled a low drive past keeper Carl Reid to seal it.", ("Luke Shaw", true), ("Carl Reid", false)),
            Example("Newcastle won 1-0 at Spurs. Tom Lane scored from close range after Ben Ford's cross.", ("Tom Lane", true), ("Ben Ford", false)),
            Example("Villa beat Leeds 2-1. Ryan Cole curled a free-kick past the despairing Adam Nash.", ("Ryan Cole", true), ("Adam Nash", false)),
            Example("Palace drew 2-2 with West Ham. Joe Bell volleyed in beyond Sean Duff at the far post.", ("Joe Bell", true), ("Sean Duff", false)),
        };
        var fitted = new GoalCandidateTrainer().Fit(train, "written test sentences");
        Assert.True(fitted.IsSuccess, fitted.Error);
        return fitted.Value;
    }

    /// <summary>A report with its teams read and one candidate per named person, at the person's name in the text, labelled as given.</summary>
    private static GoalCandidateExample Example(string text, params (string Player, bool Scorer)[] people)
    {
        var context = new ExtractionContext(new Article("t", text));
        new TeamExtractor().Extract(context);
        var candidates = people.Select(x =>
        {
            int at = text.IndexOf(x.Player, StringComparison.Ordinal);
            Assert.True(at >= 0, x.Player);
            return new GoalCandidate(x.Player, null, null, at, context.EvidenceAt(at));
        }).ToList();
        return new GoalCandidateExample("t", context, people.Select(x => x.Scorer).ToList()) { Candidates = candidates };
    }

    private static int[] Slots(GoalCandidateExample e, int candidate)
    {
        var buffer = new FeatureBuffer(16);
        GoalCandidateFeatures.Featurize(e.Context, e.Candidates, candidate, buffer);
        return buffer.ToArray();
    }
}
