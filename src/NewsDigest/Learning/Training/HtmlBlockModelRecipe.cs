using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Trains the HTML block scorer on the blocks of the benchmark's train- and dev-part pages, labelled from their gold passages;
/// its temperature and thresholds are chosen by cross-validation over those pages (out-of-fold scores and passage F1), so
/// no single split's pages decide them. Test pages are never read.
/// </summary>
public sealed class HtmlBlockModelRecipe : IModelRecipe
{
    public const int HashBits = 16;
    public static readonly PerceptronOptions Options = new() { Epochs = 4, HashBits = HashBits, Seed = 20260105 };

    /// <summary>The boosted trees over the blocks' dense features, chosen by site-grouped out-of-fold F1 (see the model card).</summary>
    public static readonly BoostedTreesOptions TreeOptions = new()
    {
        Trees = 400, LearningRate = 0.03, MaxDepth = 4, MinLeafExamples = 30, L2 = 1, MaxBins = 64, RowSubsample = 0.7, FeatureSubsample = 0.7, Seed = 20260105,
    };

    /// <summary>The trees' share of the blended probability (the perceptron has the rest).</summary>
    public const double TreeWeight = 0.5;

    /// <summary>Thresholds tried for the blocks the rules kept: 0 keeps them all, as the rules do.</summary>
    public static readonly IReadOnlyList<double> KeptThresholds = Enumerable.Range(0, 15).Select(k => k / 20.0).ToArray();

    /// <summary>Thresholds tried for the blocks the rules left out: 1.01 adds none, as the rules do.</summary>
    public static readonly IReadOnlyList<double> OtherThresholds = [.. Enumerable.Range(10, 10).Select(k => k / 20.0), 1.01];

    /// <summary>How much more out-of-fold F1 (about five passages of the 2,328 expected) adding blocks must bring before the scorer adds any.</summary>
    public const double AdditionMargin = 0.002;

    public string Name => ModelNames.HtmlBlocks;

