using System.Globalization;
using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Learning.Training;

// Session 18 experiment (reverted in the next commit; run with ND_HTML_EXP=1 newsdigest train --model html). Post-processing of out-of-fold block probabilities with the page's other blocks in view.
internal static class HtmlBlockContextExperiment
{
    delegate bool[] Chooser(HtmlBlockPage page, double[] p, double kept, double param);

    public static void TopK(string dir, List<HtmlBlockPage> pages0, TextWriter log)
    {
        var ci = CultureInfo.InvariantCulture;
        var parts = new HashSet<DataSplit.Part> { DataSplit.Part.Train, DataSplit.Part.Dev };
        var perRank = new List<List<PassageScore>>();
        for (int r = 0; r < 4; r++)
        {
            MainContentExtractor.ForceRank = r;
            var pages = r == 0 ? pages0 : HtmlBlockPages.Read(dir, HtmlBlockModelRecipe.HashBits, parts, TextWriter.Null);
            perRank.Add(pages.Select(pg => PassageScore.Of(string.Join("\n\n", pg.RulesWhole), pg.Case)).ToList());
        }
        MainContentExtractor.ForceRank = 0;
        {
            var oracle = default(PassageScore); int changed = 0, better = 0, worse = 0;
            for (int i = 0; i < pages0.Count; i++)
            {
                var a = perRank[0][i]; var m = perRank[3][i];
                int d = (m.TruePositives - m.FalsePositives) - (a.TruePositives - a.FalsePositives);
                if (m != a) changed++;
                if (d > 0) better++; if (d < 0) worse++;
                oracle += d > 0 ? m : a;
            }
            var merged = perRank[3].Aggregate(default(PassageScore), (x, y) => x + y);
            log.WriteLine(string.Create(ci, $"EXP merge: merged alone F1 {merged.F1:0.0000} (TP {merged.TruePositives} FN {merged.FalseNegatives} FP {merged.FalsePositives}), pages changed {changed}, better {better}, worse {worse}; oracle F1 {oracle.F1:0.0000} (TP {oracle.TruePositives} FN {oracle.FalseNegatives} FP {oracle.FalsePositives})"));
        }
        for (int k = 1; k <= 3; k++)
        {
            var oracle = default(PassageScore); int changed = 0;
            for (int i = 0; i < pages0.Count; i++)
            {
                var best = perRank[0][i];
                for (int r = 1; r < k; r++)
                {
                    var s = perRank[r][i];
                    if (s.TruePositives - s.FalsePositives > best.TruePositives - best.FalsePositives) { best = s; }
                }
                if (best != perRank[0][i]) changed++;
                oracle += best;
            }
            var rank = perRank[k - 1].Aggregate(default(PassageScore), (a, b) => a + b);
            log.WriteLine(string.Create(ci, $"EXP topk: rank {k - 1} alone F1 {rank.F1:0.0000} (TP {rank.TruePositives} FN {rank.FalseNegatives} FP {rank.FalsePositives}); oracle over top {k}: F1 {oracle.F1:0.0000} (TP {oracle.TruePositives} FN {oracle.FalseNegatives} FP {oracle.FalsePositives}), pages changed {changed}"));
        }
    }

