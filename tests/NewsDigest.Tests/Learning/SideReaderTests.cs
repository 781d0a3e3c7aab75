using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>The learned side reader: its candidates and features, its file, what it learns from a few written reports, its policy's gates,
/// and the shipped model filling the pair of a report whose sides no gazetteer knows. Every report here is written for the test.</summary>
public sealed class SideReaderTests
{
    private const string Unknown =
        "Harwick Dale Rovers beat Ostley Bridge Athletic 2-1 on Saturday afternoon at Mill Field.\n\n"
        + "Tom Barley gave Harwick Dale the lead after ten minutes, and although Ostley Bridge levelled through Sam Crane, "
        + "Harwick Dale Rovers won it late when Joe Finch headed in.\n\n"
        + "Ostley Bridge Athletic manager Paul Venn said his side deserved a point.";

    [Fact]
    public void Candidates_fold_short_and_long_forms_and_mark_people()
    {
        var context = new ExtractionContext(new Article("t", Unknown));
        var candidates = SideCandidates.Find(context);
        var names = candidates.Select(c => c.Name).ToList();
        Assert.Contains("Harwick Dale Rovers", names);
        Assert.Contains("Ostley Bridge Athletic", names);
        // "Harwick Dale" and "Ostley Bridge" are the same clubs written short: one candidate each.
        Assert.DoesNotContain("Harwick Dale", names);
        Assert.DoesNotContain("Ostley Bridge", names);
        Assert.True(candidates.Single(c => c.Name == "Harwick Dale Rovers").Mentions.Count >= 3);
        // People named where sides are named stay candidates, marked as read by the person index, for the scorer to weigh.
        Assert.All(candidates.Where(c => c.Name.Contains("Barley") || c.Name.Contains("Finch") || c.Name.Contains("Crane")), c => Assert.True(c.PersonRuns > 0, c.Name));
    }

    [Fact]
    public void A_run_joined_by_and_is_two_candidates()
    {
        var context = new ExtractionContext(new Article("t", "The final between the Red Hart and Lowfield Rovers ended 1-0 on Sunday. Red Hart held on."));
        var names = SideCandidates.Find(context).Select(c => c.Name).ToList();
        Assert.Contains("Red Hart", names);
        Assert.Contains("Lowfield Rovers", names);
        Assert.DoesNotContain(names, n => n.Contains(" and "));
    }

    [Fact]
    public void A_credit_line_under_the_byline_is_no_candidate()
    {
        var context = new ExtractionContext(new Article("t", "By ANNA WREN\nKessler Sports Info\nThe Kessler Community College women's soccer team "
            + "prevailed 3-1 in Oakfield over Oakfield Community College at the Pine Sports Complex.\nMia Lorne scored twice."));
        var names = SideCandidates.Find(context).Select(c => c.Name).ToList();
        Assert.DoesNotContain("Kessler Sports Info", names);
        Assert.Contains("Kessler Community College", names);
    }

    [Fact]
    public void Features_carry_a_versioned_name_and_are_deterministic()
    {
        Assert.Equal("side-candidate-features/1", SideFeatures.Name);
        var context = new ExtractionContext(new Article("t", Unknown));
        var candidates = SideCandidates.Find(context);
        var a = Slots(context, candidates, 0);
        Assert.Equal(a, Slots(context, candidates, 0));
        Assert.NotEqual(a.Order(), Slots(context, candidates, candidates.Count - 1).Order());
    }

    [Fact]
    public void A_reader_trained_on_a_few_written_reports_scores_the_sides_of_a_new_one_above_the_rest()
    {
        var reader = TrainSmall();
        var context = new ExtractionContext(new Article("t", Unknown));
        var candidates = SideCandidates.Find(context);
        var p = reader.Score(context, candidates);
        double Of(string name) => p[candidates.FindIndex(c => c.Name == name)];
        double others = candidates.Select((c, i) => (c, i)).Where(x => x.c.Name is not ("Harwick Dale Rovers" or "Ostley Bridge Athletic")).Select(x => p[x.i]).DefaultIfEmpty(0).Max();
        Assert.True(Of("Harwick Dale Rovers") > others, $"{Of("Harwick Dale Rovers"):0.000} against {others:0.000}");
        Assert.True(Of("Ostley Bridge Athletic") > others, $"{Of("Ostley Bridge Athletic"):0.000} against {others:0.000}");
    }

