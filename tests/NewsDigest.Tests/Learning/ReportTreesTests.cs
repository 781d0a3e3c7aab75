using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Training;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Tests.Learning;

/// <summary>The report classifier's boosted trees (session 10): their dense numbers, the blend, the file and the committed model.</summary>
public sealed class ReportTreesTests
{
    private static readonly ReportExample[] Tiny = TinyReportExamples.All;

    private static readonly ReportTreeOptions TreeSettings = new()
    {
        Weight = 0.4,
        WeakLabelWeight = 0.5f,
        Trees = new BoostedTreesOptions { Trees = 20, LearningRate = 0.3, MaxDepth = 2, MinLeafExamples = 1, Seed = 7 },
    };

    private static ModelReportDetector Fitted(ReportTreeOptions? trees) =>
        new ReportClassifierTrainer(new PerceptronOptions { Epochs = 5, HashBits = 12 }, null, trees).Fit(Tiny, Tiny).Unwrap();

    private static int Index(string name)
    {
        int i = ReportDenseFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no dense feature named '{name}'");
        return i;
    }

    [Fact]
    public void Dense_numbers_read_the_title_opening_and_narration()
    {
        var row = ReportDenseFeatures.Row(Tiny[0].Article);
        Assert.Equal(ReportDenseFeatures.Count, row.Length);
        Assert.Equal(1, row[Index("has title")]);
        Assert.Equal(1, row[Index("title scorelines")]);
        Assert.Equal(1, row[Index("title distinct scorelines")]);
        Assert.Equal(2, row[Index("opening minute marks")]);
        Assert.Equal(1, row[Index("lead result sentence")]);
        Assert.True(row[Index("minute marks per 1000 words")] > 0);
        Assert.Equal(0, row[Index("long page")]);
        Assert.Equal(Tiny[0].Article.Text.Length - "Rovers 2-1 Town\n".Length, row[Index("text length")]);
        var preview = ReportDenseFeatures.Row(Tiny[4].Article);
        Assert.True(preview[Index("future words per 1000")] > 0);
        Assert.Equal(0, preview[Index("lead result sentence")]);
    }

    [Fact]
    public void Without_its_title_a_row_reads_like_a_page_with_none()
    {
        var hidden = ReportDenseFeatures.Row(Tiny[0].Article, includeTitle: false);
        Assert.Equal(0, hidden[Index("has title")]);
        Assert.Equal(0, hidden[Index("title scorelines")]);
        Assert.Equal(0, hidden[Index("title words")]);
        // The body is read the same way: the title line is still cut from it.
        var shown = ReportDenseFeatures.Row(Tiny[0].Article);
        Assert.Equal(shown[Index("body words")], hidden[Index("body words")]);
        // The tree rows hide the title exactly where the linear models' features do.
        var rows = ReportTreeTrainer.Rows(Tiny.Select(e => e with { TitleHidden = true }).ToList(), 0.5f);
        Assert.All(rows, r => Assert.Equal(0, r.Features[Index("has title")]));
        var plain = ReportTreeTrainer.Rows(Tiny, 0.5f);
        Assert.Equal(Tiny.Select(e => e.LabelFromTitle ? 0.5f : 1f), plain.Select(r => r.Weight));
        Assert.Equal(Tiny.Select(e => e.Kind == ReportKind.SingleMatchReport), plain.Select(r => r.Positive));
    }

    [Fact]
    public void The_single_match_probability_is_the_trees_share_of_their_probability_plus_the_rest_of_the_linear_one()
    {
        var model = Fitted(TreeSettings);
        Assert.NotNull(model.Trees);
        Assert.Equal(0.4, model.Trees!.Weight);
        var linear = model.WithTrees(null);
        foreach (var example in Tiny)
        {
            double trees = model.Trees.Model.Probability(ReportDenseFeatures.Row(example.Article));
            double expected = 0.4 * trees + 0.6 * linear.SingleMatchProbability(example.Article);
            Assert.Equal(expected, model.SingleMatchProbability(example.Article), 12);
            Assert.Equal(linear.SingleMatchProbability(example.Article), model.LinearSingleMatchProbability(example.Article), 12);
        }
        // The trees learnt the training answers (reports above the others).
        var reports = Tiny.Where(e => e.Kind == ReportKind.SingleMatchReport).Select(e => model.Trees.Model.Probability(ReportDenseFeatures.Row(e.Article)));
        var others = Tiny.Where(e => e.Kind != ReportKind.SingleMatchReport).Select(e => model.Trees.Model.Probability(ReportDenseFeatures.Row(e.Article)));
        Assert.True(reports.Min() > others.Max(), "the trees do not separate the tiny training set");
    }