    public static void Run(List<HtmlBlockPage> pages, TextWriter log)
    {
        var ci = CultureInfo.InvariantCulture;
        foreach (var (name, cv) in new[] { ("page", HtmlBlockModelRecipe.CrossValidate(pages)), ("site", HtmlBlockModelRecipe.CrossValidate(pages, HtmlBlockModelRecipe.SiteFoldOf)) })
        {
            var probs = cv.Value!.OutOfFold;
            Stack(name, pages, probs, cv.Value, log);
            Breakdown(name, pages, probs, log);
            var variants = new (string Name, double[] Params, Chooser Choose)[]
            {
                ("base", [0], (pg, p, k, _) => Base(pg, p, k)),
                ("smooth-all", [0.1, 0.2, 0.3, 0.4], (pg, p, k, a) => Base(pg, Smooth(p, a, null), k)),
                ("smooth-kept", [0.1, 0.2, 0.3, 0.4], (pg, p, k, a) => Base(pg, Smooth(p, a, pg.RulesKept), k)),
                ("gapfill", [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], (pg, p, k, o) => GapFill(pg, p, k, o)),
                ("isolated-drop", [0.65, 0.7, 0.75, 0.8, 0.85, 0.9], (pg, p, k, k2) => IsolatedDrop(pg, p, k, k2)),
                ("core-edge", [0.65, 0.7, 0.75, 0.8, 0.85, 0.9], (pg, p, k, k2) => CoreEdge(pg, p, k, k2)),
            };
            foreach (var v in variants)
            {
                var results = new List<string>();
                double bestF = 0; string bestAt = "";
                PassageScore bestS = default;
                foreach (double param in v.Params)
                    foreach (double kept in HtmlBlockModelRecipe.KeptThresholds)
                    {
                        var total = default(PassageScore);
                        for (int i = 0; i < pages.Count; i++)
                            total += PassageScore.Of(string.Join("\n\n", Text(pages[i], probs[i], kept, param, v.Choose)), pages[i].Case);
                        if (total.F1 > bestF) { bestF = total.F1; bestS = total; bestAt = string.Create(ci, $"kept {kept:0.00} param {param:0.00}"); }
                        if (Math.Abs(kept - 0.60) < 1e-9) results.Add(string.Create(ci, $"{param:0.00}:{total.F1:0.0000}"));
                    }
                log.WriteLine(string.Create(ci, $"EXP {name} {v.Name}: best F1 {bestF:0.0000} (TP {bestS.TruePositives} FN {bestS.FalseNegatives} FP {bestS.FalsePositives}) at {bestAt}; at kept 0.60: {string.Join(" ", results)}"));
            }
        }
    }

    const int StackCount = 16;

    static float[] StackRow(HtmlBlockPage pg, double[] p, int i, double[] perc, double[] trees)
    {
        var r = new float[StackCount];
        double Get(int j) => j >= 0 && j < p.Length ? p[j] : -1;
        float Kept(int j) => j >= 0 && j < p.Length ? (pg.RulesKept[j] ? 1 : 0) : -1;
        r[0] = (float)p[i]; r[1] = pg.RulesKept[i] ? 1 : 0;
        r[2] = (float)Get(i - 1); r[3] = (float)Get(i + 1); r[4] = (float)Get(i - 2); r[5] = (float)Get(i + 2);
        r[6] = Kept(i - 1); r[7] = Kept(i + 1);
        double maxKept = 0, sumKept = 0; int nKept = 0, rank = 0;
        for (int j = 0; j < p.Length; j++) { if (pg.RulesKept[j]) { maxKept = Math.Max(maxKept, p[j]); sumKept += p[j]; nKept++; } if (p[j] > p[i]) rank++; }
        r[8] = (float)maxKept; r[9] = nKept == 0 ? 0 : (float)(sumKept / nKept); r[10] = (float)rank / p.Length;
        r[11] = (float)Math.Log(1 + pg.Blocks![i].Length);
        int dist = p.Length; for (int j = 0; j < p.Length; j++) if (p[j] >= 0.9 && pg.Blocks[j].Length >= 150) dist = Math.Min(dist, Math.Abs(j - i));
        r[12] = dist; r[13] = (float)perc[i]; r[14] = (float)trees[i]; r[15] = (float)i / p.Length;
        return r;
    }

