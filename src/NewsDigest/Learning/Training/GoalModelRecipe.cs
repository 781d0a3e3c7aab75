using NewsDigest.Learning.Metrics;
using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the goal-candidate check on the train split of the ESPN, premierleague.com and news gold reports and on written batches
/// 1, 2, 6, 7, 9 and 10; scores it, and goals P/R/F1 with and without a grid of policies, on the choosing sets: the dev split and written
/// batch 3. The test split is never read; batches 4 and 5 (and the sealed ones) are skipped before their text reaches a context.</summary>
public sealed class GoalModelRecipe : IModelRecipe
{
    public string Name => ModelNames.Goals;

    /// <summary>Written batches trained on; batch 3 is for choosing; the rest are kept from the project to judge it.</summary>
    public static readonly IReadOnlySet<string> TrainedBatches = new HashSet<string>(StringComparer.Ordinal)
        { "written1", "written2", "written6", "written7", "written8", "written9", "written10", "written11", "written12", "written13", "written14", "written16", "written20" };
    public const string ChoosingBatch = "written3";

    /// <summary>The largest fall of any choosing set's goals F1 a policy may cause and still be chosen.</summary>
    public const double MaxSetFall = 0.005;

    /// <summary>The thresholds the choosing grid tries, each per candidate and per player.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

