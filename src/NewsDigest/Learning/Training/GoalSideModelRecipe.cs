using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the goal-side reader on the train split of the ESPN, premierleague.com and news gold reports and on the readable
/// written batches (1-3, 6, 7, 9-13 and 16); chooses its policy out of fold: each written batch scored by a reader trained without it, the
/// dev split by the reader trained on everything, the grid run on that pool. The test split is never read; batches 4 and 5 (and the
/// sealed ones) are skipped before their text reaches a context.</summary>
public sealed class GoalSideModelRecipe : IModelRecipe
{
    public string Name => ModelNames.GoalSides;

    /// <summary>Written batches trained on (each also scored out of fold to choose the policy); the rest are kept from the project to judge it.</summary>
    public static readonly IReadOnlySet<string> TrainedBatches = new HashSet<string>(StringComparer.Ordinal)
        { "written1", "written2", "written3", "written6", "written7", "written9", "written10", "written11", "written12", "written13", "written16" };

    /// <summary>No written batch is held out for choosing alone: every trained batch is scored out of fold instead.</summary>
    public const string ChoosingBatch = "";

    /// <summary>The most wrong sides a setting may add per right side it adds, filling and overruling counted apart: a wrong side misleads
    /// an editor more than a missing one.</summary>
    public const double MaxWrongPerRight = 1.0 / 3.0;

    /// <summary>What a wrong side costs against a right one in the choosing utility (right − cost × wrong): an editor checks a scoreline
    /// against the sides, so a wrong side is worse than none.</summary>
    public const double WrongCost = 2.0;

