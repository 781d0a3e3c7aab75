using System.Text;
using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Training;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Tests.Html;

public class HtmlBlockScorerTests
{
    private static readonly string[] Teams = ["Rovers", "United", "Albion", "Wanderers", "City", "Athletic", "Town", "County", "Rangers", "Villa", "Forest", "Harriers", "Dynamo", "Celtic", "Orient"];
    private static readonly string[] Grounds = ["Ewood Park", "the Hawthorns", "Molineux", "Meadow Lane", "Vale Park", "the Valley", "Fratton Park", "Home Park"];

    /// <summary>
    /// A match report page written for these tests: a menu, the story with one "read next" line of links inside it (long
    /// enough that the hand rules keep it), and a list of other stories. Page <paramref name="k"/> differs in names and numbers.
    /// </summary>
    private static (string Html, string[] Story, string Promo) ReportPage(int k)
    {
        string home = Teams[k % Teams.Length], away = Teams[(k * 7 + 3) % Teams.Length], ground = Grounds[k % Grounds.Length];
        int minute = 10 + k % 70, crowd = 9000 + 137 * k;
        string[] story =
        [
            $"{home} beat {away} 2-1 at {ground} on Saturday, with the winner coming in the {minute}th minute after a long spell of pressure.",
            $"{away} had started brightly, and their captain forced two early saves before the home side found their rhythm in midfield.",
            $"The equaliser came from a corner, headed in at the far post, and the crowd of {crowd} rose as one to greet it.",
            $"After the match the {home} manager praised his players for their patience, saying the result was deserved over ninety minutes.",
        ];
        string promo = $"Read next: {away} appoint new coach after a run of defeats, and fans react to the news of the week number {k} with anger and surprise, while the club's board meets on Monday to discuss the future of the manager and of the whole squad";
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><title>Report</title></head><body>");
        html.Append("<div class=\"top\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/football\">Football</a></li><li><a href=\"/results\">Results</a></li></ul></div>");
        html.Append("<div class=\"page\"><div class=\"story\">");
        html.Append($"<h1>{home} 2-1 {away}</h1>");
        html.Append($"<p>{story[0]}</p><p>{story[1]}</p>");
        // Mostly link text, but a short lead-in and a long title keep it past the rules' cleaning.
        html.Append($"<p>Read next: <a href=\"/n{k}\">{promo["Read next: ".Length..]}</a></p>");
        html.Append($"<p>{story[2]}</p><p>{story[3]}</p>");
        html.Append("</div><div class=\"more\"><h3>More stories</h3><ul>");
        for (int i = 0; i < 4; i++) html.Append($"<li><a href=\"/s{i}\">{Teams[(k + i) % Teams.Length]} news item {i} for today</a></li>");
        html.Append("</ul></div></div></body></html>");
        return (html.ToString(), story, promo);
    }

    private static HtmlBlockPage Lay(int k, DataSplit.Part part = DataSplit.Part.Train)
    {
        var (html, story, promo) = ReportPage(k);
        // The gold names one item of the "more stories" list as furniture, as the benchmark names a few furniture passages per page.
        var gold = new HtmlBenchmarkCase($"t{k}", $"test::{k}", $"{k}.html", [story[0][..60], story[2][..50]], [promo[..50], $"{Teams[(k + 1) % Teams.Length]} news item 1 for today"]);
        return HtmlBlockPages.Lay(gold, part, Encoding.UTF8.GetBytes(html), new FeatureBuffer(HtmlBlockModelRecipe.HashBits));
    }

    private static string RulesText(string html) => HtmlPageExtractor.Extract(html, HtmlExtractionOptions.RulesOnly).Text;

