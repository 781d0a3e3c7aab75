using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Trains the HTML block scorer on the blocks of the benchmark's train-part pages, labelled from their gold passages; fits
/// its temperature on the dev-part blocks and its keep threshold on the dev-part pages' passage F1. Test pages are never read.
/// </summary>
public sealed class HtmlBlockModelRecipe : IModelRecipe
{
    public const int HashBits = 16;
    public static readonly PerceptronOptions Options = new() { Epochs = 4, HashBits = HashBits, Seed = 20260105 };

    /// <summary>Thresholds tried on the dev pages for the blocks the rules kept: 0 keeps them all, as the rules do.</summary>
    public static readonly IReadOnlyList<double> KeptThresholds = Enumerable.Range(0, 11).Select(k => k / 20.0).ToArray();

    /// <summary>Thresholds tried for the blocks the rules left out: 1.01 adds none, as the rules do.</summary>
    public static readonly IReadOnlyList<double> OtherThresholds = [.. Enumerable.Range(10, 10).Select(k => k / 20.0), 1.01];

    /// <summary>How much more dev F1 (about four passages of the dev part's 534) adding blocks must bring before the scorer adds any.</summary>
    public const double AdditionMargin = 0.004;

    public string Name => ModelNames.HtmlBlocks;

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var pages = Pages(inputs, log);
        if (pages.Count == 0) return ModelResult<TrainedModel>.Fail($"no pages read from {HtmlBlockPages.BenchmarkDirectory(inputs.Shared)}");
        var train = Examples(pages.Where(p => p.Part == DataSplit.Part.Train));
        var dev = Examples(pages.Where(p => p.Part == DataSplit.Part.Dev));
        log.WriteLine($"html: {train.Count} labelled training blocks ({train.Count(e => e.Label == 1)} content), {dev.Count} dev blocks");
        var fitted = new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, Options).Fit(train,
            "blocks of the train-part pages of ../shared/html-benchmark (DataSplit by case id), labelled content or boilerplate by the gold passages they hold",
            HtmlBlockFeatures.Name);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var calibrated = TemperatureCalibrator.Fit(fitted.Value, dev);
        var devPages = pages.Where(p => p.Part == DataSplit.Part.Dev).ToList();
        var grid = Grid(calibrated, devPages);
        // The best dev F1; ties go to the fewest overrulings (the highest other-threshold, then the lowest kept-threshold).
        // Adding blocks the rules left out must pay clearly: a form's help text or a teaser list next to the story looks like
        // prose, and the dev pages hold too few of them to show the risk, so additions need AdditionMargin more F1.
        var best = grid.OrderByDescending(g => g.Score.F1).ThenByDescending(g => g.Other).ThenBy(g => g.Kept).First();
        var dropOnly = grid.Where(g => g.Other > 1).OrderByDescending(g => g.Score.F1).ThenBy(g => g.Kept).First();
        if (best.Score.F1 < dropOnly.Score.F1 + AdditionMargin) best = dropOnly;
        var scorer = new HtmlBlockScorer(calibrated, best.Kept, best.Other);
        var report = Describe(scorer, pages, grid);
        log.Write(report);
        var ci = CultureInfo.InvariantCulture;
        var card = $"""
            # HTML block scorer (`{ModelNames.FileName(Name)}`)

            Decides, block by block, which parts of a web page are the story. The hand rules of `Ingest/Html/MainContentExtractor`
            run first; every block of the page (after inert elements and named furniture are removed) is then scored by a binary
            averaged perceptron over language-neutral features (`{HtmlBlockFeatures.Name}`, `Ingest/Html/HtmlBlockFeatures.cs`):
            length, link density, sentence ends, commas, digits, tag and two ancestor tags, depth, position, class/id hints of
            the element and its ancestors, landmark ancestors (header, footer, nav, article ...), the readability score of the
            nearest scored ancestor against the best block's, whether the hand rules kept the block, kept its neighbours, and how
            far it is from the text they kept; every feature is also paired with the rules' decision. Blocks whose calibrated
            probability of being content reaches the threshold are kept and written through the rules' clean-up passes.

            - Data: {scorer.Classifier.Training.Data}. Labels (`Learning/Training/HtmlBlockLabeler.cs`): a block holding, lying
              inside or running into (at least {HtmlBlockLabeler.MinOverlap} characters) a `with` passage is content, a `without`
              passage boilerplate; blocks touched by neither or both are not trained on.
            - Examples: {scorer.Classifier.Training.Examples} blocks, epochs {Options.Epochs}, seed {Options.Seed}, 2^{HashBits} slots,
              temperature {scorer.Classifier.Temperature.ToString("0.###", ci)} (fit on dev-part blocks).
            - Thresholds: a block the rules kept stays at a probability of {best.Kept.ToString("0.00", ci)} or more; a block they left out
              is added at {best.Other.ToString("0.00", ci)} or more (above 1: never). The pair with the best passage F1 on the dev-part
              pages (never trained on), from a grid of {KeptThresholds.Count} x {OtherThresholds.Count}; adding blocks must beat the best
              drop-only choice by {AdditionMargin.ToString("0.000", ci)} F1, since text the rules left out (a form's help lines, a teaser
              list) can look like prose and the dev pages hold too few such cases to show the risk.
            - Test-part pages are never read by training. Rebuild: `newsdigest train --model html`; score: `newsdigest eval models --model html`
              and `newsdigest eval html --split dev-part|test [--rules]`.

            ## Scores (dev part: {devPages.Count} pages the model was not trained on)

            ```
            {report.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(scorer.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, HtmlBlockScorer.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var pages = Pages(inputs, log);
        var grid = Grid(model.Value.Classifier, pages.Where(p => p.Part == DataSplit.Part.Dev).ToList());
        return ModelResult<string>.Ok(Describe(model.Value, pages, grid));
    }

    private static List<HtmlBlockPage> Pages(TrainingInputs inputs, TextWriter log) =>
        HtmlBlockPages.Read(HtmlBlockPages.BenchmarkDirectory(inputs.Shared), HashBits, new HashSet<DataSplit.Part> { DataSplit.Part.Train, DataSplit.Part.Dev }, log);

    /// <summary>The labelled blocks of the pages as training examples (content 1, boilerplate 0); unknown blocks are left out.</summary>
    internal static List<LabeledExample> Examples(IEnumerable<HtmlBlockPage> pages)
    {
        var examples = new List<LabeledExample>();
        foreach (var page in pages)
            for (int i = 0; i < page.Labels.Length; i++)
                if (page.Labels[i] != BlockLabel.Unknown) examples.Add(new LabeledExample(page.Slots[i], page.Labels[i] == BlockLabel.Content ? 1 : 0));
        return examples;
    }

    private static List<(double Kept, double Other, PassageScore Score)> Grid(LinearClassifier model, IReadOnlyList<HtmlBlockPage> pages) =>
        KeptThresholds.SelectMany(k => OtherThresholds.Select(o => (k, o, PassageScoreAt(new HtmlBlockScorer(model, k, o), pages)))).ToList();

    /// <summary>The benchmark's passage score over the pages with the blocks the scorer keeps.</summary>
    private static PassageScore PassageScoreAt(HtmlBlockScorer scorer, IReadOnlyList<HtmlBlockPage> pages)
    {
        var total = default(PassageScore);
        foreach (var page in pages) total += PassageScore.Of(string.Join("\n\n", TextAt(scorer, page)), page.Case);
        return total;
    }

    private static IReadOnlyList<string> TextAt(HtmlBlockScorer scorer, HtmlBlockPage page)
    {
        if (page.Blocks is null) return page.RulesText;
        var keep = new bool[page.Blocks.Count];
        Span<double> p = stackalloc double[2];
        for (int i = 0; i < keep.Length; i++)
        {
            scorer.Classifier.Probabilities(page.Slots[i], p);
            keep[i] = scorer.Keeps(p[1], page.RulesKept[i]);
        }
        var text = PageBlocks.Assemble(page.RulesText, page.Blocks, page.RulesIndex, keep);
        return text.Count > 0 ? text : page.RulesText;
    }

    private static string Describe(HtmlBlockScorer scorer, List<HtmlBlockPage> pages, IReadOnlyList<(double Kept, double Other, PassageScore Score)> grid)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        Span<double> p = stackalloc double[2];
        foreach (var part in new[] { DataSplit.Part.Dev, DataSplit.Part.Train })
        {
            var these = pages.Where(p => p.Part == part).ToList();
            var rules = default(PassageScore);
            foreach (var page in these) rules += PassageScore.Of(string.Join("\n\n", page.RulesText), page.Case);
            var model = PassageScoreAt(scorer, these);
            int blocks = 0, modelRight = 0, rulesRight = 0;
            foreach (var page in these)
            {
                if (page.Blocks is null) continue;
                for (int i = 0; i < page.Labels.Length; i++)
                {
                    if (page.Labels[i] == BlockLabel.Unknown) continue;
                    bool content = page.Labels[i] == BlockLabel.Content;
                    scorer.Classifier.Probabilities(page.Slots[i], p);
                    blocks++;
                    if (scorer.Keeps(p[1], page.RulesKept[i]) == content) modelRight++;
                    if (page.RulesKept[i] == content) rulesRight++;
                }
            }
            string name = part == DataSplit.Part.Dev ? "dev part (held out from training)" : "train part (trained on)";
            sb.AppendLine(string.Create(ci, $"{name}, {these.Count} pages: hand rules P {rules.Precision:0.0000} R {rules.Recall:0.0000} F1 {rules.F1:0.0000}; with the block scorer P {model.Precision:0.0000} R {model.Recall:0.0000} F1 {model.F1:0.0000}"));
            sb.AppendLine(string.Create(ci, $"  labelled blocks {blocks}: right by the scorer {(double)modelRight / Math.Max(1, blocks):0.000}, by the hand rules {(double)rulesRight / Math.Max(1, blocks):0.000}"));
        }
        sb.AppendLine("dev-part passage F1 by threshold for kept blocks (rows) and for the others (columns " + string.Join(" ", OtherThresholds.Select(o => o.ToString("0.00", ci))) + "):");
        foreach (var row in grid.GroupBy(g => g.Kept))
            sb.AppendLine(string.Create(ci, $"  {row.Key:0.00}: ") + string.Join(" ", row.Select(g => g.Score.F1.ToString("0.0000", ci))));
        return sb.ToString();
    }
}
