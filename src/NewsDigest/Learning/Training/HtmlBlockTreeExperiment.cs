using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Compares, out of fold, ways of scoring blocks: the averaged perceptron over hashed features, boosted trees over the dense
/// features, trees stacked on the perceptron (its margin as one more feature, taken for training blocks from models that
/// did not see them) and blends of the two probabilities. Every variant is scored by the same cross-validation, folds given
/// by the caller, with its thresholds chosen on its own out-of-fold passage F1.
/// </summary>
internal static class HtmlBlockTreeExperiment
{
    private static readonly double[] KeptGrid = Enumerable.Range(0, 17).Select(k => k / 20.0).ToArray();
    private static readonly double[] OtherGrid = [0.6, 0.7, 0.8, 0.9, 1.01];
    private static readonly double[] BlendWeights = [0.4, 0.5, 0.6];

    /// <summary>One variant's out-of-fold result for one seed.</summary>
    public sealed record Row(string Variant, ulong Seed, double F1, double Kept, double Other, PassageScore Score);

    public static List<Row> Run(IReadOnlyList<HtmlBlockPage> pages, Func<HtmlBenchmarkCase, int> foldOf, IReadOnlyList<ulong> seeds, BoostedTreesOptions trees, TextWriter log)
    {
        var rows = new List<Row>();
        var folds = pages.Select(p => foldOf(p.Case)).ToArray();
        foreach (ulong seed in seeds)
        {
            var perceptron = HtmlBlockModelRecipe.Options with { Seed = seed };
            var treeOptions = trees with { Seed = seed };
            var margins = new double[]?[pages.Count];
            var treeAlone = new double[]?[pages.Count];
            var stacked = new double[]?[pages.Count];
            var stackedInnerMean = new double[]?[pages.Count];
            for (int k = 0; k < HtmlBlockModelRecipe.Folds; k++)
            {
                var outer = Enumerable.Range(0, pages.Count).Where(i => folds[i] != k).ToList();
                var model = FitPerceptron(pages, outer, perceptron);
                // Inner margins: each training page scored by a perceptron fit on the other training folds.
                var inner = new double[]?[pages.Count];
                var innerModels = new List<LinearClassifier>();
                for (int j = 0; j < HtmlBlockModelRecipe.Folds; j++)
                {
                    if (j == k) continue;
                    var innerModel = FitPerceptron(pages, outer.Where(i => folds[i] != j).ToList(), perceptron);
                    innerModels.Add(innerModel);
                    foreach (int i in outer.Where(i => folds[i] == j)) inner[i] = MarginsOf(innerModel, pages[i]);
                }
                var plain = new BoostedTreesTrainer(treeOptions).Fit(Rows(pages, outer, null)).Unwrap();
                var stack = new BoostedTreesTrainer(treeOptions).Fit(Rows(pages, outer, inner)).Unwrap();
                for (int i = 0; i < pages.Count; i++)
                {
                    if (folds[i] != k || pages[i].Blocks is null) continue;
                    var m = MarginsOf(model, pages[i]);
                    margins[i] = m;
                    treeAlone[i] = pages[i].Dense.Select(d => plain.Probability(d)).ToArray();
                    stacked[i] = pages[i].Dense.Select((d, b) => stack.Probability([.. d, (float)m[b]])).ToArray();
                    var mean = new double[m.Length];
                    foreach (var innerModel in innerModels)
                    {
                        var im = MarginsOf(innerModel, pages[i]);
                        for (int b = 0; b < mean.Length; b++) mean[b] += im[b] / innerModels.Count;
                    }
                    stackedInnerMean[i] = pages[i].Dense.Select((d, b) => stack.Probability([.. d, (float)mean[b]])).ToArray();
                }
            }
            double temperature = FitTemperature(pages, margins);
            var perceptronP = margins.Select(m => m?.Select(x => BoostedTreesModel.Logistic(x / temperature)).ToArray()).ToArray();
            rows.Add(Best("perceptron", seed, perceptronP, pages));
            rows.Add(Best("trees", seed, treeAlone, pages));
            rows.Add(Best("trees stacked on perceptron", seed, stacked, pages));
            rows.Add(Best("trees stacked, test margin from the inner models' mean", seed, stackedInnerMean, pages));
            var stackBlend = perceptronP.Select((p, i) => p?.Select((x, b) => 0.5 * stacked[i]![b] + 0.5 * x).ToArray()).ToArray();
            rows.Add(Best("blend 0.5 stacked trees + 0.5 perceptron", seed, stackBlend, pages));
            foreach (double w in BlendWeights)
            {
                var blend = perceptronP.Select((p, i) => p?.Select((x, b) => w * treeAlone[i]![b] + (1 - w) * x).ToArray()).ToArray();
                rows.Add(Best(string.Create(CultureInfo.InvariantCulture, $"blend {w:0.0} trees + {1 - w:0.0} perceptron"), seed, blend, pages));
            }
            foreach (var row in rows.Where(r => r.Seed == seed)) log.WriteLine(Describe(row));
        }
        return rows;
    }

