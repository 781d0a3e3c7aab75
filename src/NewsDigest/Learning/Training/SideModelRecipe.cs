using NewsDigest.Learning.Metrics;
using System.Globalization;
using System.Text;
using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the side reader on the train split of the ESPN, premierleague.com and news gold reports and on written batches 1-3, 6, 7,
/// 9-13 and 16; scores it, and chooses the policy's correction gate out of fold: each written batch scored by the model trained without it,
/// pooled with the dev split scored by the model trained on all (<see cref="Pool"/>). The test split is never read; batches 4 and 5 (and the
/// sealed ones) are skipped before their text reaches a context.</summary>
public sealed class SideModelRecipe : IModelRecipe
{
    public string Name => ModelNames.Sides;

    /// <summary>Written batches trained on (every batch the project may read); the policy is chosen out of fold over them. The rest are kept
    /// from the project to judge it.</summary>
    public static readonly IReadOnlySet<string> TrainedBatches = new HashSet<string>(StringComparer.Ordinal)
        { "written1", "written2", "written3", "written6", "written7", "written9", "written10", "written11", "written12", "written13", "written16" };

    /// <summary>The fill thresholds the choosing grid tries (null: never fill).</summary>
    public static readonly IReadOnlyList<double?> FillThresholds = [null, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];