    [Fact]
    public void A_detector_with_trees_saves_and_loads_to_the_same_bytes_and_probabilities()
    {
        var model = Fitted(TreeSettings);
        var file = model.ToFile();
        Assert.Equal(ModelReportDetector.FeaturesWithTrees, file.Training.Features);
        Assert.Equal(0.4, file.Settings[ModelReportDetector.TreeWeightSetting]);
        var bytes = ModelFileFormat.ToBytes(file);
        var loaded = ModelReportDetector.Load(new MemoryStream(bytes)).Unwrap();
        Assert.Equal(Tiny.Select(e => model.SingleMatchProbability(e.Article)), Tiny.Select(e => loaded.SingleMatchProbability(e.Article)));
        Assert.Equal(bytes, ModelFileFormat.ToBytes(loaded.ToFile()));
        Assert.Equal(bytes, ModelFileFormat.ToBytes(Fitted(TreeSettings).ToFile()));
    }

    [Fact]
    public void A_file_without_trees_loads_and_reads_as_before()
    {
        var model = Fitted(null);
        Assert.Null(model.Trees);
        var file = model.ToFile();
        Assert.Null(file.Trees);
        Assert.Equal(ReportFeatures.Name, file.Training.Features);
        Assert.DoesNotContain(ModelReportDetector.TreeWeightSetting, file.Settings.Keys);
        var loaded = ModelReportDetector.FromFile(file).Unwrap();
        Assert.Null(loaded.Trees);
        Assert.Equal(Tiny.Select(e => model.Detect(e.Article)), Tiny.Select(e => loaded.Detect(e.Article)));
        // The linear part of a model with trees is the same fit as a model without them.
        Assert.Equal(Tiny.Select(e => model.SingleMatchProbability(e.Article)), Tiny.Select(e => Fitted(TreeSettings).LinearSingleMatchProbability(e.Article)));
    }

    [Fact]
    public void Trees_without_their_weight_or_of_another_width_are_refused_by_name()
    {
        var file = Fitted(TreeSettings).ToFile();
        var noWeight = file with { Settings = file.Settings.Where(s => s.Key != ModelReportDetector.TreeWeightSetting).ToDictionary() };
        Assert.Contains(ModelReportDetector.TreeWeightSetting, ModelReportDetector.FromFile(noWeight).Error);
        var badWeight = file with { Settings = file.Settings.ToDictionary(s => s.Key, s => s.Key == ModelReportDetector.TreeWeightSetting ? 1.5 : s.Value) };
        Assert.Contains(ModelReportDetector.TreeWeightSetting, ModelReportDetector.FromFile(badWeight).Error);
        var narrow = file with { Trees = file.Trees! with { FeatureCount = 3 } };
        Assert.Contains(ReportDenseFeatures.Name, ModelReportDetector.FromFile(narrow).Error);
        var oldFeatures = file with { Training = file.Training with { Features = ReportFeatures.Name } };
        Assert.Contains("retrain", ModelReportDetector.FromFile(oldFeatures).Error);
    }

    [Fact]
    public void The_committed_model_blends_its_trees_at_the_recipe_share()
    {
        var bytes = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "models", ModelNames.FileName(ModelNames.Report)));
        var model = ModelReportDetector.Load(new MemoryStream(bytes)).Unwrap();
        Assert.NotNull(model.Trees);
        Assert.Equal(ReportClassifierTrainer.TreeDefaults!.Weight, model.Trees!.Weight);
        Assert.Equal(ReportClassifierTrainer.TreeDefaults.Trees.Trees, model.Trees.Model.Trees.Count);
        Assert.Equal(ReportDenseFeatures.Count, model.Trees.Model.FeatureCount);
    }

    [SharedDataFact]
    public void Training_reproduces_the_committed_report_model_byte_for_byte()
    {
        var inputs = new TrainingInputs(new SharedCorpora(SharedData.Root!), SharedData.RepositoryRoot);
        var trained = new ReportModelRecipe().Train(inputs, TextWriter.Null).Unwrap();
        var committed = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "models", ModelNames.FileName(ModelNames.Report)));
        Assert.True(committed.AsSpan().SequenceEqual(ModelFileFormat.ToBytes(trained.File)), "models/report-classifier.ndm differs from what 'newsdigest train --model report' builds now; retrain and commit it");
    }
}