    public static string Describe(Row row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Variant}, seed {row.Seed}: F1 {row.F1:0.0000} (P {row.Score.Precision:0.0000} R {row.Score.Recall:0.0000}) kept >= {row.Kept:0.00}, others >= {row.Other:0.00}");

    /// <summary>Per variant, the mean F1 over the seeds and the seeds' figures.</summary>
    public static string Summary(IReadOnlyList<Row> rows)
    {
        var sb = new StringBuilder();
        foreach (var group in rows.GroupBy(r => r.Variant))
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: mean F1 {group.Average(r => r.F1):0.0000} ({string.Join(" / ", group.Select(r => r.F1.ToString("0.0000", CultureInfo.InvariantCulture)))})"));
        return sb.ToString();
    }

    private static Row Best(string variant, ulong seed, double[]?[] probabilities, IReadOnlyList<HtmlBlockPage> pages)
    {
        var best = HtmlBlockModelRecipe.Choose(HtmlBlockModelRecipe.Grid(probabilities, pages, KeptGrid, OtherGrid));
        return new Row(variant, seed, best.Score.F1, best.Kept, best.Other, best.Score);
    }

    private static LinearClassifier FitPerceptron(IReadOnlyList<HtmlBlockPage> pages, List<int> chosen, PerceptronOptions options) =>
        new AveragedPerceptronTrainer(HtmlBlockScorer.Labels, options).Fit(HtmlBlockModelRecipe.Examples(chosen.Select(i => pages[i])), "fold", HtmlBlockFeatures.Name).Unwrap();

    /// <summary>The perceptron's margin (content score minus boilerplate score) for every block of the page.</summary>
    internal static double[] MarginsOf(LinearClassifier model, HtmlBlockPage page)
    {
        var s = new float[2];
        return page.Slots.Select(slots =>
        {
            model.Score(slots, s);
            return (double)(s[1] - s[0]);
        }).ToArray();
    }

    /// <summary>The labelled blocks of the chosen pages as dense rows, with the given margins as one more feature when there are any.</summary>
    private static List<DenseExample> Rows(IReadOnlyList<HtmlBlockPage> pages, List<int> chosen, double[]?[]? margins)
    {
        var rows = new List<DenseExample>();
        foreach (int i in chosen)
        {
            var page = pages[i];
            for (int b = 0; b < page.Labels.Length; b++)
            {
                if (page.Labels[b] == BlockLabel.Unknown) continue;
                float[] features = margins is null ? page.Dense[b] : [.. page.Dense[b], (float)margins[i]![b]];
                rows.Add(new DenseExample(features, page.Labels[b] == BlockLabel.Content));
            }
        }
        return rows;
    }

    private static double FitTemperature(IReadOnlyList<HtmlBlockPage> pages, double[]?[] margins)
    {
        double best = 1, bestLoss = double.PositiveInfinity;
        for (int t = -40; t <= 60; t++)
        {
            double candidate = Math.Pow(10, t / 20.0), loss = 0;
            for (int i = 0; i < pages.Count; i++)
            {
                if (margins[i] is not { } m) continue;
                for (int b = 0; b < m.Length; b++)
                {
                    if (pages[i].Labels[b] == BlockLabel.Unknown) continue;
                    double p = Math.Clamp(BoostedTreesModel.Logistic(m[b] / candidate), 1e-12, 1 - 1e-12);
                    loss -= Math.Log(pages[i].Labels[b] == BlockLabel.Content ? p : 1 - p);
                }
            }
            if (loss < bestLoss) { bestLoss = loss; best = candidate; }
        }
        return best;
    }
}
