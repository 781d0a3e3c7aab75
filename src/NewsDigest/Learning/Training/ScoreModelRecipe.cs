using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the score ranker on the train split of the ESPN, premierleague.com and news gold reports and on written batches 1, 2,
/// 6-14, 16 and 20; scores top-1 accuracy against the rules' choice on the dev split and on written batch 3, and what a supply gate would do
/// out of fold (each trained batch scored by the ranker trained without it). The test split is never read.</summary>
public sealed class ScoreModelRecipe : IModelRecipe
{
    public string Name => ModelNames.Score;

    /// <summary>Written batches trained on; later batches are for choosing (batch 3) or are kept from the project.</summary>
    public static readonly IReadOnlySet<string> TrainedBatches = new HashSet<string>(StringComparer.Ordinal)
        { "written1", "written2", "written6", "written7", "written8", "written9", "written10", "written11", "written12", "written13", "written14", "written16", "written20" };
    public const string ChoosingBatch = "written3";


    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var sets = Examples(inputs);
        var train = Trainable(sets.Where(s => s.Key.Trained).SelectMany(s => s.Value));
        log.WriteLine($"score: {train.Count} training reports, {train.Sum(e => e.Candidates.Count)} scorelines");
        var trainer = new ScoreRankerTrainer();
        var fitted = trainer.Fit(train, DataDescription);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scores = Describe(fitted.Value, sets);
        var pool = Pool(fitted.Value, sets);
        Study(pool, log);
        scores += Environment.NewLine + SupplyGrid(pool);
        var c = fitted.Value.Classifier;
        var o = trainer.Options;
        var card = $"""
            # Score ranker (`{ModelNames.FileName(Name)}`)

            Scores every scoreline a match report writes in figures ("2-1", "2–1", "2 - 1", "2:1", "(2-1)", in the headline and the text;
            `Extraction/Score/ScoreCandidates.cs`) as the chance that it is the match's final score. An L2-regularised logistic regression
            (`LogisticRegressionTrainer`, L2 {o.L2.ToString("0.#####", CultureInfo.InvariantCulture)}, {o.Epochs} epochs) over {ScoreFeatures.Name}: three words each side
            of the scoreline, cue words within eight words (penalties, shoot-out, aggregate, half-time, last season, outshot, shots,
            record, lead ...), the sentence's words, position (headline, sentence index, paragraph, share of the text), in a quote, in
            brackets, a third number after it ("19-2-1"), the pair's sides in its sentence and the nearest one's distance, a side written
            beside it, another team in the sentence and whether it is nearer, how often the same numbers recur and how many other scorelines
            come first, and whether the numbers are the rules' own choice. 2^{c.HashBits} slots.

            - Data: {c.Training.Data}.
            - Labels: a scoreline is "final" when its two numbers are the gold final score's, in either order. Reports whose gold score
              is written nowhere in figures are left out (nothing to rank); so are reports whose two teams the rules did not find.
              Label noise: an earlier meeting or a half-time score with the same numbers is labelled "final" too; it is kept, since
              choosing it still gives the right numbers, and the extractor aligns the numbers in the sentence the ranker scores highest.
            - Examples: {c.Training.Examples} ({c.Training.Examples / 2} reports, each twice: once with the rules' choice, once as if the rules
              had read none, so the ranker learns to rank without them; on the train split the rules are nearly always right, having been
              written from its errors), seed {c.Training.Seed}. Only reports whose score is written in figures are learnt from; the sets below hold
              every report whose two teams the rules found.
            - Supply (a score where the rules read none) stays off: out of fold (each trained written batch scored by the ranker trained
              without it, the dev split and batch 3 by this one) most such reports do not write their score in figures, and every gate
              fills about as many wrongly as rightly (the last lines below; session 22).
            - Use in extraction (`ScoreRankerPolicy`): {PolicyText()}. The rules then align the numbers with the pair
              (`ScoreOrientation`) in the sentence the ranker scores highest. Without this file the rules run alone.
            - Rebuild: `newsdigest train --model score`; score: `newsdigest eval models --model score`.

            ## Scores

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(fitted.Value.ToFile(), card));
    }

    private const string DataDescription =
        "train split (DataSplit by id) of the ESPN and premierleague.com gold reports and of data/gold/news-gold.jsonl (test copies left out), plus data/written batches 1, 2, 6-14, 16 and 20";

    private static string PolicyText()
    {
        var p = ScoreRankerPolicy.Chosen;
        var supply = p.Supply is { } s ? string.Create(CultureInfo.InvariantCulture, $"supplies a score when the rules read none and its best scoreline is at least {s:0.##} likely") : "never supplies a score the rules did not read";
        return string.Create(CultureInfo.InvariantCulture, $"{supply}; overrules the rules' scoreline when its best is at least {p.Overrule:0.##} likely and the rules' numbers below {p.Weak:0.##}");
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelScoreRanker.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        return ModelResult<string>.Ok(Describe(model.Value, Examples(inputs), grid: true));
    }


    /// <summary>Top-1 accuracy of the ranker against the rules on each set: the share of reports (teams found) whose chosen numbers are the
    /// gold's, in either order; "written" is the share whose gold numbers are written at all; "policy" is what extraction keeps.</summary>
    private static string Describe(ModelScoreRanker model, Dictionary<SetKey, List<ScoreExample>> sets, bool grid = false)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("set                   reports  written   rules  ranker  policy   (top-1, numbers in either order; reports whose two teams the rules found)");
        var scored = new Dictionary<SetKey, List<(ScoreExample E, double[] P)>>();
        foreach (var (key, examples) in sets.OrderBy(s => s.Key.Trained).ThenBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var withP = examples.Select(e => (e, model.Score(e.Context, e.Pair, e.Candidates, e.Rules))).ToList();
            scored[key] = withP;
            int n = withP.Count;
            int written = withP.Count(x => x.e.Candidates.Any(c => c.SameNumbers(x.e.Gold)));
            int rules = withP.Count(x => x.e.Rules is { } r && Same(r, x.e.Gold));
            int ranker = withP.Count(x => ModelScoreRanker.Best(x.Item2) is var b && b >= 0 && x.e.Candidates[b].SameNumbers(x.e.Gold));
            int policy = withP.Count(x => Policy(ScoreRankerPolicy.Chosen, x.e, x.Item2) is { } s && Same(s, x.e.Gold));
            sb.AppendLine(string.Create(ci, $"{key.Name + (key.Trained ? " (trained)" : ""),-22}{n,7}  {Share(written, n)} {Share(rules, n)} {Share(ranker, n)} {Share(policy, n)}"));
        }
        if (!grid) return sb.ToString();
        sb.AppendLine();
        sb.AppendLine("policy grid on the choosing sets (dev split and " + ChoosingBatch + "): supply overrule weak -> reports with the right numbers");
        var choosing = scored.Where(s => !s.Key.Trained).OrderBy(s => s.Key.Name, StringComparer.Ordinal).ToList();
        foreach (double? supply in new double?[] { 0.3, 0.5, 0.7, null })
            foreach (double overrule in new[] { 0.3, 0.4, 0.5, 0.7, 0.9 })
                foreach (double weak in new[] { 0.05, 0.1, 0.2, 0.3 })
                {
                    var p = new ScoreRankerPolicy(supply, overrule, weak);
                    var counts = choosing.Select(s => $"{s.Key.Name} {s.Value.Count(x => Policy(p, x.E, x.P) is { } sc && Same(sc, x.E.Gold))}");
                    sb.AppendLine(string.Create(ci, $"  {(supply is { } v ? v.ToString("0.00", ci) : "none")} {overrule:0.00} {weak:0.00} -> {string.Join(", ", counts)}"));
                }
        return sb.ToString();
    }

    private static Scoreline? Policy(ScoreRankerPolicy? policy, ScoreExample e, double[] p)
    {
        if (policy is null) return e.Rules;
        int chosen = policy.Choose(e.Candidates, p, e.Rules);
        return chosen >= 0 ? e.Candidates[chosen].Written : e.Rules;
    }

    private static bool Same(Scoreline a, Scoreline b) => (a.First == b.First && a.Second == b.Second) || (a.First == b.Second && a.Second == b.First);

    private static string Share(int k, int n) => (n == 0 ? 0.0 : (double)k / n).ToString("0.000", CultureInfo.InvariantCulture).PadLeft(7);

    /// <summary>Every usable report, by set: "espn/train" ... (train split, trained), the trained written batches, "espn/dev" ... and
    /// "written3" (choosing). Test-split reports are skipped before their text is read into a context.</summary>
    public static Dictionary<SetKey, List<ScoreExample>> Examples(TrainingInputs inputs)
    {
        var readers = new GoldReaders(inputs.RepositoryRoot, inputs.Shared.Root);
        var cases = readers.Espn().Concat(readers.PremierLeague()).Concat(readers.News()).Concat(readers.Written());
        var sets = new Dictionary<SetKey, List<ScoreExample>>();
        foreach (var c in cases)
        {
            if (GoldSets.Of(c, TrainedBatches, ChoosingBatch) is not { } key) continue;
            if (Example(c) is not { } example) continue;
            if (!sets.TryGetValue(key, out var list)) sets[key] = list = [];
            list.Add(example);
        }
        return sets;
    }

    /// <summary>The reports a ranker learns from, each twice: reports whose gold is not written in figures stay in the scored sets (the
    /// ranker can only miss them, and a supply policy must not fill them) but teach the ranker nothing.</summary>
    private static List<ScoreExample> Trainable(IEnumerable<ScoreExample> reports)
    {
        var train = reports.Where(e => e.Candidates.Any(c => c.SameNumbers(e.Gold))).ToList();
        // Each report a second time as if the rules had read nothing: on the train split the rules are nearly always right (they were
        // written from its errors), so without these copies the ranker would learn little but to follow them.
        train.AddRange(train.Select(e => e with { Rules = null }).ToList());
        return train;
    }

    /// <summary>One report of the out-of-fold pool: its set, the report, and its scorelines' scores by a ranker that never trained on it.</summary>
    public sealed record PooledReport(string Set, ScoreExample Example, double[] P);

    /// <summary>The pool a supply gate is chosen on: every trained written batch scored by the ranker trained on everything else (the gold
    /// train split and the other written batches), and the choosing sets (dev split, written batch 3) scored by <paramref name="full"/>.</summary>
    internal static List<PooledReport> Pool(ModelScoreRanker full, Dictionary<SetKey, List<ScoreExample>> sets)
    {
        var pool = new List<PooledReport>();
        foreach (var (key, reports) in sets.Where(s => s.Key.Trained && TrainedBatches.Contains(s.Key.Name)).OrderBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var train = Trainable(sets.Where(s => s.Key.Trained && s.Key.Name != key.Name).SelectMany(s => s.Value));
            var fold = new ScoreRankerTrainer().Fit(train, DataDescription);
            if (!fold.IsSuccess) continue;
            pool.AddRange(reports.Select(e => new PooledReport(key.Name, e, fold.Value.Score(e.Context, e.Pair, e.Candidates, e.Rules))));
        }
        foreach (var (key, reports) in sets.Where(s => !s.Key.Trained).OrderBy(s => s.Key.Name, StringComparer.Ordinal))
            pool.AddRange(reports.Select(e => new PooledReport(key.Name, e, full.Score(e.Context, e.Pair, e.Candidates, e.Rules))));
        return pool;
    }

    /// <summary>Over the pool's reports where the rules read no score: how many a supply gate fills with the gold's numbers and how many with
    /// others; and what the overrule in use fixes and breaks out of fold.</summary>
    internal static string SupplyGrid(List<PooledReport> pool)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var none = pool.Where(x => x.Example.Rules is null).ToList();
        sb.AppendLine(string.Create(ci, $"out-of-fold pool: {pool.Count} reports (teams found); the rules read no score on {none.Count}, whose gold numbers are written in figures on {none.Count(x => x.Example.Candidates.Any(c => c.SameNumbers(x.Example.Gold)))}"));
        foreach (double supply in new[] { 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            var policy = ScoreRankerPolicy.Chosen with { Supply = supply };
            int right = 0, wrong = 0;
            foreach (var x in none)
                if (Policy(policy, x.Example, x.P) is { } s) { if (Same(s, x.Example.Gold)) right++; else wrong++; }
            sb.AppendLine(string.Create(ci, $"  supply >= {supply:0.00}: filled right {right,3}, wrong {wrong,3}"));
        }
        int fixedN = 0, broken = 0;
        foreach (var x in pool.Where(x => x.Example.Rules is not null))
        {
            bool before = Same(x.Example.Rules!.Value, x.Example.Gold), after = Policy(ScoreRankerPolicy.Chosen, x.Example, x.P) is { } s && Same(s, x.Example.Gold);
            if (!before && after) fixedN++;
            if (before && !after) broken++;
        }
        sb.AppendLine(string.Create(ci, $"  overrule in use: fixed {fixedN}, broken {broken}"));
        return sb.ToString();
    }

    /// <summary>The pool's no-score reports, with the ranker's best scoreline and the gold: what a supply gate would do, for the log.</summary>
    private static void Study(List<PooledReport> pool, TextWriter log)
    {
        foreach (var x in pool.Where(x => x.Example.Rules is null && x.Example.Candidates.Count > 0))
        {
            int best = ModelScoreRanker.Best(x.P);
            var c = x.Example.Candidates[best];
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"study {x.Set} {x.Example.Id}: gold {x.Example.Gold.First}-{x.Example.Gold.Second}; best {c.Written.First}-{c.Written.Second} {x.P[best]:0.00} of {x.Example.Candidates.Count}"));
        }
    }

    /// <summary>The report read as far as the score (teams, venue, the rules' score) with its written scorelines; null when the rules did
    /// not find the gold's two teams.</summary>
    public static ScoreExample? Example(GoldCase c)
    {
        var context = new ExtractionContext(c.Input ?? new Article(c.Id, c.Text));
        new NewsDigest.Extraction.Teams.TeamExtractor().Extract(context);
        new NewsDigest.Extraction.Venue.VenueExtractor().Extract(context);
        if (context.Facts.Teams is not { } pair) return null;
        string home = GoldReaders.Canonical(c.Gold.Home), away = GoldReaders.Canonical(c.Gold.Away);
        if (!TeamNameMatch.SamePair(home, away, pair.First, pair.Second)) return null;
        var rules = ScoreExtractor.ReadByRules(context)?.Score;
        return new ScoreExample(c.Id, context, pair, ScoreCandidates.Find(context), rules, new Scoreline(c.Gold.HomeScore, c.Gold.AwayScore));
    }
}