    [Fact]
    public void The_trained_file_saves_and_loads_exactly_and_training_again_gives_the_same_bytes()
    {
        var reader = TrainSmall();
        var stream = new MemoryStream();
        ModelFileFormat.Save(reader.ToFile(), stream);
        stream.Position = 0;
        var loaded = ModelSideReader.Load(stream);
        Assert.True(loaded.IsSuccess, loaded.Error);
        var context = new ExtractionContext(new Article("t", Unknown));
        var candidates = SideCandidates.Find(context);
        Assert.Equal(reader.Score(context, candidates), loaded.Value.Score(context, candidates));
        var again = new MemoryStream();
        ModelFileFormat.Save(loaded.Value.ToFile(), again);
        Assert.Equal(stream.ToArray(), again.ToArray());
        var retrained = new MemoryStream();
        ModelFileFormat.Save(TrainSmall().ToFile(), retrained);
        Assert.Equal(stream.ToArray(), retrained.ToArray());
    }

    [Fact]
    public void The_policy_fills_a_missing_pair_only_over_its_threshold_and_keeps_a_confident_pair()
    {
        var context = new ExtractionContext(new Article("t", Unknown));
        var candidates = SideCandidates.Find(context);
        int home = candidates.FindIndex(c => c.Name == "Harwick Dale Rovers"), away = candidates.FindIndex(c => c.Name == "Ostley Bridge Athletic");
        var p = new double[candidates.Count];
        p[home] = 0.9;
        p[away] = 0.6;

        // No pair: filled, first named first, when both sides reach the threshold; not when one falls short, nor with filling off.
        var filled = ModelSideReader.Apply(new SidePolicy(0.5, null, null), context, null, candidates, p);
        Assert.NotNull(filled);
        Assert.Equal(("Harwick Dale Rovers", "Ostley Bridge Athletic"), (filled.First, filled.Second));
        Assert.Null(ModelSideReader.Apply(new SidePolicy(0.7, null, null), context, null, candidates, p));
        Assert.Null(ModelSideReader.Apply(SidePolicy.Off, context, null, candidates, p));
        // A lower gate for the second side: the better side must reach the first gate, the other only the second.
        Assert.NotNull(ModelSideReader.Apply(new SidePolicy(0.8, null, null, SecondFill: 0.5), context, null, candidates, p));
        Assert.Null(ModelSideReader.Apply(new SidePolicy(0.95, null, null, SecondFill: 0.5), context, null, candidates, p));
        Assert.Null(ModelSideReader.Apply(new SidePolicy(0.8, null, null, SecondFill: 0.7), context, null, candidates, p));

        // A pair the model agrees with is kept, and so is any pair when swapping is off.
        var rules = new TeamPair("Harwick Dale", "Ostley Bridge Athletic", context.OpeningEvidence());
        Assert.Same(rules, ModelSideReader.Apply(new SidePolicy(0.5, 0.1, 0.8), context, rules, candidates, p));
        var wrong = new TeamPair("Harwick Dale Rovers", "Mill Field", context.OpeningEvidence());
        Assert.Same(wrong, ModelSideReader.Apply(new SidePolicy(0.5, null, null), context, wrong, candidates, p));

        // A side the model scores below the gate gives its place to an unused candidate over the other gate; the rules' order stays.
        var swapped = ModelSideReader.Apply(new SidePolicy(0.5, 0.1, 0.5), context, wrong, candidates, p);
        Assert.NotNull(swapped);
        Assert.Equal(("Harwick Dale Rovers", "Ostley Bridge Athletic"), (swapped.First, swapped.Second));
        Assert.Same(wrong, ModelSideReader.Apply(new SidePolicy(0.5, 0.1, 0.95), context, wrong, candidates, p));
    }

    private const string Together =
        "Harwick Dale Rovers came from behind to beat Ostley Bridge Athletic on Saturday afternoon.\n\n"
        + "Tom Barley, signed from Lowfield Town in the summer, scored twice for Harwick Dale Rovers.";

    private const string Apart =
        "Harwick Dale Rovers held Lowfield Town on Saturday afternoon.\n\n"
        + "Elsewhere, Ostley Bridge Athletic won at home for the first time in a month.";