    /// <summary>The thresholds the grid tries for filling an empty side (the likelier side's probability) and for overruling the rules.</summary>
    public static readonly IReadOnlyList<double?> FillThresholds = [null, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
    public static readonly IReadOnlyList<double?> OverruleThresholds = [null, 0.8, 0.9, 0.95, 0.98];

    private const string DataDescription =
        "train split (DataSplit by id) of the ESPN and premierleague.com gold reports and of data/gold/news-gold.jsonl (test copies left out), plus data/written batches 1, 2, 3, 6, 7, 9, 10, 11, 12, 13 and 16";

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var sets = Examples(inputs);
        var train = sets.Where(s => s.Key.Trained).SelectMany(s => s.Value).ToList();
        log.WriteLine($"goalsides: {train.Count} training reports, {train.Sum(e => e.Labels.Count(l => l is not null))} labelled goals");
        var trainer = new GoalSideTrainer();
        var fitted = trainer.Fit(train, GoalSidePolicy.Off, DataDescription);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scored = Score(fitted.Value, sets);
        var pool = OutOfFold(fitted.Value, sets, log);
        var (policy, grid) = Choose(pool);
        var model = fitted.Value.With(policy);
        var scores = Describe(scored, policy) + Environment.NewLine + grid;
        var c = model.Classifier;
        var o = trainer.Options;
        var card = $"""
            # Goal-side reader (`{ModelNames.FileName(Name)}`)

            Gives every goal the extractor read the probability that it counted for the pair's first side, after every rule has credited
            what it can (`GoalExtractor`, then `GoalTeamsFromScoreExtractor` after the score); the policy stored
            in the file then fills the side of a goal the rules left without one, or overrules the rules' side, when it is confident enough
            (`GoalSideModelExtractor`, `ExtractionModels.GoalSides`). An L2-regularised logistic regression (`LogisticRegressionTrainer`,
            L2 {o.L2.ToString("0.#####", CultureInfo.InvariantCulture)}, {o.Epochs} epochs) over {GoalSideFeatures.Name}: the rules' side; the sides named in the goal's sentence and its
            neighbours, each with the words beside it and where it stands from the scorer; home and away words through the side the venue
            makes home; the side the player is known by (`PlayerTeams`) and the sides written within {40} characters of the player's other
            mentions; a running scoreline in the sentence; own goals learned apart; the opening's verdict with the goal's order; the other
            goals' sides; the score read so far and the goals it leaves each side. Sides are "first" and "second", never names. 2^{c.HashBits} slots.

            - Data: {c.Training.Data}.
            - Labels: a goal's side is its gold goal's team (the beneficiary of an own goal) when every gold goal of that scorer
              (`SurnameMatch`) names the same side of the pair (`TeamNameMatch`); reports whose pair the rules got wrong are left out.
              Label noise: a scorer of another match told in passing takes the side of a same-surname scorer of this one.
            - Examples: {c.Training.Examples / 2} goals of {train.Count} reports, each read twice (the pair as the report orders it and the
              other way round, the label flipped: {c.Training.Examples} examples), so every cue learns for both sides alike; seed {c.Training.Seed}.
            - Policy in use: {policy} (stored in the file), chosen out of fold: each readable written batch is scored by a reader trained on
              everything but that batch, the dev splits by the reader trained on everything; on that pool filling (a goal the rules left without a side)
              and overruling (a goal the rules credited) are chosen apart, each the loosest threshold of the grid below reached from the
              strictest by steps that each add at most one wrong side per three right ones ("never" when the first step fails).
              Without this file the rules run alone.
            - The trained sets' figures in the first table are not held out; the grid's pool is.
            - The lead retrains it after merging new goal readers (it reads their goals): `newsdigest train --model {Name}` is the one
              command; score: `newsdigest eval models --model {Name}`. Check the effect in `eval extraction` (goal sides, score), never its test lines.

            ## Scores

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(model.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelGoalSideReader.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var sets = Examples(inputs);
        var scored = Score(model.Value, sets);
        var (_, grid) = Choose(OutOfFold(model.Value, sets, log));
        return ModelResult<string>.Ok(Describe(scored, model.Value.Policy) + Environment.NewLine + grid);
    }

    /// <summary>Right, wrong and missing sides of a set's labelled goals.</summary>
    public readonly record struct SideCounts(int Right, int Wrong, int None)
    {
        public int Labelled => Right + Wrong + None;
        public double Utility => Right - WrongCost * Wrong;
        public SideCounts Add(SideCounts o) => new(Right + o.Right, Wrong + o.Wrong, None + o.None);
        public override string ToString() => Labelled == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{(double)Right / Labelled:0.000}/{(double)Wrong / Labelled:0.000}/{(double)None / Labelled:0.000}");
    }

    /// <summary>The sides a policy leaves on a set's labelled goals.</summary>
    public static SideCounts Count(IEnumerable<(GoalSideExample E, double[] P)> reports, GoalSidePolicy policy)
    {
        int right = 0, wrong = 0, none = 0;
        foreach (var (e, p) in reports)
        {
            var goals = e.Goals.ToList();
            ModelGoalSideReader.Apply(policy, e.Report, goals, p);
            for (int i = 0; i < goals.Count; i++)
            {
                if (e.Labels[i] is not { } first) continue;
                string side = GoalSideFeatures.SideOf(e.Pair, goals[i].Team);
                if (side is "none" or "other") none++;
                else if ((side == "F") == first) right++;
                else wrong++;
            }
        }
        return new SideCounts(right, wrong, none);
    }

    private static Dictionary<SetKey, List<(GoalSideExample E, double[] P)>> Score(ModelGoalSideReader model, Dictionary<SetKey, List<GoalSideExample>> sets) =>
        sets.ToDictionary(s => s.Key, s => s.Value.Select(e => (e, model.Probabilities(e.Report, e.Goals))).ToList());

    /// <summary>Per set: reports, labelled goals, the model's accuracy at 0.5 on them, and right/wrong/none shares of the rules alone and
    /// under <paramref name="policy"/>.</summary>
    private static string Describe(Dictionary<SetKey, List<(GoalSideExample E, double[] P)>> scored, GoalSidePolicy policy)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine($"policy: {policy}");
        sb.AppendLine("set                   reports  goals  labelled  acc@0.5  rules right/wrong/none  policy right/wrong/none");
        foreach (var (key, reports) in scored.OrderBy(s => s.Key.Trained).ThenBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            int goals = reports.Sum(r => r.E.Goals.Count), labelled = 0, right = 0;
            foreach (var (e, p) in reports)
                for (int i = 0; i < p.Length; i++)
                    if (e.Labels[i] is { } first) { labelled++; if ((p[i] >= 0.5) == first) right++; }
            sb.AppendLine(string.Create(ci, $"{key.Name + (key.Trained ? " (trained)" : ""),-22}{reports.Count,7} {goals,6} {labelled,9} {(labelled == 0 ? 0 : (double)right / labelled),8:0.000}  {Count(reports, GoalSidePolicy.Off),22}  {Count(reports, policy),23}"));
        }
        return sb.ToString();
    }

    /// <summary>The choosing pool: each trained written batch scored by a reader fitted without it, and the dev split's sets scored by
    /// <paramref name="all"/>, the reader fitted on every trained set.</summary>
    private static Dictionary<string, List<(GoalSideExample E, double[] P)>> OutOfFold(ModelGoalSideReader all, Dictionary<SetKey, List<GoalSideExample>> sets, TextWriter log)
    {
        var pool = new Dictionary<string, List<(GoalSideExample E, double[] P)>>(StringComparer.Ordinal);
        foreach (var (key, examples) in sets.Where(s => !s.Key.Trained).OrderBy(s => s.Key.Name, StringComparer.Ordinal))
            pool[key.Name] = examples.Select(e => (e, all.Probabilities(e.Report, e.Goals))).ToList();
        foreach (var batch in TrainedBatches.Where(b => sets.Keys.Any(k => k.Name == b)).Order(StringComparer.Ordinal))
        {
            var train = sets.Where(s => s.Key.Trained && s.Key.Name != batch).SelectMany(s => s.Value).ToList();
            var fitted = new GoalSideTrainer().Fit(train, GoalSidePolicy.Off, DataDescription + ", without " + batch);
            if (!fitted.IsSuccess) { log.WriteLine($"goalsides: out-of-fold fit without {batch} failed"); continue; }
            pool[batch + " (oof)"] = sets[new SetKey(batch, true)].Select(e => (e, fitted.Value.Probabilities(e.Report, e.Goals))).ToList();
        }
        return pool;
    }

    /// <summary>What a policy changes against the rules alone on labelled goals: sides filled right and wrong (the rules gave none) and
    /// sides overruled right and wrong (the rules gave one).</summary>
    public readonly record struct Changes(int FillRight, int FillWrong, int OverruleRight, int OverruleWrong)
    {
        public bool Allowed => FillWrong <= MaxWrongPerRight * FillRight + 1e-9 && OverruleWrong <= MaxWrongPerRight * OverruleRight + 1e-9;
    }

    public static Changes ChangesOf(IEnumerable<(GoalSideExample E, double[] P)> reports, GoalSidePolicy policy)
    {
        int fr = 0, fw = 0, or = 0, ow = 0;
        foreach (var (e, p) in reports)
        {
            var rules = e.Goals.ToList();
            var goals = e.Goals.ToList();
            ModelGoalSideReader.Apply(policy, e.Report, goals, p);
            for (int i = 0; i < goals.Count; i++)
            {
                if (e.Labels[i] is not { } first) continue;
                string before = GoalSideFeatures.SideOf(e.Pair, rules[i].Team), after = GoalSideFeatures.SideOf(e.Pair, goals[i].Team);
                if (before == after || after is "none" or "other") continue;
                bool right = (after == "F") == first;
                if (before is "none" or "other") { if (right) fr++; else fw++; }
                else if (right) or++;
                else ow++;
            }
        }
        return new Changes(fr, fw, or, ow);
    }

    /// <summary>The grid on the out-of-fold pool and the policy it picks: filling and overruling chosen apart, each the loosest threshold
    /// reached from the strictest by steps that each add at most one wrong side per three right ones; "never" when the first step fails.</summary>
    private static double? Loosest(IReadOnlyList<double?> thresholds, Func<double, (int Right, int Wrong)> added)
    {
        double? chosen = null;
        (int Right, int Wrong) before = (0, 0);
        foreach (var t in thresholds.Where(t => t is not null).Select(t => t!.Value).OrderDescending())
        {
            var now = added(t);
            int right = now.Right - before.Right, wrong = now.Wrong - before.Wrong;
            if (wrong > MaxWrongPerRight * right + 1e-9) break;
            if (right > 0 || wrong > 0) chosen = t;
            before = now;
        }
        return chosen;
    }

    /// <summary>The grid on the out-of-fold pool and the policy it picks: filling and overruling each the loosest threshold reached from
    /// the strictest by steps that each add at most one wrong side per three right ones (counted apart).</summary>
    private static (GoalSidePolicy Policy, string Grid) Choose(Dictionary<string, List<(GoalSideExample E, double[] P)>> pool)
    {
        var ci = CultureInfo.InvariantCulture;
        var all = pool.Values.SelectMany(v => v).ToList();
        var baseline = Count(all, GoalSidePolicy.Off);
        var sb = new StringBuilder();
        sb.AppendLine("choosing pool: each written batch out of fold, the dev split by the reader trained on all; rules alone right/wrong/none per set");
        sb.AppendLine("  " + string.Join(", ", pool.Select(s => { var c = Count(s.Value, GoalSidePolicy.Off); return $"{s.Key} {c.Right}/{c.Wrong}/{c.None}"; })));
        sb.AppendLine($"policy grid on the pool: pooled right/wrong/none, and the sides filled (+right/+wrong) and overruled (+right/+wrong) against the rules alone ({baseline.Right}/{baseline.Wrong}/{baseline.None})");
        foreach (var overrule in OverruleThresholds)
            foreach (var fill in FillThresholds)
            {
                var policy = new GoalSidePolicy(fill, overrule);
                var counts = Count(all, policy);
                var changes = ChangesOf(all, policy);
                sb.AppendLine(string.Create(ci, $"  {policy,-28} {counts.Right}/{counts.Wrong}/{counts.None}  fill +{changes.FillRight}/+{changes.FillWrong}  overrule +{changes.OverruleRight}/+{changes.OverruleWrong}{(changes.Allowed ? "" : "  (too many wrong)")}"));
            }
        // Each threshold, from the strictest, is taken only when the step to it adds at most one wrong side per three right ones.
        double? fillChoice = Loosest(FillThresholds, t => ChangesOf(all, new GoalSidePolicy(t, null)) is var c ? (c.FillRight, c.FillWrong) : default);
        double? overruleChoice = Loosest(OverruleThresholds, t => ChangesOf(all, new GoalSidePolicy(null, t)) is var c ? (c.OverruleRight, c.OverruleWrong) : default);
        var best = new GoalSidePolicy(fillChoice, overruleChoice);
        var bestCounts = Count(all, best);
        (int Right, int Wrong) bestKey = (bestCounts.Right, bestCounts.Wrong);
        sb.AppendLine($"  procedure's choice: {best} ({bestKey.Right} right, {bestKey.Wrong} wrong)");
        foreach (var (name, reports) in pool)
        {
            var c = Count(reports, best);
            sb.AppendLine($"  {name}: {c.Right}/{c.Wrong}/{c.None} under the choice");
        }
        return (best, sb.ToString());
    }

    /// <summary>Every report whose gold goal list is complete and whose pair the rules read right, by set: "espn/train" ... and the trained
    /// written batches (trained), "espn/dev" ... (choosing). Test-split reports, test copies and unlisted written batches are
    /// skipped before their text is read into a context. The reports are read with the project's other models, as `extract` reads them.</summary>
    public static Dictionary<SetKey, List<GoalSideExample>> Examples(TrainingInputs inputs)
    {
        var readers = new GoldReaders(inputs.RepositoryRoot, inputs.Shared.Root);
        var models = ModelLoader.Load(inputs.ModelsDirectory).Models with { GoalSides = null };
        var cases = GoldSets.Cases(readers, TrainedBatches, ChoosingBatch, goalsComplete: true);
        var read = new GoalSideExample?[cases.Count];
        Parallel.For(0, cases.Count, i => read[i] = Read(cases[i].Case, models));
        var sets = new Dictionary<SetKey, List<GoalSideExample>>();
        for (int i = 0; i < cases.Count; i++)
        {
            if (read[i] is not { } example) continue;
            if (!sets.TryGetValue(cases[i].Key, out var list)) sets[cases[i].Key] = list = [];
            list.Add(example);
        }
        return sets;
    }

    /// <summary>The report read by the pipeline's extractors as far as the goal-side reader (the goals, the score counted from them and
    /// the teams that score gives), with each goal's gold side; null when the rules read no
    /// pair or the wrong one.</summary>
    public static GoalSideExample? Read(GoldCase c, ExtractionModels models)
    {
        var context = new ExtractionContext(c.Input ?? new Article(c.Id, c.Text));
        foreach (var extractor in DefaultPipeline.Extractors(models with { GoalSides = null }))
        {
            extractor.Extract(context);
            if (extractor is GoalTeamsFromScoreExtractor) break;
        }
        if (context.Facts.Teams is not { } pair) return null;
        string home = GoldReaders.Canonical(c.Gold.Home), away = GoldReaders.Canonical(c.Gold.Away);
        if (!TeamNameMatch.SamePair(home, away, pair.First, pair.Second)) return null;
        var goals = context.Goals.ToList();
        return new GoalSideExample(c.Id, context, pair, goals, goals.Select(g => Label(c.Gold, home, away, pair.First, g.Player)).ToList());
    }

    /// <summary>True when every gold goal of the player counted for the pair's first side, false for the second; null when the gold has no
    /// goal of that player, gives no side, or gives both.</summary>
    internal static bool? Label(GoldReport gold, string home, string away, string first, string player)
    {
        bool homeFirst = TeamNameMatch.Same(home, first);
        bool? label = null;
        foreach (var g in gold.Goals)
        {
            if (!SurnameMatch.Same(player, g.Player)) continue;
            if (g.Team is not { } team) return null;
            var canonical = GoldReaders.Canonical(team);
            bool? isHome = TeamNameMatch.Same(canonical, home) || TeamNameMatch.Same(home, canonical) ? true
                : TeamNameMatch.Same(canonical, away) || TeamNameMatch.Same(away, canonical) ? false : null;
            if (isHome is not { } h) return null;
            bool side = h == homeFirst;
            if (label is { } l && l != side) return null;
            label = side;
        }
        return label;
    }
}