    private const string DataDescription =
        "train split (DataSplit by id) of the ESPN and premierleague.com gold reports and of data/gold/news-gold.jsonl (test copies left out), plus data/written batches 1, 2, 3, 6, 7, 9, 10, 11, 12, 13 and 16";

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var sets = Examples(inputs);
        var train = sets.Where(s => s.Key.Trained).SelectMany(s => s.Value).Select(r => r.Example).Where(e => e.Candidates.Count > 0).ToList();
        log.WriteLine($"sides: {train.Count} training reports, {train.Sum(e => e.Candidates.Count)} candidates");
        var trainer = new SideReaderTrainer();
        var fitted = trainer.Fit(train, DataDescription);
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var pool = Pool(fitted.Value, sets, DataDescription);
        Study(pool, log);
        var scores = Describe(fitted.Value, sets, pool);
        var c = fitted.Value.Classifier;
        var o = trainer.Options;
        int positives = train.Sum(e => e.Labels.Count(l => l));
        var card = $"""
            # Side reader (`{ModelNames.FileName(Name)}`)

            Scores every name a report could give as a side of its match (`SideCandidates`: the gazetteer's team mentions that are no
            player's, and capitalised runs where sides are named — the headline, the opening sentences, beside a scoreline, in "X v Y", after
            "against", "beat", "over", "hosted", "at", before a club word — minus person names; a short and a long form of one club are one
            candidate) as the chance that it is one of the two sides. Runs last in `TeamExtractor`, after the rules (`ExtractionModels.Sides`).
            An L2-regularised logistic regression (`LogisticRegressionTrainer`, L2 {o.L2.ToString("0.#####", CultureInfo.InvariantCulture)}, {o.Epochs} epochs) over {SideFeatures.Name}:
            where the name stands (headline and its rank there, first sentence, share of the text, rank of first naming), how often (count,
            rank, share of the top count), how many of its runs stand where sides are named, the words beside its first mentions (hashed), a
            scoreline or a result word beside it, its shape (words, a club word first or last, capitals), the gazetteer's kind (club, nation,
            unknown), mentions the player filter left out, mentions after "former", "from", "loan", in quotes, in another match's passage or
            opening a sentence, and the mix of clubs and nations named twice or more. 2^{c.HashBits} slots.
            The name's own words are not features, nor is the rules' pair: the reader reads the sides from the text alone.

            - Data: {c.Training.Data}.
            - Labels: a candidate is a side when it names the gold home or away side by the evaluator's alias-tolerant match
              (`TeamNameMatch.Same`). Label noise: a candidate folded from a short and a long form may hold a form the gold does not.
            - Examples: {c.Training.Examples} candidates ({positives} sides) of {train.Count} reports, seed {c.Training.Seed}.
            - The pair: the two best candidates that are not one club, first named first (the headline's order, then the body's); a swapped
              side takes the rules' side's place, so the rules' order stays.
            - Use in extraction: policy "{SidePolicy.Chosen}" (`SidePolicy.Chosen`). Fill (the rules read no pair): the two best candidates
              when the better scores at least the fill and the other at least the second gate (session 19, the lead's gate, kept: see
              `SidePolicy.Chosen`). Correction (the rules read a pair): chosen **out of fold** over the readable written batches (each batch
              scored by the model trained without it) pooled with the dev split (scored by the model trained on all): the grid below counts,
              over that pool, pairs fixed, pairs broken, pairs changed from wrong to wrong, and no-pair reports filled right or wrong; a gate
              may break at most a third as many pairs as it fixes (a wrong side costs an editor more than a missing one), and of those the
              gate with the most pairs fixed net of those broken is chosen (ties: the one that changes fewer). The procedure's choice is
              printed last, among plain swaps and among swaps "named together" (the new side named in one body sentence with the kept
              side, and never when the rules' two sides stand in one sentence or the headline with a scoreline); the gate in use is set by
              hand in `SidePolicy.Chosen`: the guarded family, because over the archive's train/dev articles the plain swap broke as many
              round-up pairs as it fixed (see `SidePolicy.Chosen`).
              Checked in `eval extraction`. Candidates are gathered and scored only when the policy can act. Without this file the rules run alone.
            - The teams accuracy below is of the pair as the reader leaves it (before `TeamExtractor`'s last touches: club word, same country),
              so it can differ a little from `eval extraction`, which decides.
            - The trained sets' figures are not held out.
            - Rebuild: `newsdigest train --model sides`; score: `newsdigest eval models --model sides`.

            ## Scores

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(fitted.Value.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelSideReader.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var sets = Examples(inputs);
        return ModelResult<string>.Ok(Describe(model.Value, sets, Pool(model.Value, sets, DataDescription)));
    }

    /// <summary>One report of a set: the candidates as read, with the gold sides.</summary>
    public sealed record ScoredReport(SideExample Example, string Home, string Away);

    /// <summary>One report of the out-of-fold pool: its set, the report, and its candidates' scores by a model that never trained on it.</summary>
    public sealed record PooledReport(string Set, ScoredReport Report, double[] P);

    /// <summary>The out-of-fold pool the policy is chosen on: every trained written batch scored by the model trained on everything else
    /// (the gold train split and the other written batches), and the dev split scored by <paramref name="full"/> (trained on all).</summary>
    internal static List<PooledReport> Pool(ModelSideReader full, Dictionary<SetKey, List<ScoredReport>> sets, string dataDescription)
    {
        var pool = new List<PooledReport>();
        foreach (var (key, reports) in sets.Where(s => s.Key.Trained && TrainedBatches.Contains(s.Key.Name)).OrderBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var train = sets.Where(s => s.Key.Trained && s.Key.Name != key.Name).SelectMany(s => s.Value).Select(r => r.Example).Where(e => e.Candidates.Count > 0).ToList();
            var fold = new SideReaderTrainer().Fit(train, dataDescription);
            if (!fold.IsSuccess) continue;
            pool.AddRange(reports.Select(r => new PooledReport(key.Name, r, fold.Value.Score(r.Example.Context, r.Example.Candidates))));
        }
        foreach (var (key, reports) in sets.Where(s => !s.Key.Trained).OrderBy(s => s.Key.Name, StringComparer.Ordinal))
            pool.AddRange(reports.Select(r => new PooledReport(key.Name, r, full.Score(r.Example.Context, r.Example.Candidates))));
        return pool;
    }

    /// <summary>What a policy does to the pool's pairs against the rules alone: pairs fixed (wrong to right), broken (right to wrong), changed
    /// from wrong to another wrong, and the no-pair reports it fills rightly or wrongly.</summary>
    public readonly record struct PolicyCount(int Fixed, int Broken, int Rewrong, int FilledRight, int FilledWrong)
    {
        public int Net => Fixed - Broken;
        public int Changed => Fixed + Broken + Rewrong;
    }

    internal static PolicyCount Count(IEnumerable<PooledReport> pool, SidePolicy policy)
    {
        int fixedN = 0, broken = 0, rewrong = 0, filledRight = 0, filledWrong = 0;
        foreach (var x in pool)
        {
            var rules = x.Report.Example.Rules;
            var pair = Pair(x.Report, x.P, policy);
            if (rules is null)
            {
                if (pair is null) continue;
                if (Right(x.Report, pair)) filledRight++; else filledWrong++;
                continue;
            }
            if (pair is null || (pair.First == rules.First && pair.Second == rules.Second)) continue;
            bool before = Right(x.Report, rules), after = Right(x.Report, pair);
            if (after && !before) fixedN++;
            else if (before && !after) broken++;
            else rewrong++;
        }
        return new PolicyCount(fixedN, broken, rewrong, filledRight, filledWrong);
    }

    /// <summary>The correction gates the grid tries over the pool, each with the fill in use: a swap (a rules side below, an unused candidate at
    /// or over) alone, a replacement (both rules sides below, both model sides at or over) alone, and each swap with each replacement.</summary>
    internal static IEnumerable<SidePolicy> Gates()
    {
        var fill = SidePolicy.Chosen with { SwapBelow = null, SwapOver = null, SwapMargin = 0, ReplaceBelow = null, ReplaceOver = null, SwapTogether = false };
        double[] belows = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], overs = [0.5, 0.7, 0.8, 0.9, 0.95];
        (double? Below, double? Over)[] replaces = [(null, null), (0.1, 0.5), (0.1, 0.7), (0.2, 0.7), (0.2, 0.9), (0.3, 0.9), (0.5, 0.9)];
        foreach (var (rb, ro) in replaces)
        {
            if (rb is not null) yield return fill with { ReplaceBelow = rb, ReplaceOver = ro };
            foreach (bool together in new[] { false, true })
                foreach (double below in belows)
                    foreach (double over in overs)
                        yield return fill with { SwapBelow = below, SwapOver = over, ReplaceBelow = rb, ReplaceOver = ro, SwapTogether = together };
        }
    }

    /// <summary>The pool's choice: the gate that fixes the most pairs net of those it breaks, breaking at most <see cref="BrokenShare"/> as many
    /// as it fixes; ties go to the gate that changes fewer pairs, then to the first in grid order. No gate that fixes a pair: the fill alone.</summary>
    internal static (SidePolicy Policy, PolicyCount Count) Choose(List<PooledReport> pool, bool together)
    {
        var best = (Policy: SidePolicy.Chosen with { SwapBelow = null, SwapOver = null, SwapMargin = 0, ReplaceBelow = null, ReplaceOver = null, SwapTogether = false }, Count: default(PolicyCount));
        best.Count = Count(pool, best.Policy);
        foreach (var gate in Gates())
        {
            if (gate.Swaps && gate.SwapTogether != together) continue;
            var c = Count(pool, gate);
            if (c.Fixed == 0 || c.Broken > c.Fixed * BrokenShare) continue;
            if (c.Net > best.Count.Net || (c.Net == best.Count.Net && c.Changed < best.Count.Changed)) best = (gate, c);
        }
        return best;
    }

    /// <summary>A wrong side costs an editor more than a missing one: a gate may break at most a third as many pairs as it fixes.</summary>
    public const double BrokenShare = 1.0 / 3;

    /// <summary>Per set: reports, candidates, share of sides, accuracy at 0.5, AUC, reports whose both gold sides are among the candidates,
    /// teams accuracy of the rules and of the chosen policy, and for the reports the rules read no pair: how many the policy fills and how
    /// many of those rightly (in-sample on the trained sets). Then the out-of-fold pool: per set, and the policy grid with its choice.</summary>
    internal static string Describe(ModelSideReader model, Dictionary<SetKey, List<ScoredReport>> sets, List<PooledReport> pool)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("set                   reports  cands   sides  acc@0.5    AUC  both-in  rules  chosen  no-pair filled right  swapped right wrong");
        foreach (var (key, reports) in sets.OrderBy(s => s.Key.Trained).ThenBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var withP = reports.Select(r => (r, model.Score(r.Example.Context, r.Example.Candidates))).ToList();
            var pairs = withP.SelectMany(x => x.Item2.Select((p, i) => (P: p, Label: x.r.Example.Labels[i]))).ToList();
            int n = pairs.Count, pos = pairs.Count(x => x.Label);
            int right = pairs.Count(x => (x.P >= 0.5) == x.Label);
            int bothIn = withP.Count(x => BothIn(x.r));
            var rules = Accuracy(withP, SidePolicy.Off);
            var chosen = Accuracy(withP, SidePolicy.Chosen);
            var (noPair, filled, filledRight, swapped, swappedRight, swappedWrong) = Changes(withP, SidePolicy.Chosen);
            sb.AppendLine(string.Create(ci, $"{key.Name + (key.Trained ? " (trained)" : ""),-22}{withP.Count,7} {n,6} {Share(pos, n)} {Share(right, n)} {RankingAuc.Of(pairs):0.000} {Share(bothIn, withP.Count)} {rules:0.000}   {chosen:0.000} {noPair,8} {filled,6} {filledRight,5} {swapped,8} {swappedRight,5} {swappedWrong,5}"));
        }

        sb.AppendLine();
        sb.AppendLine("out-of-fold pool: each written batch scored by the model trained without it, the dev split by the model trained on all;");
        sb.AppendLine("teams accuracy of the rules alone and of the policy in use, AUC, and what the policy in use changes (fixed, broken, wrong to wrong, filled right/wrong)");
        foreach (var group in pool.GroupBy(x => x.Set).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var withP = list.Select(x => (x.Report, x.P)).ToList();
            var pairs = list.SelectMany(x => x.P.Select((p, i) => (P: p, Label: x.Report.Example.Labels[i]))).ToList();
            var c = Count(list, SidePolicy.Chosen);
            sb.AppendLine(string.Create(ci, $"  {group.Key,-12}{list.Count,5}  rules {Accuracy(withP, SidePolicy.Off):0.000}  in use {Accuracy(withP, SidePolicy.Chosen):0.000}  AUC {RankingAuc.Of(pairs):0.000}  fixed {c.Fixed,2} broken {c.Broken,2} wrong>wrong {c.Rewrong,2} filled {c.FilledRight,2}/{c.FilledWrong,2}"));
        }
        var all = pool.Select(x => (x.Report, x.P)).ToList();
        int wrong = pool.Count(x => x.Report.Example.Rules is { } r && !Right(x.Report, r)), none = pool.Count(x => x.Report.Example.Rules is null);
        int goldIn = pool.Count(x => x.Report.Example.Rules is { } r && !Right(x.Report, r) && BothIn(x.Report));
        sb.AppendLine(string.Create(ci, $"  pool        {pool.Count,5}  rules {Accuracy(all, SidePolicy.Off):0.000}  in use {Accuracy(all, SidePolicy.Chosen):0.000}; the rules read a wrong pair on {wrong} (both gold sides among the candidates on {goldIn}), no pair on {none}"));

        sb.AppendLine();
        sb.AppendLine(string.Create(ci, $"fill on every pooled report read as if the rules read no pair: share filled, share of fills right"));
        foreach (var fill in FillThresholds)
        {
            if (fill is null) continue;
            var policy = new SidePolicy(fill, null, null);
            int filled = 0, right = 0;
            foreach (var x in pool)
            {
                var pair = ModelSideReader.Apply(policy, x.Report.Example.Context, null, x.Report.Example.Candidates, x.P);
                if (pair is null) continue;
                filled++;
                if (Right(x.Report, pair)) right++;
            }
            sb.AppendLine(string.Create(ci, $"  fill >= {fill:0.00}  filled {Share(filled, pool.Count)}  right {Share(right, filled)}"));
        }

        sb.AppendLine();
        sb.AppendLine(string.Create(ci, $"correction grid over the pool (fill as in use): pairs fixed, broken, changed wrong to wrong, no-pair reports filled right/wrong; a gate may break at most {BrokenShare:0.00} as many as it fixes"));
        sb.AppendLine("(gates that change no pair are left out, and a swap with a replacement when it counts as the swap alone)");
        var alone = new Dictionary<(double?, double?, bool), PolicyCount>();
        foreach (var gate in Gates())
        {
            var c = Count(pool, gate);
            if (c.Changed == 0) continue;
            if (!gate.Replaces) alone[(gate.SwapBelow, gate.SwapOver, gate.SwapTogether)] = c;
            else if (gate.Swaps && alone.TryGetValue((gate.SwapBelow, gate.SwapOver, gate.SwapTogether), out var same) && same == c) continue;
            string mark = c.Fixed == 0 || c.Broken > c.Fixed * BrokenShare ? "  (breaks too many)" : "";
            sb.AppendLine(string.Create(ci, $"  {gate,-64} fixed {c.Fixed,2} broken {c.Broken,2} wrong>wrong {c.Rewrong,2} filled {c.FilledRight,2}/{c.FilledWrong,2}  net {c.Net,3:+0;-0;+0}{mark}"));
        }
        foreach (bool together in new[] { false, true })
        {
            var (choice, count) = Choose(pool, together);
            sb.AppendLine(string.Create(ci, $"  procedure's choice{(together ? " among gates named together" : " among plain swaps")}: {choice} (fixed {count.Fixed}, broken {count.Broken}, wrong>wrong {count.Rewrong})"));
        }
        var inUse = Count(pool, SidePolicy.Chosen);
        sb.AppendLine(string.Create(ci, $"  in use: {SidePolicy.Chosen} (fixed {inUse.Fixed}, broken {inUse.Broken}, wrong>wrong {inUse.Rewrong}, filled {inUse.FilledRight}/{inUse.FilledWrong})"));
        return sb.ToString();
    }

    /// <summary>Each pooled report the rules read wrongly or not at all: gold, rules, the gold sides' ranks among the candidates, the top
    /// candidates with their out-of-fold scores (for the engineer's study; not part of the card).</summary>
    internal static void Study(List<PooledReport> pool, TextWriter log)
    {
        foreach (var x in pool)
        {
            var r = x.Report;
            if (r.Example.Rules is { } rules && Right(r, rules)) continue;
            var c = r.Example.Candidates;
            var order = Enumerable.Range(0, c.Count).OrderByDescending(i => x.P[i]).ToList();
            string Rank(string gold)
            {
                int k = order.FindIndex(i => TeamNameMatch.Same(gold, c[i].Name));
                return k < 0 ? "absent" : string.Create(CultureInfo.InvariantCulture, $"#{k + 1} {x.P[order[k]]:0.00}");
            }
            double RuleP(string side) => Enumerable.Range(0, c.Count).Where(i => SideFeatures.Names(r.Example.Context, side, c[i])).Select(i => x.P[i]).DefaultIfEmpty(0).Max();
            string rulesText = r.Example.Rules is { } ru ? string.Create(CultureInfo.InvariantCulture, $"{ru.First} ({RuleP(ru.First):0.00}) v {ru.Second} ({RuleP(ru.Second):0.00})") : "none";
            log.WriteLine($"study {x.Set} {r.Example.Id}: gold {r.Home} [{Rank(r.Home)}] v {r.Away} [{Rank(r.Away)}]; rules {rulesText}; top "
                + string.Join(", ", order.Take(4).Select(i => string.Create(CultureInfo.InvariantCulture, $"{c[i].Name} {x.P[i]:0.00}"))));
        }
    }

    private static bool Right(ScoredReport r, TeamPair? pair) => pair is not null && TeamNameMatch.SamePair(r.Home, r.Away, pair.First, pair.Second);

    private static bool BothIn(ScoredReport r)
    {
        var c = r.Example.Candidates;
        return c.Any(x => TeamNameMatch.Same(r.Home, x.Name)) && c.Any(x => TeamNameMatch.Same(r.Away, x.Name));
    }

    private static TeamPair? Pair(ScoredReport r, double[] p, SidePolicy policy) =>
        ModelSideReader.Apply(policy, r.Example.Context, r.Example.Rules, r.Example.Candidates, p);

    private static double Accuracy(List<(ScoredReport R, double[] P)> reports, SidePolicy policy) =>
        reports.Count == 0 ? 0 : (double)reports.Count(x => Right(x.R, Pair(x.R, x.P, policy))) / reports.Count;

    private static (int NoPair, int Filled, int FilledRight, int Swapped, int SwappedRight, int SwappedWrong) Changes(List<(ScoredReport R, double[] P)> reports, SidePolicy policy)
    {
        int noPair = 0, filled = 0, filledRight = 0, swapped = 0, swappedRight = 0, swappedWrong = 0;
        foreach (var (r, p) in reports)
        {
            var rules = r.Example.Rules;
            var pair = Pair(r, p, policy);
            if (rules is null)
            {
                noPair++;
                if (pair is null) continue;
                filled++;
                if (Right(r, pair)) filledRight++;
            }
            else if (pair is not null && (pair.First != rules.First || pair.Second != rules.Second))
            {
                swapped++;
                bool before = Right(r, rules), after = Right(r, pair);
                if (after && !before) swappedRight++;
                if (before && !after) swappedWrong++;
            }
        }
        return (noPair, filled, filledRight, swapped, swappedRight, swappedWrong);
    }

    private static string Share(int k, int n) => (n == 0 ? 0.0 : (double)k / n).ToString("0.000", CultureInfo.InvariantCulture).PadLeft(7);

    /// <summary>Every gold report by set: "espn/train" ... and the trained written batches (trained), "espn/dev" ... and "written3"
    /// (choosing). Test-split reports, test copies and unlisted written batches are skipped before their text is read into a context.</summary>
    public static Dictionary<SetKey, List<ScoredReport>> Examples(TrainingInputs inputs)
    {
        var readers = new GoldReaders(inputs.RepositoryRoot, inputs.Shared.Root);
        var cases = GoldSets.Cases(readers, TrainedBatches, choosingBatch: "", goalsComplete: false);
        var read = new ScoredReport[cases.Count];
        Parallel.For(0, cases.Count, i => read[i] = Read(cases[i].Case));
        var sets = new Dictionary<SetKey, List<ScoredReport>>();
        for (int i = 0; i < cases.Count; i++)
        {
            if (!sets.TryGetValue(cases[i].Key, out var list)) sets[cases[i].Key] = list = [];
            list.Add(read[i]);
        }
        return sets;
    }

    /// <summary>The report read by the team rules, with the side candidates as the reader sees them at run time, labelled.</summary>
    public static ScoredReport Read(GoldCase c)
    {
        var recorder = new CandidateRecorder();
        var context = new ExtractionContext(c.Input ?? new Article(c.Id, c.Text));
        new TeamExtractor(recorder).Extract(context);
        string home = GoldReaders.Canonical(c.Gold.Home), away = GoldReaders.Canonical(c.Gold.Away);
        var labels = recorder.Candidates.Select(x => TeamNameMatch.Same(home, x.Name) || TeamNameMatch.Same(away, x.Name)).ToList();
        return new ScoredReport(new SideExample(c.Id, context, labels) { Candidates = recorder.Candidates, Rules = recorder.Rules }, home, away);
    }

    /// <summary>Keeps the rules' pair and the candidates it is shown and changes nothing.</summary>
    private sealed class CandidateRecorder : ISideReader
    {
        public List<SideCandidate> Candidates { get; private set; } = [];
        public TeamPair? Rules { get; private set; }

        public TeamPair? Read(ExtractionContext context, TeamPair? rules)
        {
            Rules = rules;
            Candidates = SideCandidates.Find(context);
            return rules;
        }
    }
}