    private const string Beside =
        "Harwick Dale Rovers came from behind to beat Ostley Bridge Athletic on Saturday afternoon.\n\n"
        + "Elsewhere, Lowfield Town won at home for the first time in a month.";

    private const string ScoredPair =
        "Harwick Dale Rovers beat Lowfield Town 2-0 on Saturday afternoon.\n\n"
        + "Ostley Bridge Athletic and Harwick Dale Rovers meet next week.";

    /// <summary>The candidates of a report with the scores given by name (every other candidate 0.01).</summary>
    private static (ExtractionContext Context, List<SideCandidate> Candidates, double[] P) Scored(string text, params (string Name, double P)[] scores)
    {
        var context = new ExtractionContext(new Article("t", text));
        var candidates = SideCandidates.Find(context);
        var p = candidates.Select(_ => 0.01).ToArray();
        foreach (var (name, score) in scores)
        {
            int at = candidates.FindIndex(c => c.Name == name);
            Assert.True(at >= 0, $"{name} not among {string.Join(", ", candidates.Select(c => c.Name))}");
            p[at] = score;
        }
        return (context, candidates, p);
    }

    private static readonly SidePolicy Guarded = new(0.5, 0.4, 0.9, SecondFill: 0.2, SwapTogether: true);

    [Fact]
    public void A_weak_rules_side_gives_way_to_a_side_the_model_is_sure_of_named_with_the_kept_side()
    {
        var (context, candidates, p) = Scored(Together, ("Harwick Dale Rovers", 0.95), ("Ostley Bridge Athletic", 0.93), ("Lowfield Town", 0.05));
        // "signed from Lowfield Town": a club of a player's past read as a side; the model's sure side stands with the kept side in the opening.
        var rules = new TeamPair("Harwick Dale Rovers", "Lowfield Town", context.OpeningEvidence());
        var pair = ModelSideReader.Apply(Guarded, context, rules, candidates, p);
        Assert.NotNull(pair);
        Assert.Equal(("Harwick Dale Rovers", "Ostley Bridge Athletic"), (pair.First, pair.Second));
        // A rules side the model is not so doubtful of stays, and so does the pair when the sure side falls short of the gate.
        p[candidates.FindIndex(c => c.Name == "Lowfield Town")] = 0.45;
        Assert.Same(rules, ModelSideReader.Apply(Guarded, context, rules, candidates, p));
        p[candidates.FindIndex(c => c.Name == "Lowfield Town")] = 0.05;
        p[candidates.FindIndex(c => c.Name == "Ostley Bridge Athletic")] = 0.85;
        Assert.Same(rules, ModelSideReader.Apply(Guarded, context, rules, candidates, p));
    }

    [Fact]
    public void A_sure_side_never_named_with_the_kept_side_does_not_replace_a_rules_side()
    {
        var (context, candidates, p) = Scored(Apart, ("Harwick Dale Rovers", 0.95), ("Ostley Bridge Athletic", 0.93), ("Lowfield Town", 0.05));
        var rules = new TeamPair("Harwick Dale Rovers", "Lowfield Town", context.OpeningEvidence());
        Assert.False(ModelSideReader.NamedTogether(context, candidates, candidates.FindIndex(c => c.Name == "Ostley Bridge Athletic"), "Harwick Dale Rovers"));
        Assert.Same(rules, ModelSideReader.Apply(Guarded, context, rules, candidates, p));
        // The plain swap would make a pair that never played.
        var plain = ModelSideReader.Apply(Guarded with { SwapTogether = false }, context, rules, candidates, p);
        Assert.Equal("Ostley Bridge Athletic", plain!.Second);
    }

    [Fact]
    public void A_pair_the_text_scores_together_is_kept_however_the_model_doubts_a_side()
    {
        var (context, candidates, p) = Scored(ScoredPair, ("Harwick Dale Rovers", 0.95), ("Ostley Bridge Athletic", 0.93), ("Lowfield Town", 0.05));
        var rules = new TeamPair("Harwick Dale Rovers", "Lowfield Town", context.OpeningEvidence());
        Assert.True(ModelSideReader.ScoredTogether(context, candidates, rules));
        Assert.True(ModelSideReader.NamedTogether(context, candidates, candidates.FindIndex(c => c.Name == "Ostley Bridge Athletic"), "Harwick Dale Rovers"));
        Assert.Same(rules, ModelSideReader.Apply(Guarded, context, rules, candidates, p));
    }