    static void Stack(string name, List<HtmlBlockPage> pages, double[]?[] probs, HtmlBlockCrossValidation cv, TextWriter log)
    {
        var ci = CultureInfo.InvariantCulture;
        var rows = new float[pages.Count][][];
        for (int i = 0; i < pages.Count; i++)
            if (probs[i] is { } p) rows[i] = Enumerable.Range(0, p.Length).Select(b => StackRow(pages[i], p, b, cv.PerceptronOutOfFold[i]!, cv.TreesOutOfFold[i]!)).ToArray();
        var folds = pages.Select(pg => name == "site" ? HtmlBlockModelRecipe.SiteFoldOf(pg.Case) : HtmlBlockModelRecipe.FoldOf(pg.Case.Id)).ToArray();
        var stacked = new double[]?[pages.Count];
        var opts = new NewsDigest.Learning.Trees.BoostedTreesOptions { Trees = 200, LearningRate = 0.05, MaxDepth = 3, MinLeafExamples = 30, L2 = 1, MaxBins = 64, RowSubsample = 0.7, FeatureSubsample = 0.8, Seed = 20260105 };
        for (int k = 0; k < HtmlBlockModelRecipe.Folds; k++)
        {
            var train = new List<NewsDigest.Learning.Trees.DenseExample>();
            for (int i = 0; i < pages.Count; i++)
                if (folds[i] != k && rows[i] is not null)
                    for (int b = 0; b < rows[i].Length; b++)
                        if (pages[i].Labels[b] != BlockLabel.Unknown) train.Add(new NewsDigest.Learning.Trees.DenseExample(rows[i][b], pages[i].Labels[b] == BlockLabel.Content));
            var model = new NewsDigest.Learning.Trees.BoostedTreesTrainer(opts).Fit(train).Value!;
            for (int i = 0; i < pages.Count; i++)
                if (folds[i] == k && rows[i] is not null) stacked[i] = rows[i].Select(r => model.Probability(r)).ToArray();
        }
        foreach (double mix in new[] { 1.0, 0.5 })
        {
            var finalP = probs.Select((p, i) => p?.Select((x, b) => mix * stacked[i]![b] + (1 - mix) * x).ToArray()).ToArray();
            var grid = HtmlBlockModelRecipe.Grid(finalP, pages);
            var best = HtmlBlockModelRecipe.Choose(grid);
            var any = grid.OrderByDescending(g => g.Score.F1).First();
            log.WriteLine(string.Create(ci, $"EXP {name} stacked-context mix {mix:0.0}: drop-only best F1 {best.Score.F1:0.0000} (TP {best.Score.TruePositives} FN {best.Score.FalseNegatives} FP {best.Score.FalsePositives}) kept {best.Kept:0.00}; with additions best F1 {any.Score.F1:0.0000} (TP {any.Score.TruePositives} FN {any.Score.FalseNegatives} FP {any.Score.FalsePositives}) kept {any.Kept:0.00} other {any.Other:0.00}"));
        }
    }