    /// <summary>How many folds the train and dev pages are cut into to choose the temperature and thresholds out of fold.</summary>
    public const int Folds = 5;

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var pages = Pages(inputs, log);
        if (pages.Count == 0) return ModelResult<TrainedModel>.Fail($"no pages read from {HtmlBlockPages.BenchmarkDirectory(inputs.Shared)}");
        var all = Examples(pages);
        log.WriteLine($"html: {all.Count} labelled blocks ({all.Count(e => e.Label == 1)} content) on {pages.Count} train and dev pages");
        var folded = CrossValidate(pages);
        if (!folded.IsSuccess) return folded.FailAs<TrainedModel>();
        var fitted = new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, Options).Fit(all,
            "blocks of the train- and dev-part pages of ../shared/html-benchmark (DataSplit by case id), labelled content or boilerplate by the gold passages they hold",
            HtmlBlockFeatures.Name);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var trees = new BoostedTreesTrainer(TreeOptions).Fit(DenseRows(pages));
        if (!trees.IsSuccess) return trees.FailAs<TrainedModel>();
        var bySite = CrossValidate(pages, SiteFoldOf);
        if (!bySite.IsSuccess) return bySite.FailAs<TrainedModel>();
        var (temperature, outOfFold) = folded.Value;
        var grid = Grid(outOfFold, pages);
        var best = Choose(grid);
        var scorer = new HtmlBlockScorer(fitted.Value.WithTemperature(temperature), best.Kept, best.Other, new BlockTrees(trees.Value, TreeWeight, Stacked: false));
        var report = Describe(scorer, pages, outOfFold, grid) + DescribeGeneralisation(scorer, pages, outOfFold, bySite.Value);
        log.Write(report);
        var ci = CultureInfo.InvariantCulture;
        var card = $"""
            # HTML block scorer (`{ModelNames.FileName(Name)}`)

            Decides, block by block, which parts of a web page are the story. The hand rules of `Ingest/Html/MainContentExtractor`
            run first; every block of the page (after inert elements and named furniture are removed) is then scored by a binary
            averaged perceptron over these features (`{HtmlBlockFeatures.Name}`, `Ingest/Html/HtmlBlockFeatures.cs`):
            length, link density, sentence ends, commas, digits, tag and two ancestor tags, depth, position, class/id hints of
            the element and its ancestors, landmark ancestors (header, footer, nav, article ...), the readability score of the
            nearest scored ancestor against the best block's, where the block sits in the tree relative to the rules' best block
            (inside it, a sibling, a cousin ...), whether the hand rules kept the block, kept its neighbours, how far it is
            from the text they kept, and its lower-cased words (all of a short block's, the first and last 120 characters' of a
            long one: furniture written as prose, "follow us on", "download our app", says so in words); every feature is also
            paired with the rules' decision. Beside it, gradient-boosted trees (`Learning/Trees`, {TreeOptions.Trees} trees of depth
            {TreeOptions.MaxDepth}, learning rate {TreeOptions.LearningRate.ToString("0.###", ci)}, at least {TreeOptions.MinLeafExamples} blocks a leaf, L2 {TreeOptions.L2.ToString("0.###", ci)}, {TreeOptions.MaxBins} bins,
            {TreeOptions.RowSubsample.ToString("0.##", ci)} of the rows and {TreeOptions.FeatureSubsample.ToString("0.##", ci)} of the features per tree, seed {TreeOptions.Seed}) read the same numbers unbucketed
            (`{HtmlBlockDenseFeatures.Name}`, `Ingest/Html/HtmlBlockDenseFeatures.cs`, {HtmlBlockDenseFeatures.Count} features), where they find the
            interactions (a long block dense with links, a short block inside the story's container) that the linear model sees
            only through hand-made pairs; the block's probability is {TreeWeight.ToString("0.0#", ci)} x the trees' + {(1 - TreeWeight).ToString("0.0#", ci)} x the perceptron's.
            Blocks whose probability of being content reaches the threshold for their case (kept by the rules or not) are kept.

            - Data: {scorer.Classifier.Training.Data}. Labels (`Learning/Training/HtmlBlockLabeler.cs`): a block holding, lying
              inside or running into (at least {HtmlBlockLabeler.MinOverlap} characters) a `with` passage is content, a `without`
              passage boilerplate; blocks touched by neither or both are not trained on.
            - Examples: {scorer.Classifier.Training.Examples} blocks, epochs {Options.Epochs}, seed {Options.Seed}, 2^{HashBits} slots.
            - The trees split most on: {TopSplits(trees.Value)}.
            - Settings chosen by {Folds}-fold cross-validation over the {pages.Count} train and dev pages (folds by a hash of the case id):
              each fold's pages are scored by a perceptron and trees trained on the other folds; the perceptron's temperature
              ({temperature.ToString("0.###", ci)}) minimises the log-loss of these out-of-fold scores and the thresholds give the best
              out-of-fold passage F1. A block the rules kept stays at a probability of {best.Kept.ToString("0.00", ci)} or more; a block
              they left out is added at {best.Other.ToString("0.00", ci)} or more (above 1: never), from a grid of
              {KeptThresholds.Count} x {OtherThresholds.Count}; adding blocks must beat the best drop-only choice by
              {AdditionMargin.ToString("0.000", ci)} F1, since text the rules left out (a form's help lines, a teaser list) can look like prose.
              The model written is then trained on all of these pages with those settings.
            - Test-part pages are never read by training. Rebuild: `newsdigest train --model html`; score: `newsdigest eval models --model html`
              and `newsdigest eval html --split dev|test [--rules]` (`dev-part` and `dev` are now trained on: the fair figures on
              them are the out-of-fold ones below).

            ## Scores (out of fold: each page scored by a model that did not see it)

            ```
            {report.TrimEnd()}
            ```

            {HtmlBlockTreeChoice.Text}
            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(scorer.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, HtmlBlockScorer.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var pages = Pages(inputs, log);
        var folded = CrossValidate(pages);
        if (!folded.IsSuccess) return folded.FailAs<string>();
        var bySite = CrossValidate(pages, SiteFoldOf);
        if (!bySite.IsSuccess) return bySite.FailAs<string>();
        return ModelResult<string>.Ok(Describe(model.Value, pages, folded.Value.OutOfFold, Grid(folded.Value.OutOfFold, pages)) + DescribeGeneralisation(model.Value, pages, folded.Value.OutOfFold, bySite.Value));
    }

    /// <summary>The ten features the trees split on most, with how often.</summary>
    private static string TopSplits(BoostedTreesModel trees)
    {
        var counts = trees.SplitCounts();
        return string.Join(", ", Enumerable.Range(0, counts.Length).OrderByDescending(f => counts[f]).ThenBy(f => f).Take(10)
            .Select(f => $"{HtmlBlockDenseFeatures.Names[f]} ({counts[f]})"));
    }

    /// <summary>The fold of a page: a second byte of the same stable hash the split uses, so folds cut across train and dev alike.</summary>
    internal static int FoldOf(string id)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), hash);
        return hash[1] % Folds;
    }

    /// <summary>
    /// The fold of a page when folds are grouped by web site (<see cref="HtmlBenchmarkSite"/>): all pages of a site in one fold, so
    /// every page is scored by a model that met none of its site's templates.
    /// </summary>
    internal static int SiteFoldOf(HtmlBenchmarkCase page) => FoldOf("site:" + HtmlBenchmarkSite.Of(page.Key));

    /// <summary>
    /// Scores every block of every page with a model trained on the other folds' pages, and fits one temperature to these
    /// out-of-fold scores. The probabilities are null for pages without blocks.
    /// </summary>
    internal static ModelResult<HtmlBlockCrossValidation> CrossValidate(IReadOnlyList<HtmlBlockPage> pages) => CrossValidate(pages, c => FoldOf(c.Id));

    /// <summary>The same with the folds given by <paramref name="foldOf"/> (0 to Folds - 1).</summary>
    internal static ModelResult<HtmlBlockCrossValidation> CrossValidate(IReadOnlyList<HtmlBlockPage> pages, Func<HtmlBenchmarkCase, int> foldOf)
    {
        var folds = pages.Select(p => foldOf(p.Case)).ToArray();
        var scores = new float[pages.Count][][];
        var treeScores = new double[]?[pages.Count];
        for (int k = 0; k < Folds; k++)
        {
            var training = Examples(pages.Where((_, i) => folds[i] != k));
            var fitted = new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, Options).Fit(training, "fold", HtmlBlockFeatures.Name);
            if (!fitted.IsSuccess) return fitted.FailAs<HtmlBlockCrossValidation>();
            var trees = new BoostedTreesTrainer(TreeOptions).Fit(DenseRows(pages.Where((_, i) => folds[i] != k)));
            if (!trees.IsSuccess) return trees.FailAs<HtmlBlockCrossValidation>();
            for (int i = 0; i < pages.Count; i++)
            {
                if (folds[i] != k) continue;
                if (pages[i].Blocks is not null) treeScores[i] = pages[i].Dense.Select(row => trees.Value.Probability(row)).ToArray();
                scores[i] = pages[i].Slots.Select(slots =>
                {
                    var s = new float[HtmlBlockScorer.Labels.Count];
                    fitted.Value.Score(slots, s);
                    return s;
                }).ToArray();
            }
        }
        // The labelled blocks' scores and labels, for the temperature.
        var labelledScores = new List<float[]>();
        var labelled = new List<LabeledExample>();
        for (int i = 0; i < pages.Count; i++)
            for (int b = 0; b < pages[i].Labels.Length; b++)
                if (pages[i].Labels[b] != BlockLabel.Unknown)
                {
                    labelledScores.Add(scores[i][b]);
                    labelled.Add(new LabeledExample(pages[i].Slots[b], pages[i].Labels[b] == BlockLabel.Content ? 1 : 0));
                }
        double temperature = 1, bestLoss = double.PositiveInfinity;
        var scoreArray = labelledScores.ToArray();
        // The calibrator's log-spaced grid, over the out-of-fold scores of several models rather than one model's.
        for (int t = -40; t <= 60; t++)
        {
            double candidate = Math.Pow(10, t / 20.0);
            double loss = TemperatureCalibrator.LogLoss(scoreArray, labelled, candidate);
            if (loss < bestLoss) { bestLoss = loss; temperature = candidate; }
        }
        var probabilities = new double[]?[pages.Count];
        var p = new double[HtmlBlockScorer.Labels.Count];
        for (int i = 0; i < pages.Count; i++)
        {
            if (pages[i].Blocks is null) continue;
            probabilities[i] = scores[i].Select(s =>
            {
                Softmax.Fill(s, temperature, p);
                return p[1];
            }).ToArray();
        }
        // The blend with the trees, by the scorer's own formula.
        var blended = probabilities.Select((perceptron, i) => perceptron?.Select((x, b) => BlockTrees.Mix(TreeWeight, x, treeScores[i]![b])).ToArray()).ToArray();
        return ModelResult<HtmlBlockCrossValidation>.Ok(new HtmlBlockCrossValidation(temperature, blended) { PerceptronOutOfFold = probabilities, TreesOutOfFold = treeScores });
    }

    /// <summary>The labelled blocks of the pages as dense rows for the trees (content positive); unknown blocks are left out.</summary>
    internal static List<DenseExample> DenseRows(IEnumerable<HtmlBlockPage> pages)
    {
        var rows = new List<DenseExample>();
        foreach (var page in pages)
            for (int i = 0; i < page.Labels.Length; i++)
                if (page.Labels[i] != BlockLabel.Unknown) rows.Add(new DenseExample(page.Dense[i], page.Labels[i] == BlockLabel.Content));
        return rows;
    }

    /// <summary>
    /// The best F1; ties go to the fewest overrulings (the highest other-threshold, then the lowest kept-threshold). Adding blocks
    /// the rules left out must pay clearly: a form's help text or a teaser list next to the story looks like prose, and the pages
    /// hold few of them, so additions need AdditionMargin more F1.
    /// </summary>
    internal static (double Kept, double Other, PassageScore Score) Choose(IReadOnlyList<(double Kept, double Other, PassageScore Score)> grid)
    {
        var best = grid.OrderByDescending(g => g.Score.F1).ThenByDescending(g => g.Other).ThenBy(g => g.Kept).First();
        var dropOnly = grid.Where(g => g.Other > 1).OrderByDescending(g => g.Score.F1).ThenBy(g => g.Kept).First();
        return best.Score.F1 < dropOnly.Score.F1 + AdditionMargin ? dropOnly : best;
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

    internal static List<(double Kept, double Other, PassageScore Score)> Grid(double[]?[] probabilities, IReadOnlyList<HtmlBlockPage> pages) =>
        Grid(probabilities, pages, KeptThresholds, OtherThresholds);

    /// <summary>The passage score at every pair of these thresholds.</summary>
    internal static List<(double Kept, double Other, PassageScore Score)> Grid(double[]?[] probabilities, IReadOnlyList<HtmlBlockPage> pages, IReadOnlyList<double> kept, IReadOnlyList<double> other) =>
        kept.SelectMany(k => other.Select(o => (k, o, PassageScoreAt(k, o, probabilities, pages, _ => true)))).ToList();

    /// <summary>The benchmark's passage score over the chosen pages with the blocks kept at these thresholds.</summary>
    internal static PassageScore PassageScoreAt(double kept, double other, double[]?[] probabilities, IReadOnlyList<HtmlBlockPage> pages, Func<HtmlBlockPage, bool> chosen)
    {
        var total = default(PassageScore);
        for (int i = 0; i < pages.Count; i++)
            if (chosen(pages[i])) total += PassageScore.Of(string.Join("\n\n", TextAt(kept, other, probabilities[i], pages[i])), pages[i].Case);
        return total;
    }

    private static IReadOnlyList<string> TextAt(double kept, double other, double[]? probabilities, HtmlBlockPage page)
    {
        if (page.Blocks is null || probabilities is null) return page.RulesWhole;
        var keep = new bool[page.Blocks.Count];
        for (int i = 0; i < keep.Length; i++)
            keep[i] = probabilities[i] >= (page.RulesKept[i] ? kept : other) || (page.RulesKept[i] && i < page.InLiveCoverage.Length && page.InLiveCoverage[i]);
        var text = PageBlocks.Assemble(page.RulesText, page.Blocks, page.RulesIndex, keep);
        return text.Count > 0 ? page.WithStandfirst(text) : page.RulesWhole;
    }

    /// <summary>
    /// Where the passages are lost: a missed story passage that some block of the page holds was left out by the choice of
    /// blocks (the scorer could add it); one that no block holds went earlier, with furniture or inert elements, or runs
    /// across blocks. Leaked furniture is counted by whether the blocks the rules kept hold it.
    /// </summary>
    private static string Losses(string name, IReadOnlyList<HtmlBlockPage> pages, Func<int, HtmlBlockPage, IReadOnlyList<string>> textOf)
    {
        int missedInBlock = 0, missedNowhere = 0, leaked = 0, pagesMissing = 0, pagesLeaking = 0, noBlocks = 0;
        for (int i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            string text = PassageScore.Normalise(string.Join("\n\n", textOf(i, page)));
            if (page.Blocks is null) { noBlocks++; continue; }
            var blocks = page.Blocks.Select(PassageScore.Normalise).ToList();
            bool missing = false, leaking = false;
            foreach (var passage in page.Case.With.Select(PassageScore.Normalise))
            {
                if (text.Contains(passage, StringComparison.Ordinal)) continue;
                missing = true;
                if (blocks.Any(b => b.Contains(passage, StringComparison.Ordinal))) missedInBlock++;
                else missedNowhere++;
            }
            foreach (var passage in page.Case.Without.Select(PassageScore.Normalise))
                if (text.Contains(passage, StringComparison.Ordinal)) { leaked++; leaking = true; }
            if (missing) pagesMissing++;
            if (leaking) pagesLeaking++;
        }
        return $"  {name}: missed story passages held by a block left out {missedInBlock}, held by no single block {missedNowhere} ({pagesMissing} pages); leaked furniture passages {leaked} ({pagesLeaking} pages); pages read from scripts {noBlocks}";
    }

    /// <summary>The probabilities a model gives every block of the pages (null for pages without blocks).</summary>
    private static double[]?[] ProbabilitiesOf(LinearClassifier model, IReadOnlyList<HtmlBlockPage> pages)
    {
        var result = new double[]?[pages.Count];
        var p = new double[HtmlBlockScorer.Labels.Count];
        for (int i = 0; i < pages.Count; i++)
        {
            if (pages[i].Blocks is null) continue;
            result[i] = pages[i].Slots.Select(slots =>
            {
                model.Probabilities(slots, p);
                return p[1];
            }).ToArray();
        }
        return result;
    }

    /// <summary>Pages in the held-out test split (of the benchmark's 990): the sample size whose spread the bootstrap also shows.</summary>
    private const int TestSplitPages = 206;

    private const int BootstrapResamples = 1000;

    private const int BootstrapSeed = 20260105;

    /// <summary>
    /// How far the out-of-fold figures can be trusted to carry to new pages: the out-of-fold F1 with folds grouped by site (at
    /// the written model's thresholds, with that cross-validation's own temperature), and page-bootstrap intervals of the hand
    /// rules' and the scorer's F1 and of their difference, over all these pages and over samples the size of the test split.
    /// </summary>
    private static string DescribeGeneralisation(HtmlBlockScorer scorer, List<HtmlBlockPage> pages, double[]?[] outOfFold, HtmlBlockCrossValidation bySite)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        int sites = pages.Select(p => HtmlBenchmarkSite.Of(p.Case.Key)).Distinct(StringComparer.Ordinal).Count();
        var folded = PassageScoreAt(scorer.KeptThreshold, scorer.OtherThreshold, bySite.OutOfFold, pages, _ => true);
        var devPart = PassageScoreAt(scorer.KeptThreshold, scorer.OtherThreshold, bySite.OutOfFold, pages, p => p.Part == DataSplit.Part.Dev);
        sb.AppendLine(string.Create(ci, $"folds grouped by site ({sites} sites on {pages.Count} pages; a site's pages in one fold): block scorer out of fold P {folded.Precision:0.0000} R {folded.Recall:0.0000} F1 {folded.F1:0.0000}; dev part F1 {devPart.F1:0.0000}"));
        // Each part of the blend alone, at its own best thresholds over the same grid (chosen on these scores, so a little flattered, all alike).
        var alone = new (string Name, double[]?[] Probabilities)[] { ("perceptron alone", bySite.PerceptronOutOfFold), ("trees alone", bySite.TreesOutOfFold), ("blend", bySite.OutOfFold) };
        sb.AppendLine("  site folds, each at its own best thresholds: " + string.Join("; ", alone.Select(a =>
        {
            var best = Choose(Grid(a.Probabilities, pages));
            return string.Create(ci, $"{a.Name} F1 {best.Score.F1:0.0000} (kept >= {best.Kept:0.00}, others >= {best.Other:0.00})");
        })));
        var rules = pages.Select(p => PassageScore.Of(string.Join("\n\n", p.RulesWhole), p.Case)).ToList();
        var model = pages.Select((p, i) => PassageScore.Of(string.Join("\n\n", TextAt(scorer.KeptThreshold, scorer.OtherThreshold, outOfFold[i], p)), p.Case)).ToList();
        // By declared language: the hand rules were read mostly from German and English pages, and the scorer learns from them.
        var bySiteScores = pages.Select((p, i) => PassageScore.Of(string.Join("\n\n", TextAt(scorer.KeptThreshold, scorer.OtherThreshold, bySite.OutOfFold[i], p)), p.Case)).ToList();
        var groups = pages.Select(p => PageLanguageGroup.Of(p.Language)).ToList();
        sb.Append("by declared language (<html lang>): hand rules F1 / block scorer out of fold, page folds / site folds:");
        foreach (string group in PageLanguageGroup.All)
        {
            var idx = Enumerable.Range(0, pages.Count).Where(i => groups[i] == group).ToList();
            PassageScore Sum(List<PassageScore> scores) => idx.Aggregate(default(PassageScore), (total, i) => total + scores[i]);
            sb.Append(string.Create(ci, $" {group} ({idx.Count} pages) {Sum(rules).F1:0.0000} / {Sum(model).F1:0.0000} / {Sum(bySiteScores).F1:0.0000};"));
        }
        sb.Length--;
        sb.AppendLine();
        foreach (int size in new[] { pages.Count, TestSplitPages })
        {
            var r = PassageBootstrap.F1(rules, size, BootstrapResamples, BootstrapSeed);
            var m = PassageBootstrap.F1(model, size, BootstrapResamples, BootstrapSeed);
            var d = PassageBootstrap.F1(model, size, BootstrapResamples, BootstrapSeed, rules);
            sb.AppendLine(string.Create(ci, $"page bootstrap, samples of {size} pages ({BootstrapResamples} resamples, 95% interval): hand rules F1 {r.Low:0.0000} to {r.High:0.0000}; block scorer out of fold {m.Low:0.0000} to {m.High:0.0000}; scorer minus rules {d.Low:+0.0000;-0.0000} to {d.High:+0.0000;-0.0000}"));
        }
        return sb.ToString();
    }

    private static string Describe(HtmlBlockScorer scorer, List<HtmlBlockPage> pages, double[]?[] outOfFold, IReadOnlyList<(double Kept, double Other, PassageScore Score)> grid)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var inSample = ProbabilitiesOf(scorer.Classifier, pages);
        var parts = new (string Name, Func<HtmlBlockPage, bool> Chosen)[]
        {
            ("train and dev parts", _ => true),
            ("dev part", p => p.Part == DataSplit.Part.Dev),
            ("train part", p => p.Part == DataSplit.Part.Train),
        };
        foreach (var (name, chosen) in parts)
        {
            var rules = default(PassageScore);
            int count = 0;
            foreach (var page in pages.Where(chosen)) { rules += PassageScore.Of(string.Join("\n\n", page.RulesWhole), page.Case); count++; }
            var folded = PassageScoreAt(scorer.KeptThreshold, scorer.OtherThreshold, outOfFold, pages, chosen);
            var trained = PassageScoreAt(scorer.KeptThreshold, scorer.OtherThreshold, inSample, pages, chosen);
            int blocks = 0, modelRight = 0, rulesRight = 0;
            for (int i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                if (!chosen(page) || outOfFold[i] is not { } probabilities) continue;
                for (int b = 0; b < page.Labels.Length; b++)
                {
                    if (page.Labels[b] == BlockLabel.Unknown) continue;
                    bool content = page.Labels[b] == BlockLabel.Content;
                    blocks++;
                    if (scorer.Keeps(probabilities[b], page.RulesKept[b]) == content) modelRight++;
                    if (page.RulesKept[b] == content) rulesRight++;
                }
            }
            sb.AppendLine(string.Create(ci, $"{name}, {count} pages: hand rules P {rules.Precision:0.0000} R {rules.Recall:0.0000} F1 {rules.F1:0.0000}; block scorer out of fold P {folded.Precision:0.0000} R {folded.Recall:0.0000} F1 {folded.F1:0.0000} (the model written, trained on them: F1 {trained.F1:0.0000})"));
            sb.AppendLine(string.Create(ci, $"  labelled blocks {blocks}: right out of fold by the scorer {(double)modelRight / Math.Max(1, blocks):0.000}, by the hand rules {(double)rulesRight / Math.Max(1, blocks):0.000}"));
        }
        sb.AppendLine(Losses("hand rules", pages, (_, page) => page.RulesWhole));
        sb.AppendLine(Losses("block scorer out of fold", pages, (i, page) => TextAt(scorer.KeptThreshold, scorer.OtherThreshold, outOfFold[i], page)));
        sb.AppendLine("out-of-fold passage F1 by threshold for kept blocks (rows) and for the others (columns " + string.Join(" ", OtherThresholds.Select(o => o.ToString("0.00", ci))) + "):");
        foreach (var row in grid.GroupBy(g => g.Kept))
            sb.AppendLine(string.Create(ci, $"  {row.Key:0.00}: ") + string.Join(" ", row.Select(g => g.Score.F1.ToString("0.0000", ci))));
        return sb.ToString();
    }
}