    [Fact]
    public void Every_block_of_the_rules_text_is_found_among_the_page_blocks()
    {
        var page = Lay(1);
        Assert.NotNull(page.Blocks);
        Assert.NotEmpty(page.RulesText);
        // Each rules block is matched to exactly one page block, so the scorer knows the rules' decision for every block.
        Assert.Equal(Enumerable.Range(0, page.RulesText.Count), page.RulesIndex.Where(r => r >= 0).Order());
        Assert.Equal(page.RulesText.Count, page.RulesKept.Count(k => k));
        Assert.Contains(page.Blocks!, b => b.Contains("More stories"));
    }

    [Fact]
    public void Choosing_what_the_rules_chose_gives_their_text_and_changes_are_put_in_page_order()
    {
        var page = Lay(2);
        var blocks = page.Blocks!;
        Assert.Equal(page.RulesText, PageBlocks.Assemble(page.RulesText, blocks, page.RulesIndex, page.RulesKept));

        var keep = (bool[])page.RulesKept.Clone();
        int promo = blocks.ToList().FindIndex(b => b.StartsWith("Read next:", StringComparison.Ordinal));
        Assert.True(page.RulesKept[promo], "the hand rules keep the read-next line, which the scorer is meant to learn to drop");
        keep[promo] = false;
        int menu = blocks.ToList().FindIndex(b => b == "Football");
        Assert.False(page.RulesKept[menu]);
        keep[menu] = true;
        var text = PageBlocks.Assemble(page.RulesText, blocks, page.RulesIndex, keep);
        Assert.DoesNotContain(text, t => t.StartsWith("Read next:", StringComparison.Ordinal));
        // The menu item comes before every story block, so it goes first.
        Assert.Equal("Football", text[0]);
        Assert.Equal(page.RulesText.Count, text.Count);
    }

    [Fact]
    public void Labeler_reads_blocks_holding_inside_or_running_into_a_passage()
    {
        var labeler = new HtmlBlockLabeler(["the winner came late in the game after a long spell of pressure"], ["Read next: United appoint new coach"]);
        Assert.Equal(BlockLabel.Content, labeler.Label("Rovers beat United: the winner came late in the game after a long spell of pressure, said the coach."));
        Assert.Equal(BlockLabel.Content, labeler.Label("the winner came late"));
        // The passage runs from the end of this block into the next one.
        Assert.Equal(BlockLabel.Content, labeler.Label("It was a tight match, and the winner came late in the game"));
        Assert.Equal(BlockLabel.Boilerplate, labeler.Label("Read next: United appoint new coach after defeats"));
        Assert.Equal(BlockLabel.Unknown, labeler.Label("game"));
        Assert.Equal(BlockLabel.Unknown, labeler.Label("Something else entirely, about the weather and the crowd."));
        var both = new HtmlBlockLabeler(["one passage of the story here"], ["a passage of the furniture"]);
        Assert.Equal(BlockLabel.Unknown, both.Label("one passage of the story here and a passage of the furniture"));
    }