    [Fact]
    public void The_pool_counts_pairs_fixed_and_broken_and_no_gate_that_breaks_as_many_as_it_fixes_is_chosen()
    {
        // One report the swap fixes (the rules read a club of a player's past) and one it breaks (the rules were right, the model is wrong).
        var (fixContext, fixCandidates, fixP) = Scored(Together, ("Harwick Dale Rovers", 0.95), ("Ostley Bridge Athletic", 0.93), ("Lowfield Town", 0.05));
        var fixRules = new TeamPair("Harwick Dale Rovers", "Lowfield Town", fixContext.OpeningEvidence());
        var fix = new SideModelRecipe.PooledReport("a", new SideModelRecipe.ScoredReport(
            new SideExample("a", fixContext, []) { Candidates = fixCandidates, Rules = fixRules }, "Harwick Dale Rovers", "Ostley Bridge Athletic"), fixP);
        var (breakContext, breakCandidates, breakP) = Scored(Beside, ("Harwick Dale Rovers", 0.95), ("Ostley Bridge Athletic", 0.05), ("Lowfield Town", 0.93));
        var breakRules = new TeamPair("Harwick Dale Rovers", "Ostley Bridge Athletic", breakContext.OpeningEvidence());
        var broken = new SideModelRecipe.PooledReport("b", new SideModelRecipe.ScoredReport(
            new SideExample("b", breakContext, []) { Candidates = breakCandidates, Rules = breakRules }, "Harwick Dale Rovers", "Ostley Bridge Athletic"), breakP);

        var plain = Guarded with { SwapTogether = false };
        Assert.Equal(new SideModelRecipe.PolicyCount(1, 0, 0, 0, 0), SideModelRecipe.Count([fix], plain));
        // "Lowfield Town" is never named in one sentence with Harwick Dale Rovers: the guarded swap leaves the right pair alone, the plain one breaks it.
        Assert.Equal(new SideModelRecipe.PolicyCount(1, 1, 0, 0, 0), SideModelRecipe.Count([fix, broken], plain));
        Assert.Equal(new SideModelRecipe.PolicyCount(1, 0, 0, 0, 0), SideModelRecipe.Count([fix, broken], Guarded));
        var (choice, count) = SideModelRecipe.Choose([fix, broken], together: false);
        Assert.False(choice.Swaps, choice.ToString());
        Assert.Equal(0, count.Fixed);
        Assert.True(SideModelRecipe.Choose([fix, broken], together: true).Policy.Swaps);
    }

    [Fact]
    public void The_reader_for_openings_of_pieces_that_are_no_report_fills_but_never_corrects()
    {
        var report = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        var shipped = Assert.IsType<ModelSideReader>(report.Models.Sides);
        Assert.True(shipped.Policy.Corrects);
        var filling = Assert.IsType<ModelSideReader>(((ISideReader)shipped).FillingOnly());
        Assert.False(filling.Policy.Corrects);
        Assert.Equal(shipped.Policy.Fill, filling.Policy.Fill);
        Assert.Equal(shipped.Policy.SecondFill, filling.Policy.SecondFill);
        // With the scores that make the guarded policy swap a weak side, the filling reader keeps the rules' pair.
        var (context, candidates, p) = Scored(Together, ("Harwick Dale Rovers", 0.95), ("Ostley Bridge Athletic", 0.93), ("Lowfield Town", 0.05));
        var rules = new TeamPair("Harwick Dale Rovers", "Lowfield Town", context.OpeningEvidence());
        Assert.NotSame(rules, ModelSideReader.Apply(shipped.Policy, context, rules, candidates, p));
        Assert.Same(rules, ModelSideReader.Apply(filling.Policy, context, rules, candidates, p));
    }