    static void Breakdown(string name, List<HtmlBlockPage> pages, double[]?[] probs, TextWriter log)
    {
        var leaks = new Dictionary<string, int>(); var misses = new Dictionary<string, int>();
        void Add(Dictionary<string, int> d, string key) => d[key] = d.GetValueOrDefault(key) + 1;
        foreach (var (pg, i) in pages.Select((pg, i) => (pg, i)))
        {
            string lang = PageLanguageGroup.Of(pg.Language);
            string source = pg.Case.Key.Contains("::", StringComparison.Ordinal) ? "hand-picked" : "url";
            var text = PassageScore.Normalise(string.Join("\n\n", Text(pg, probs[i], 0.60, 0, (q, p, k, _) => Base(q, p, k))));
            var blocks = pg.Blocks?.Select(PassageScore.Normalise).ToList();
            foreach (var w in pg.Case.With.Select(PassageScore.Normalise))
            {
                if (text.Contains(w, StringComparison.Ordinal)) continue;
                string cause = "nowhere";
                if (blocks is not null)
                {
                    int b = blocks.FindIndex(x => x.Contains(w, StringComparison.Ordinal));
                    if (b >= 0) cause = pg.RulesKept[b] ? "dropped-by-scorer" : "left-out-by-rules";
                }
                Add(misses, $"lang={lang}"); Add(misses, $"source={source}"); Add(misses, $"cause={cause}");
                Add(misses, $"len={(w.Length < 80 ? "<80" : w.Length < 200 ? "80-200" : ">=200")}");
            }
            foreach (var w in pg.Case.Without.Select(PassageScore.Normalise))
            {
                int at = text.IndexOf(w, StringComparison.Ordinal);
                if (at < 0) continue;
                double pos = (double)at / Math.Max(1, text.Length);
                Add(leaks, $"lang={lang}"); Add(leaks, $"source={source}");
                Add(leaks, $"pos={(pos < 0.2 ? "first-fifth" : pos > 0.8 ? "last-fifth" : "middle")}");
                Add(leaks, $"len={(w.Length < 80 ? "<80" : w.Length < 200 ? "80-200" : ">=200")}");
                if (blocks is not null)
                {
                    int b = blocks.FindIndex(x => x.Contains(w, StringComparison.Ordinal));
                    Add(leaks, b < 0 ? "block=none" : $"block={(blocks[b].Length < 200 ? "short<200" : blocks[b].Length < 800 ? "200-800" : ">=800")}");
                }
                else Add(leaks, "block=scripts");
            }
        }
        var pagesBy = pages.GroupBy(pg => PageLanguageGroup.Of(pg.Language)).ToDictionary(g => g.Key, g => g.Count());
        log.WriteLine($"EXP {name} pages by lang: " + string.Join(", ", pagesBy.Select(kv => $"{kv.Key} {kv.Value}")));
        log.WriteLine($"EXP {name} misses: " + string.Join(", ", misses.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
        log.WriteLine($"EXP {name} leaks: " + string.Join(", ", leaks.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")));
    }

    static IReadOnlyList<string> Text(HtmlBlockPage page, double[]? p, double kept, double param, Chooser choose)
    {
        if (page.Blocks is null || p is null) return page.RulesWhole;
        var keep = choose(page, p, kept, param);
        for (int i = 0; i < keep.Length; i++)
            if (page.RulesKept[i] && i < page.InLiveCoverage.Length && page.InLiveCoverage[i]) keep[i] = true;
        var text = PageBlocks.Assemble(page.RulesText, page.Blocks, page.RulesIndex, keep);
        return text.Count > 0 ? page.WithStandfirst(text) : page.RulesWhole;
    }

    static bool[] Base(HtmlBlockPage pg, double[] p, double k)
    {
        var keep = new bool[p.Length];
        for (int i = 0; i < p.Length; i++) keep[i] = pg.RulesKept[i] && p[i] >= k;
        return keep;
    }

    static double[] Smooth(double[] p, double a, bool[]? among)
    {
        var r = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            if (among is not null && !among[i]) { r[i] = p[i]; continue; }
            int prev = i - 1, next = i + 1;
            if (among is not null) { while (prev >= 0 && !among[prev]) prev--; while (next < p.Length && !among[next]) next++; }
            double sum = 0; int n = 0;
            if (prev >= 0) { sum += p[prev]; n++; }
            if (next < p.Length) { sum += p[next]; n++; }
            r[i] = n == 0 ? p[i] : (1 - a) * p[i] + a * sum / n;
        }
        return r;
    }

    static bool[] GapFill(HtmlBlockPage pg, double[] p, double k, double o)
    {
        var keep = Base(pg, p, k);
        var result = (bool[])keep.Clone();
        for (int i = 1; i + 1 < p.Length; i++)
            if (!pg.RulesKept[i] && keep[i - 1] && keep[i + 1] && p[i] >= o) result[i] = true;
        return result;
    }

    static bool[] IsolatedDrop(HtmlBlockPage pg, double[] p, double k, double k2)
    {
        var keep = Base(pg, p, k);
        var result = (bool[])keep.Clone();
        for (int i = 0; i < p.Length; i++)
            if (keep[i] && p[i] < k2 && (i == 0 || !keep[i - 1]) && (i + 1 >= p.Length || !keep[i + 1])) result[i] = false;
        return result;
    }

    static bool[] CoreEdge(HtmlBlockPage pg, double[] p, double k, double k2)
    {
        var keep = Base(pg, p, k);
        int first = -1, last = -1;
        for (int i = 0; i < p.Length; i++)
            if (keep[i] && p[i] >= 0.9 && pg.Blocks![i].Length >= 150) { if (first < 0) first = i; last = i; }
        if (first < 0) return keep;
        for (int i = 0; i < p.Length; i++)
            if (keep[i] && (i < first || i > last) && p[i] < k2) keep[i] = false;
        return keep;
    }
}
