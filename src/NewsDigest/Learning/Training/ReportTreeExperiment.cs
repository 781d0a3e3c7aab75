using System.Globalization;
using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Session 10's comparison of tree settings and blend weights for the report classifier, by the recipe's held-out yes/no
/// decisions (out-of-fold training articles by <see cref="ReportCrossFitting"/>'s folds, and dev), the threshold refit on both
/// for every variant. The linear models are fit once per fold; each tree setting is fit on the same fold's rows.
/// </summary>
public static class ReportTreeExperiment
{
    public sealed record Variant(string Name, ReportTreeOptions Options);

    public static void Run(TrainingInputs inputs, IReadOnlyList<Variant> variants, IReadOnlyList<double> weights, string? cachePath, TextWriter log)
    {
        var ci = CultureInfo.InvariantCulture;
        var data = ReportTrainingData.Build(inputs.Shared, inputs.RepositoryRoot);
        var linear = new ReportClassifierTrainer(ReportClassifierTrainer.Defaults, ReportClassifierTrainer.SingleMatchDefaults);
        // Held-out order: out-of-fold articles fold by fold (as ReportCrossFitting lists them), then dev.
        var heldOut = new List<(ReportExample Example, int Fold)>();
        for (int fold = 0; fold < ReportCrossFitting.Folds; fold++)
            heldOut.AddRange(data.HandTrain.Where(e => ReportCrossFitting.FoldOf(e) == fold).Select(e => (e, fold)));
        int folded = heldOut.Count;
        heldOut.AddRange(data.HandDev.Select(e => (e, -1)));
        var isReport = heldOut.Select(h => h.Example.Kind == ReportKind.SingleMatchReport).ToArray();
        var baseProbabilities = ReadCache(cachePath, heldOut.Count) ?? LinearProbabilities(linear, data, heldOut, log);
        if (cachePath is not null && !File.Exists(cachePath)) File.WriteAllLines(cachePath, baseProbabilities.Select(p => p.ToString("R", ci)));
        log.WriteLine(Line("linear (as shipped)", baseProbabilities, isReport, folded));

        var trainWeakRows = new Dictionary<float, List<DenseExample>>();
        var heldOutRows = heldOut.Select(h => ReportDenseFeatures.Row(h.Example.Article)).ToArray();
        // Which training copies each fold leaves out (the held-out articles by reference, as ReportCrossFitting does).
        var foldOfCopy = new int[data.Train.Count];
        var foldOfArticle = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var (example, fold) in heldOut.Take(folded)) foldOfArticle[example.Article] = fold;
        for (int i = 0; i < data.Train.Count; i++) foldOfCopy[i] = foldOfArticle.TryGetValue(data.Train[i].Article, out int f) ? f : -1;
        foreach (var variant in variants)
        {
            var started = DateTime.UtcNow;
            if (!trainWeakRows.TryGetValue(variant.Options.WeakLabelWeight, out var rows))
                trainWeakRows[variant.Options.WeakLabelWeight] = rows = ReportTreeTrainer.Rows(data.Train, variant.Options.WeakLabelWeight);
            var treeProbabilities = new double[heldOut.Count];
            for (int fold = -1; fold < ReportCrossFitting.Folds; fold++)
            {
                // fold -1: the full training data, scored on dev.
                var rest = fold < 0 ? rows : rows.Where((_, i) => foldOfCopy[i] != fold).ToList();
                var trees = new ReportTreeTrainer(variant.Options).Fit(rest);
                if (!trees.IsSuccess) { log.WriteLine($"{variant.Name}: {trees.Error}"); return; }
                for (int h = 0; h < heldOut.Count; h++)
                    if (heldOut[h].Fold == fold) treeProbabilities[h] = trees.Value.Model.Probability(heldOutRows[h]);
            }
            log.WriteLine(Line($"{variant.Name} trees alone", treeProbabilities, isReport, folded));
            foreach (double w in weights)
            {
                var blended = baseProbabilities.Select((p, h) => ReportTrees.Mix(w, p, treeProbabilities[h])).ToArray();
                log.WriteLine(Line(string.Create(ci, $"{variant.Name} blend {w:0.00}"), blended, isReport, folded));
            }
            log.WriteLine(string.Create(ci, $"  ({(DateTime.UtcNow - started).TotalSeconds:0} s)"));
        }
    }

    private static double[] LinearProbabilities(ReportClassifierTrainer linear, ReportTrainingData data, List<(ReportExample Example, int Fold)> heldOut, TextWriter log)
    {
        var result = new double[heldOut.Count];
        var outOfFold = ReportCrossFitting.OutOfFold(linear, data.Train, data.HandTrain, data.HandDev).Unwrap();
        for (int i = 0; i < outOfFold.Probabilities.Count; i++)
        {
            if (!ReferenceEquals(outOfFold.Examples[i], heldOut[i].Example)) throw new InvalidOperationException("held-out order differs from ReportCrossFitting's");
            result[i] = outOfFold.Probabilities[i];
        }
        var full = linear.Fit(data.Train, data.HandDev).Unwrap();
        for (int i = outOfFold.Probabilities.Count; i < heldOut.Count; i++) result[i] = full.SingleMatchProbability(heldOut[i].Example.Article);
        log.WriteLine("linear models fit");
        return result;
    }

    private static double[]? ReadCache(string? path, int count)
    {
        if (path is null || !File.Exists(path)) return null;
        var values = File.ReadAllLines(path).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        return values.Length == count ? values : null;
    }

    private static string Line(string name, double[] probabilities, bool[] isReport, int folded)
    {
        double threshold = SingleMatchThresholdFitter.Fit(probabilities, isReport);
        int oof = 0, dev = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            if ((probabilities[i] >= threshold) != isReport[i]) continue;
            if (i < folded) oof++; else dev++;
        }
        int devCount = probabilities.Length - folded;
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-40} threshold {threshold:0.00}: out-of-fold {oof}/{folded} {(double)oof / folded:0.000}, dev {dev}/{devCount} {(double)dev / devCount:0.000}, together {oof + dev}/{probabilities.Length} {(double)(oof + dev) / probabilities.Length:0.000}");
    }
}