    [Fact]
    public void A_scorer_trained_on_labelled_pages_learns_to_overrule_the_rules_on_new_pages()
    {
        var train = Enumerable.Range(0, 16).Select(k => Lay(k)).ToList();
        var examples = HtmlBlockModelRecipe.Examples(train);
        Assert.Contains(examples, e => e.Label == 0);
        var model = new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, HtmlBlockModelRecipe.Options).Fit(examples, "test pages", HtmlBlockFeatures.Name).Unwrap();
        var scorer = new HtmlBlockScorer(model, 0.5, 0.5);
        foreach (var text in TextsOfNewPagesWithAPromotionTheRulesKeep(new HtmlExtractionOptions(scorer))) Assert.DoesNotContain("news item", text);
    }

    /// <summary>Extracts the unseen report pages 40-42 (whose promotion line the rules keep), checks that the story stays whole and the
    /// promotion goes, and returns their texts for further checks.</summary>
    private static List<string> TextsOfNewPagesWithAPromotionTheRulesKeep(HtmlExtractionOptions options)
    {
        var texts = new List<string>();
        foreach (int k in new[] { 40, 41, 42 })
        {
            var (html, story, promo) = ReportPage(k);
            Assert.Contains(promo, RulesText(html));
            string text = HtmlPageExtractor.Extract(html, options).Text;
            Assert.DoesNotContain("Read next:", text);
            foreach (var paragraph in story) Assert.Contains(paragraph, text);
            texts.Add(text);
        }
        return texts;
    }

    [Fact]
    public void Cross_validation_scores_each_page_with_a_model_that_did_not_see_it()
    {
        var pages = Enumerable.Range(0, 20).Select(k => Lay(k, k % 3 == 0 ? DataSplit.Part.Dev : DataSplit.Part.Train)).ToList();
        var folds = pages.Select(p => HtmlBlockModelRecipe.FoldOf(p.Case.Id)).ToList();
        Assert.Equal(folds, pages.Select(p => HtmlBlockModelRecipe.FoldOf(p.Case.Id)));
        Assert.True(folds.Distinct().Count() >= 3, "twenty ids fall into at least three of the five folds");
        Assert.All(folds, f => Assert.InRange(f, 0, HtmlBlockModelRecipe.Folds - 1));

        var folded = HtmlBlockModelRecipe.CrossValidate(pages).Unwrap();
        Assert.True(folded.Temperature > 0);
        for (int i = 0; i < pages.Count; i++)
        {
            var probabilities = folded.OutOfFold[i];
            Assert.NotNull(probabilities);
            Assert.Equal(pages[i].Blocks!.Count, probabilities!.Length);
            // Models trained on the other folds' pages have learnt the read-next line: it scores below every story block.
            var blocks = pages[i].Blocks!.ToList();
            double promo = probabilities[blocks.FindIndex(b => b.StartsWith("Read next:", StringComparison.Ordinal))];
            for (int b = 0; b < blocks.Count; b++)
                if (pages[i].Labels[b] == BlockLabel.Content) Assert.True(probabilities[b] > promo, $"page {i}: story block {b} scores {probabilities[b]}, the promotion line {promo}");
        }
    }

    [Fact]
    public void Blocks_know_where_they_sit_in_the_tree_relative_to_the_rules_best_block()
    {
        var (html, story, _) = ReportPage(3);
        var places = HtmlPageExtractor.Analyse(html, analysis =>
        {
            var page = analysis.Blocks!;
            var texts = page.Candidates.Select(c => c.Text).ToList();
            return (Story: page.TreeDistanceToTop(page.Owners[texts.IndexOf(story[1])]), Menu: page.TreeDistanceToTop(page.Owners[texts.IndexOf("Football")]),
                More: page.TreeDistanceToTop(page.Owners[texts.IndexOf("More stories")]), Root: page.TreeDistanceToTop(0));
        });
        // A story paragraph lies inside the best block; the "more stories" box is its cousin; the menu is further off; the root holds it.
        Assert.Equal(0, places.Story.FromTop);
        Assert.True(places.Story.FromBlock >= 1);
        Assert.True(places.More.FromBlock >= 1 && places.More.FromTop >= 1, $"more stories at {places.More}");
        Assert.True(places.Menu.FromTop > places.More.FromTop, $"menu at {places.Menu}, more stories at {places.More}");
        Assert.Equal(0, places.Root.FromBlock);
    }

    [Fact]
    public void The_scorer_saves_and_loads_with_its_thresholds_and_refuses_other_features()
    {
        var examples = HtmlBlockModelRecipe.Examples(Enumerable.Range(0, 4).Select(k => Lay(k)));
        var model = new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, HtmlBlockModelRecipe.Options).Fit(examples, "test pages", HtmlBlockFeatures.Name).Unwrap();
        var scorer = new HtmlBlockScorer(model, 0.3, 0.8);
        var bytes = ModelFileFormat.ToBytes(scorer.ToFile());
        var loaded = HtmlBlockScorer.FromFile(ModelFileFormat.Read(bytes).Unwrap()).Unwrap();
        Assert.Equal(0.3, loaded.KeptThreshold);
        Assert.Equal(0.8, loaded.OtherThreshold);
        Assert.Equal(bytes, ModelFileFormat.ToBytes(loaded.ToFile()));

        var other = scorer.ToFile() with { Training = scorer.Classifier.Training with { Features = "html-blocks v0" } };
        Assert.Contains("retrain", HtmlBlockScorer.FromFile(other).Error);
        var noThreshold = scorer.ToFile() with { Settings = new Dictionary<string, double>() };
        Assert.Contains(HtmlBlockScorer.KeptThresholdSetting, HtmlBlockScorer.FromFile(noThreshold).Error);
        Assert.Contains("not a HtmlBlockClassifier", HtmlBlockScorer.FromFile(model.ToFile(ModelKind.LinearClassifier)).Error);
    }

    [Fact]
    public void Dense_features_fill_one_value_per_name_and_read_the_block()
    {
        Assert.Equal(HtmlBlockDenseFeatures.Names.Count, HtmlBlockDenseFeatures.Names.Distinct().Count());
        var page = Lay(2);
        var blocks = page.Blocks!.ToList();
        Assert.All(page.Dense, row => Assert.Equal(HtmlBlockDenseFeatures.Count, row.Length));
        Assert.All(page.Dense, row => Assert.All(row, v => Assert.True(float.IsFinite(v))));
        int Feature(string name) => HtmlBlockDenseFeatures.Names.ToList().IndexOf(name);
        var story = page.Dense[blocks.FindIndex(b => b.StartsWith("After the match", StringComparison.Ordinal))];
        var menu = page.Dense[blocks.IndexOf("Football")];
        var promo = page.Dense[blocks.FindIndex(b => b.StartsWith("Read next:", StringComparison.Ordinal))];
        Assert.Equal(1, story[Feature("kept by rules")]);
        Assert.Equal(0, menu[Feature("kept by rules")]);
        Assert.Equal(0, story[Feature("link density")]);
        Assert.True(promo[Feature("link density")] > 0.8f);
        Assert.Equal(1, story[Feature("in best block")]);
        Assert.Equal(blocks[blocks.IndexOf("Football")].Length, menu[Feature("chars")]);
        Assert.Equal(1, menu[Feature("under li")]);
        Assert.Equal(0, story[Feature("under li")]);

        // A row with a place left over for the stacked margin: Fill writes exactly Count values.
        var analysisRow = HtmlPageExtractor.Analyse(ReportPage(2).Html, analysis =>
        {
            var row = new float[HtmlBlockDenseFeatures.Count + 1];
            row[^1] = 42f;
            HtmlBlockDenseFeatures.Fill(analysis.Blocks!, 0, row);
            return row;
        });
        Assert.Equal(42f, analysisRow[^1]);
        Assert.Equal(page.Dense[0], analysisRow[..^1]);
    }

    private static HtmlBlockScorer ScorerWithTrees(IReadOnlyList<HtmlBlockPage> train, double treeWeight)
    {
        var model = new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, HtmlBlockModelRecipe.Options).Fit(HtmlBlockModelRecipe.Examples(train), "test pages", HtmlBlockFeatures.Name).Unwrap();
        var trees = new BoostedTreesTrainer(HtmlBlockModelRecipe.TreeOptions with { MinLeafExamples = 3, Trees = 40 }).Fit(HtmlBlockModelRecipe.DenseRows(train)).Unwrap();
        return new HtmlBlockScorer(model, 0.5, 1.01, new BlockTrees(trees, treeWeight, Stacked: false));
    }

    [Fact]
    public void Trees_alone_trained_on_labelled_pages_drop_the_promotion_line_on_new_pages()
    {
        var train = Enumerable.Range(0, 16).Select(k => Lay(k)).ToList();
        // Weight 1: the trees decide alone, so this shows what they learnt from the dense features.
        Assert.Equal(3, TextsOfNewPagesWithAPromotionTheRulesKeep(new HtmlExtractionOptions(ScorerWithTrees(train, 1.0))).Count);
    }

    [Fact]
    public void A_scorer_with_trees_saves_and_loads_exactly_and_refuses_trees_for_other_features()
    {
        var scorer = ScorerWithTrees(Enumerable.Range(0, 6).Select(k => Lay(k)).ToList(), 0.5);
        var file = scorer.ToFile();
        Assert.Equal(HtmlBlockScorer.FeaturesWithTrees, file.Training.Features);
        var bytes = ModelFileFormat.ToBytes(file);
        var loaded = HtmlBlockScorer.FromFile(ModelFileFormat.Read(bytes).Unwrap()).Unwrap();
        Assert.Equal(bytes, ModelFileFormat.ToBytes(loaded.ToFile()));
        Assert.Equal(0.5, loaded.Trees!.Weight);
        Assert.False(loaded.Trees.Stacked);
        var (html, _, _) = ReportPage(9);
        Assert.Equal(HtmlPageExtractor.Extract(html, new HtmlExtractionOptions(scorer)).Text, HtmlPageExtractor.Extract(html, new HtmlExtractionOptions(loaded)).Text);

        var stackedClaim = file with { Settings = new Dictionary<string, double>(file.Settings) { [HtmlBlockScorer.TreesStackedSetting] = 1 } };
        Assert.Contains($"read {HtmlBlockDenseFeatures.Count} features, but this build gives them {HtmlBlockDenseFeatures.Count + 1}", HtmlBlockScorer.FromFile(stackedClaim).Error);
        var perceptronNamed = file with { Training = file.Training with { Features = HtmlBlockFeatures.Name } };
        Assert.Contains("retrain", HtmlBlockScorer.FromFile(perceptronNamed).Error);
        var noWeight = file with { Settings = new Dictionary<string, double>(file.Settings.Where(s => s.Key != HtmlBlockScorer.TreeWeightSetting)) };
        Assert.Contains(HtmlBlockScorer.TreeWeightSetting, HtmlBlockScorer.FromFile(noWeight).Error);
    }

    [Fact]
    public void A_missing_model_file_falls_back_to_the_hand_rules_with_a_note()
    {
        var directory = Directory.CreateTempSubdirectory("newsdigest-models-").FullName;
        try
        {
            var (options, problem) = HtmlExtractionOptions.Load(directory);
            Assert.Null(options.Scorer);
            Assert.Contains(Path.Combine(directory, "html-blocks.ndm"), problem);
            Assert.Contains("hand rules alone", problem);
            var (html, story, _) = ReportPage(5);
            Assert.Contains(story[1], HtmlPageExtractor.Extract(html, options).Text);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_committed_model_loads_and_keeps_a_plain_story()
    {
        var (options, problem) = HtmlExtractionOptions.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.Null(problem);
        Assert.NotNull(options.Scorer);
        var (html, story, _) = ReportPage(7);
        string text = HtmlPageExtractor.Extract(html, options).Text;
        foreach (var paragraph in story) Assert.Contains(paragraph, text);
        Assert.DoesNotContain("news item", text);
    }

    [SharedDataFact]
    public void Training_reproduces_the_committed_model_byte_for_byte()
    {
        var inputs = new TrainingInputs(new SharedCorpora(SharedData.Root!), SharedData.RepositoryRoot);
        var trained = new HtmlBlockModelRecipe().Train(inputs, TextWriter.Null).Unwrap();
        var committed = File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "models", ModelNames.FileName(ModelNames.HtmlBlocks)));
        Assert.True(committed.AsSpan().SequenceEqual(ModelFileFormat.ToBytes(trained.File)), "models/html-blocks.ndm differs from what 'newsdigest train --model html' builds now; retrain and commit it");
    }
}