    private const string DataDescription =
        "train split (DataSplit by id) of the ESPN and premierleague.com gold reports and of data/gold/news-gold.jsonl (test copies left out), plus data/written batches 1, 2, 6-14, 16 and 20";

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var sets = Examples(inputs);
        var train = sets.Where(s => s.Key.Trained).SelectMany(s => s.Value).Select(r => r.Example).Where(e => e.Candidates.Count > 0).ToList();
        log.WriteLine($"goals: {train.Count} training reports, {train.Sum(e => e.Candidates.Count)} candidates");
        var trainer = new GoalCandidateTrainer();
        var fitted = trainer.Fit(train, DataDescription);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scores = Describe(fitted.Value, sets);
        var c = fitted.Value.Classifier;
        var o = trainer.Options;
        int positives = train.Sum(e => e.Labels.Count(l => l));
        var card = $"""
            # Goal-candidate check (`{ModelNames.FileName(Name)}`)

            Scores every goal candidate the goal readers gather (a person a goal list or a sentence credits with a goal), just before the
            mentions of each goal are merged (`GoalExtractor`, `ExtractionModels.Goals`), as the chance that the person really scored a goal of
            this match. An L2-regularised logistic regression (`LogisticRegressionTrainer`, L2 {o.L2.ToString("0.#####", CultureInfo.InvariantCulture)}, {o.Epochs} epochs) over {GoalCandidateFeatures.Name}:
            three words each side of the name in its evidence line, cue words (a keeper beaten, a save, a cross or pass, a foul, a role, another
            time) by side and distance, the nearest goal word's side and distance and the cue words between it and the name, the sentence's
            words, the name's shape (words, capitals, a team's or venue's name holding it, a known non-player), how often the text names the
            person and how many candidates credit them, where the candidate came from (list, minute, penalty, own goal, again, count), where it
            stands (sentence index, share of the text, in a quote, in another match's passage), the pair's sides and other teams in the
            sentence, and how many people the sentence names. 2^{c.HashBits} slots.

            - Data: {c.Training.Data}.
            - Labels: a candidate is a scorer when its player matches the scorer of a gold goal of the report by the evaluator's name match
              (`SurnameMatch`: surname, accents folded); minutes are not this model's label. Reports whose gold goal list is incomplete are left out.
              Label noise: a player who scored in another match told in passing, or an earlier goal of the same scorer, is labelled a scorer
              when the same surname scores in this match; two players sharing a surname (or a surname key) share a label; a candidate whose
              name the readers cut ("Twice Charles", a headline verb kept) is labelled by its last word, so it may count as the scorer it names.
            - Examples: {c.Training.Examples} candidates ({positives} scorers) of {train.Count} reports, seed {c.Training.Seed}.
            - Use in extraction: policy {GoalCandidatePolicy.Chosen} (`GoalCandidatePolicy.Chosen`, chosen on the choosing sets from the grid
              `newsdigest eval models --model goals` prints: the policy with the largest summed F1 gain over the rules that lowers no choosing
              set's goals F1 by more than {MaxSetFall.ToString("0.000", CultureInfo.InvariantCulture)}; "off" when none gains). Without this file the rules run alone.
            - The P/R/F1 below are of the goals the consolidator makes of the candidates, scored as `eval extraction` scores them (scorer and
              exact minute); they leave out the later stages of a report's reading, so they differ from `eval extraction`'s figures, which
              decide: check a new policy there too (`eval extraction --split all`, never its test lines).
            - The trained sets' figures are not held out (the check fits them exactly).
            - Rebuild: `newsdigest train --model goals`; score: `newsdigest eval models --model goals`.

            ## Scores

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(fitted.Value.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelGoalCandidateCheck.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        return ModelResult<string>.Ok(Describe(model.Value, Examples(inputs)));
    }


    /// <summary>One report of a set: the candidates as read, with the gold to score the goals the consolidator makes of them.</summary>
    public sealed record ScoredReport(GoalCandidateExample Example, GoldReport Gold);

    /// <summary>Per set: candidates, share of scorers, accuracy at 0.5, the AUC (chance a scorer outranks a non-scorer), and goals P/R/F1 of
    /// the rules alone and under the chosen policy; then the grid of policies on the choosing sets and the one the procedure picks.</summary>
    private static string Describe(ModelGoalCandidateCheck model, Dictionary<SetKey, List<ScoredReport>> sets)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("set                   reports  cands  scorers  acc@0.5    AUC   rules P/R/F1          chosen policy P/R/F1");
        var scored = new Dictionary<SetKey, List<(ScoredReport R, double[] P)>>();
        foreach (var (key, reports) in sets.OrderBy(s => s.Key.Trained).ThenBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var withP = reports.Select(r => (r, model.Score(r.Example.Context, r.Example.Candidates))).ToList();
            scored[key] = withP;
            var pairs = withP.SelectMany(x => x.Item2.Select((p, i) => (P: p, Label: x.r.Example.Labels[i]))).ToList();
            int n = pairs.Count, pos = pairs.Count(x => x.Label);
            int right = pairs.Count(x => (x.P >= 0.5) == x.Label);
            var rules = Goals(withP, GoalCandidatePolicy.Off);
            var chosen = Goals(withP, GoalCandidatePolicy.Chosen);
            sb.AppendLine(string.Create(ci, $"{key.Name + (key.Trained ? " (trained)" : ""),-22}{withP.Count,7} {n,6} {Share(pos, n)} {Share(right, n)} {RankingAuc.Of(pairs):0.000}   {rules}   {chosen}"));
        }
        sb.AppendLine();
        sb.AppendLine("policy grid on the choosing sets (dev split and " + ChoosingBatch + "): goals F1 per set, and the summed change against the rules alone");
        var choosing = scored.Where(s => !s.Key.Trained).OrderBy(s => s.Key.Name, StringComparer.Ordinal).ToList();
        var baseline = choosing.Select(s => Goals(s.Value, GoalCandidatePolicy.Off).F1).ToList();
        sb.AppendLine("  rules alone: " + string.Join(", ", choosing.Select((s, i) => string.Create(ci, $"{s.Key.Name} {baseline[i]:0.000}"))));
        GoalCandidatePolicy best = GoalCandidatePolicy.Off;
        double bestGain = 0;
        foreach (bool byPlayer in new[] { true, false })
            foreach (double t in Thresholds)
            {
                var policy = new GoalCandidatePolicy(t, byPlayer);
                var f1 = choosing.Select(s => Goals(s.Value, policy).F1).ToList();
                double gain = f1.Select((f, i) => f - baseline[i]).Sum();
                bool allowed = f1.Select((f, i) => f - baseline[i]).All(d => d >= -MaxSetFall);
                if (allowed && gain > bestGain + 1e-9) { best = policy; bestGain = gain; }
                sb.AppendLine(string.Create(ci, $"  {policy,-18} {string.Join(", ", choosing.Select((s, i) => string.Create(ci, $"{s.Key.Name} {f1[i]:0.000}")))}  sum {gain:+0.000;-0.000;+0.000}{(allowed ? "" : "  (a set falls)")}"));
            }
        sb.AppendLine(string.Create(ci, $"  procedure's choice: {best} (summed gain {bestGain:+0.000;-0.000;+0.000}); in use: {GoalCandidatePolicy.Chosen}"));
        return sb.ToString();
    }

    /// <summary>Goals P/R/F1 of a set when the policy filters the candidates before the consolidator merges them, matched to the gold by
    /// the evaluator (scorer and exact minute; an unstated minute matches where the gold says the text states none).</summary>
    private static Prf Goals(List<(ScoredReport R, double[] P)> reports, GoalCandidatePolicy policy)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (r, p) in reports)
        {
            var candidates = r.Example.Candidates.ToList();
            ModelGoalCandidateCheck.Apply(policy, candidates, p);
            var goals = GoalConsolidator.Consolidate(r.Example.Context, candidates);
            var m = ExtractionEvaluator.MatchGoals(goals, r.Gold.Goals, 0, r.Gold.UnstatedMinutesMatch);
            tp += m.Tp; fp += m.Fp; fn += m.Fn;
        }
        return new Prf(tp, fp, fn);
    }

    private readonly record struct Prf(int Tp, int Fp, int Fn)
    {
        public double P => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
        public double R => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
        public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{P:0.000}/{R:0.000}/{F1:0.000}");
    }

    private static string Share(int k, int n) => (n == 0 ? 0.0 : (double)k / n).ToString("0.000", CultureInfo.InvariantCulture).PadLeft(8);

    /// <summary>Every report whose gold goal list is complete, by set: "espn/train" ... and the trained written batches (trained), "espn/dev"
    /// ... and "written3" (choosing). Test-split reports, test copies and unlisted written batches are skipped before their text is read
    /// into a context. The reports are read with the project's other models (the score ranker) as `extract` reads them.</summary>
    public static Dictionary<SetKey, List<ScoredReport>> Examples(TrainingInputs inputs)
    {
        var readers = new GoldReaders(inputs.RepositoryRoot, inputs.Shared.Root);
        var models = ModelLoader.Load(inputs.ModelsDirectory).Models with { Goals = null };
        var cases = GoldSets.Cases(readers, TrainedBatches, ChoosingBatch, goalsComplete: true);
        var read = new ScoredReport[cases.Count];
        Parallel.For(0, cases.Count, i => read[i] = Read(cases[i].Case, models));
        var sets = new Dictionary<SetKey, List<ScoredReport>>();
        for (int i = 0; i < cases.Count; i++)
        {
            if (!sets.TryGetValue(cases[i].Key, out var list)) sets[cases[i].Key] = list = [];
            list.Add(read[i]);
        }
        return sets;
    }

    /// <summary>The report read by the pipeline's extractors as far as the goals, with the candidates the goal readers gathered, labelled.</summary>
    public static ScoredReport Read(GoldCase c, ExtractionModels models)
    {
        var recorder = new CandidateRecorder();
        var context = new ExtractionContext(c.Input ?? new Article(c.Id, c.Text));
        foreach (var extractor in DefaultPipeline.Extractors(models with { Goals = recorder }))
        {
            extractor.Extract(context);
            if (extractor is GoalExtractor) break;
        }
        var candidates = recorder.Seen;
        var labels = candidates.Select(x => c.Gold.Goals.Any(g => SurnameMatch.Same(x.Player, g.Player))).ToList();
        return new ScoredReport(new GoalCandidateExample(c.Id, context, labels) { Candidates = candidates }, c.Gold);
    }

    /// <summary>Keeps a copy of the candidates it is shown and removes none.</summary>
    private sealed class CandidateRecorder : IGoalCandidateCheck
    {
        public List<GoalCandidate> Seen { get; private set; } = [];

        public void Check(ExtractionContext context, List<GoalCandidate> candidates) => Seen = [.. candidates];
    }
}
