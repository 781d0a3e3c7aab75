using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

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

    [Fact]
    public void The_shipped_model_loads_and_fills_the_pair_of_a_report_whose_sides_no_gazetteer_knows()
    {
        var report = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.NotNull(report.Models.Sides);
        // The rules read no pair here: no headline side, no result sentence, no score box; the sides are only names the gazetteer lacks.
        var article = new Article("t",
            "Joe Finch headed a stoppage-time winner as Kelsworth Vale came from behind in a five-goal thriller at Copse Lane on Saturday.\n\n"
            + "Brannock Heath Rangers led twice through Lewis Pardoe, but Kelsworth Vale kept coming: Dean Mowbray levelled both times before Finch rose at the far post.\n\n"
            + "\"We were second best for an hour,\" said Kelsworth Vale boss Ian Threlfall. \"The lads showed real character.\"\n\n"
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
