using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the goal-side reader on the train split of the ESPN, premierleague.com and news gold reports and on written batches
/// 1, 2, 6, 7, 9, 10, 12 and 13; chooses its policy from a grid on the choosing sets (the dev split and written batch 3). The test split is
/// never read; batches 4 and 5 (and the sealed ones) are skipped before their text reaches a context.</summary>
public sealed class GoalSideModelRecipe : IModelRecipe
{
    public string Name => ModelNames.GoalSides;

    /// <summary>Written batches trained on; batch 3 is for choosing; the rest are kept from the project to judge it.</summary>
    public static readonly IReadOnlySet<string> TrainedBatches = new HashSet<string>(StringComparer.Ordinal)
        { "written1", "written2", "written6", "written7", "written9", "written10", "written12", "written13" };
    public const string ChoosingBatch = "written3";

    /// <summary>What a wrong side costs against a right one in the choosing utility (right − cost × wrong): an editor checks a scoreline
    /// against the sides, so a wrong side is worse than none.</summary>
    public const double WrongCost = 2.0;

    /// <summary>The thresholds the grid tries for filling an empty side (the likelier side's probability) and for overruling the rules.</summary>
    public static readonly IReadOnlyList<double?> FillThresholds = [null, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
    public static readonly IReadOnlyList<double?> OverruleThresholds = [null, 0.8, 0.9, 0.95, 0.98];

    private const string DataDescription =
        "train split (DataSplit by id) of the ESPN and premierleague.com gold reports and of data/gold/news-gold.jsonl (test copies left out), plus data/written batches 1, 2, 6, 7, 9, 10, 12 and 13";

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var sets = Examples(inputs);
        var train = sets.Where(s => s.Key.Trained).SelectMany(s => s.Value).ToList();
        log.WriteLine($"goalsides: {train.Count} training reports, {train.Sum(e => e.Labels.Count(l => l is not null))} labelled goals");
        var trainer = new GoalSideTrainer();
        var fitted = trainer.Fit(train, GoalSidePolicy.Off, DataDescription);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scored = Score(fitted.Value, sets);
        var (policy, grid) = Choose(scored);
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
            - Policy in use: {policy} (stored in the file; chosen by the grid below on the choosing sets: the largest summed gain of
              right − {WrongCost.ToString("0", CultureInfo.InvariantCulture)} × wrong sides over the rules alone that lowers no choosing set's utility; "never" for both when none gains).
              Without this file the rules run alone.
            - The trained sets' figures are not held out.
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
        var scored = Score(model.Value, Examples(inputs));
        var (_, grid) = Choose(scored);
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

    /// <summary>The grid on the choosing sets and the policy it picks: the largest summed gain in right − <see cref="WrongCost"/> × wrong
    /// over the rules alone that lowers no choosing set's utility; <see cref="GoalSidePolicy.Off"/> when none gains.</summary>
    private static (GoalSidePolicy Policy, string Grid) Choose(Dictionary<SetKey, List<(GoalSideExample E, double[] P)>> scored)
    {
        var ci = CultureInfo.InvariantCulture;
        var choosing = scored.Where(s => !s.Key.Trained).OrderBy(s => s.Key.Name, StringComparer.Ordinal).ToList();
        var baseline = choosing.Select(s => Count(s.Value, GoalSidePolicy.Off)).ToList();
        var sb = new StringBuilder();
        sb.AppendLine($"policy grid on the choosing sets (dev split and {ChoosingBatch}): right/wrong/none per set, and the summed change of right − {WrongCost.ToString("0", ci)} × wrong");
        sb.AppendLine("  rules alone: " + string.Join(", ", choosing.Select((s, i) => $"{s.Key.Name} {baseline[i].Right}/{baseline[i].Wrong}/{baseline[i].None}")));
        var best = GoalSidePolicy.Off;
        double bestGain = 0;
        foreach (var overrule in OverruleThresholds)
            foreach (var fill in FillThresholds)
            {
                var policy = new GoalSidePolicy(fill, overrule);
                var counts = choosing.Select(s => Count(s.Value, policy)).ToList();
                var gains = counts.Select((c, i) => c.Utility - baseline[i].Utility).ToList();
                double gain = gains.Sum();
                bool allowed = gains.All(g => g >= -1e-9);
                if (allowed && gain > bestGain + 1e-9) { best = policy; bestGain = gain; }
                sb.AppendLine(string.Create(ci, $"  {policy,-28} {string.Join(", ", choosing.Select((s, i) => $"{s.Key.Name} {counts[i].Right}/{counts[i].Wrong}/{counts[i].None}"))}  sum {gain:+0.0;-0.0;+0.0}{(allowed ? "" : "  (a set falls)")}"));
            }
        sb.AppendLine(string.Create(ci, $"  procedure's choice: {best} (summed gain {bestGain:+0.0;-0.0;+0.0})"));
        return (best, sb.ToString());
    }

    /// <summary>Every report whose gold goal list is complete and whose pair the rules read right, by set: "espn/train" ... and the trained
    /// written batches (trained), "espn/dev" ... and "written3" (choosing). Test-split reports, test copies and unlisted written batches are
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