    [Fact]
    public void The_shipped_model_loads_and_fills_the_pair_of_a_report_whose_sides_no_gazetteer_knows()
    {
        var report = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.NotNull(report.Models.Sides);
        // The rules read no pair here: no headline side, no result sentence, no score box, no manager or fans named with a side (since
        // session 36 "Kelsworth Vale boss Ian Threlfall" makes the name a side for the rules); the sides are only names the gazetteer lacks.
        var article = new Article("t",
            "Joe Finch headed a stoppage-time winner as Kelsworth Vale came from behind in a five-goal thriller at Copse Lane on Saturday.\n\n"
            + "Brannock Heath Rangers led twice through Lewis Pardoe, but Kelsworth Vale kept coming: Dean Mowbray levelled both times before Finch rose at the far post.\n\n"
            + "\"We were second best for an hour,\" said Ian Threlfall, in his first season in charge. \"The lads showed real character.\"\n\n"
            + "Brannock Heath stay third, two points above Kelsworth Vale.")
        { Title = "Finch settles thriller in stoppage time" };
        var rules = new ExtractionContext(article);
        new TeamExtractor().Extract(rules);
        Assert.Null(rules.Facts.Teams);
        var context = new ExtractionContext(article);
        foreach (var extractor in DefaultPipeline.Extractors(report.Models)) extractor.Extract(context);
        var candidates = SideCandidates.Find(rules);
        var p = ((ModelSideReader)report.Models.Sides).Score(rules, candidates);
        var teams = context.Facts.Teams;
        Assert.True(teams is not null, $"no pair; candidates: {string.Join(", ", candidates.Select((c, i) => $"{c.Name} {p[i]:0.00}"))}");
        Assert.True(TeamNameMatch.SamePair("Kelsworth Vale", "Brannock Heath Rangers", teams!.First, teams.Second),
            $"{teams.First} v {teams.Second}; candidates: {string.Join(", ", candidates.Select((c, i) => $"{c.Name} {p[i]:0.00}"))}");
    }

    /// <summary>Reports written for this test: two sides of invented names, named in varied forms, beside a scorer, a ground, a manager and another club.</summary>
    private static ModelSideReader TrainSmall()
    {
        var train = new List<SideExample>
        {
            Example("Ashby Town beat Corley United 2-0 at Hollin Park. Mark Doyle scored twice for Ashby Town. Corley manager Rob Hale was unhappy.", "Ashby Town", "Corley United"),
            Example("Penford Athletic drew 1-1 with Marsh Lane Rovers. Sam Moss, formerly of Yarrow City, scored for Penford Athletic before Marsh Lane Rovers levelled.", "Penford Athletic", "Marsh Lane Rovers"),
            Example("Dunmore Celtic lost 3-1 at home to Kettlewell Rangers on Saturday. Kettlewell Rangers were ahead through Jack Byrne at Dunmore Park.", "Dunmore Celtic", "Kettlewell Rangers"),
            Example("Holt Wanderers edged Brisby Town 1-0. Dan Price headed the winner for Holt Wanderers. Brisby Town, who beat Tarn United last week, stay fourth.", "Holt Wanderers", "Brisby Town"),
            Example("Grange Albion thrashed Elmstead Rovers 4-0 at Grange Road. Luke Shaw scored a hat-trick for Grange Albion against Elmstead Rovers.", "Grange Albion", "Elmstead Rovers"),
            Example("Fernley United came from behind to beat Oakham Vale 2-1. Tom Lane, on loan from Castle City, scored the winner for Fernley United.", "Fernley United", "Oakham Vale"),
        };
        var fitted = new SideReaderTrainer().Fit(train, "written test reports");
        Assert.True(fitted.IsSuccess, fitted.Error);
        return fitted.Value;
    }

    /// <summary>A report with its side candidates found, each labelled by whether it names one of the two sides given.</summary>
    private static SideExample Example(string text, string home, string away)
    {
        var context = new ExtractionContext(new Article("t", text));
        var candidates = SideCandidates.Find(context);
        var labels = candidates.Select(c => TeamNameMatch.Same(home, c.Name) || TeamNameMatch.Same(away, c.Name)).ToList();
        Assert.Equal(2, labels.Count(l => l));
        return new SideExample("t", context, labels) { Candidates = candidates };
    }

    private static int[] Slots(ExtractionContext context, List<SideCandidate> candidates, int index)
    {
        var buffer = new FeatureBuffer(16);
        SideFeatures.Featurize(context, candidates, index, buffer);
        return buffer.ToArray();
    }
}
