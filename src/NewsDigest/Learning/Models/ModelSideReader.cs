using NewsDigest.Extraction;
using NewsDigest.Extraction.Teams;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>The trained side reader: the probability that a side candidate (<see cref="SideCandidates"/>) is one of the two sides of the
/// report's match, and the policy (<see cref="SidePolicy"/>) that fills the pair the rules miss or swaps a side they misread. Thread-safe.</summary>
public sealed class ModelSideReader : ISideReader
{
    public static readonly IReadOnlyList<string> Labels = ["other", "side"];

    internal ModelSideReader(LinearClassifier classifier, SidePolicy policy)
    {
        Classifier = classifier;
        Policy = policy;
    }

    public LinearClassifier Classifier { get; }

    public SidePolicy Policy { get; }

    /// <summary>The same model under another policy (for the choosing grid and tests).</summary>
    public ModelSideReader With(SidePolicy policy) => new(Classifier, policy);

    internal double[] Score(ExtractionContext context, IReadOnlyList<SideCandidate> candidates) =>
        Classifier.SecondLabelProbabilities(candidates.Count, (context, candidates), static (s, i, buffer) => SideFeatures.Featurize(s.context, s.candidates, i, buffer));

    /// <summary>The pair <paramref name="policy"/> makes of the rules' pair and the scored candidates.</summary>
    internal static TeamPair? Apply(SidePolicy policy, ExtractionContext context, TeamPair? rules, IReadOnlyList<SideCandidate> candidates, IReadOnlyList<double> p)
    {
        if (candidates.Count < 2) return rules;
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(i => p[i]).ThenBy(i => i).ToList();
        if (rules is null)
        {
            if (policy.Fill is not { } fill) return null;
            return ModelPair(context, candidates, p, order, fill, policy.SecondFill ?? fill);
        }
        if (!policy.Corrects) return rules;
        double Side(string side)
        {
            double best = 0;
            for (int i = 0; i < candidates.Count; i++)
                if (SideFeatures.Names(context, side, candidates[i])) best = Math.Max(best, p[i]);
            return best;
        }
        double pFirst = Side(rules.First), pSecond = Side(rules.Second);
        // Both rules' sides doubted and the model sure of two others: the model's pair, in its own order (first named first).
        if (policy.Replaces && Math.Max(pFirst, pSecond) < policy.ReplaceBelow
            && ModelPair(context, candidates, p, order, policy.ReplaceOver!.Value, policy.ReplaceOver.Value) is { } replaced) return replaced;
        if (!policy.Swaps) return rules;
        bool firstWeak = pFirst <= pSecond;
        double weak = Math.Min(pFirst, pSecond);
        if (weak >= policy.SwapBelow) return rules;
        // A pair the text scores together is never undone by a guarded swap: asked once, not for every candidate.
        if (policy.SwapTogether && ScoredTogether(context, candidates, rules)) return rules;
        foreach (int i in order)
        {
            if (p[i] < policy.SwapOver || p[i] < weak + policy.SwapMargin) break;
            if (SideFeatures.Holds(context, rules, candidates[i])) continue;
            string kept = firstWeak ? rules.Second : rules.First;
            if (SideFeatures.Names(context, kept, candidates[i])) continue;
            if (policy.SwapTogether && !NamedTogether(context, candidates, i, kept)) continue;
            return firstWeak ? rules with { First = candidates[i].Name } : rules with { Second = candidates[i].Name };
        }
        return rules;
    }

    /// <summary>Whether candidate <paramref name="i"/> and the kept side stand in one sentence of the body: the two sides of a match are named
    /// together somewhere. A side of another match the report names ("Arsenal beat Sunderland" in a story of Manchester United's win) would
    /// make a pair that never played. The headline does not count: a round-up's headline names sides of several matches ("Jamaica defy
    /// France but Sweden, Netherlands win").</summary>
    internal static bool NamedTogether(ExtractionContext context, IReadOnlyList<SideCandidate> candidates, int i, string kept)
    {
        var keptOnes = candidates.Where(c => SideFeatures.Names(context, kept, c)).ToList();
        if (keptOnes.Count == 0) return false;
        var sentences = new HashSet<int>(candidates[i].Mentions.Select(m => SentenceOf(context, m.Start)));
        return keptOnes.Any(c => c.Mentions.Any(m => sentences.Contains(SentenceOf(context, m.Start))));
    }

    /// <summary>Whether the rules' two sides stand in one sentence (or the headline) with a scoreline ("France were held 0-0 by Jamaica",
    /// "Excelsior beat Fortuna 3-0"): the text itself pairs them in a result, which a swap would undo for a side of another match of a
    /// round-up.</summary>
    internal static bool ScoredTogether(ExtractionContext context, IReadOnlyList<SideCandidate> candidates, TeamPair rules)
    {
        var first = candidates.Where(c => SideFeatures.Names(context, rules.First, c)).ToList();
        var second = candidates.Where(c => SideFeatures.Names(context, rules.Second, c)).ToList();
        if (first.Count == 0 || second.Count == 0) return false;
        if (first.Any(c => c.TitleAt >= 0) && second.Any(c => c.TitleAt >= 0) && HeadlineSides.Headline(context) is { } title && SideCandidates.Scoreline().IsMatch(title)) return true;
        var shared = new HashSet<int>(first.SelectMany(c => c.Mentions).Select(m => SentenceOf(context, m.Start)));
        shared.IntersectWith(second.SelectMany(c => c.Mentions).Select(m => SentenceOf(context, m.Start)));
        return shared.Any(k => k >= 0 && SideCandidates.Scoreline().IsMatch(context.Sentences[k].Substring(context.Text)));
    }

    private static int SentenceOf(ExtractionContext context, int at)
    {
        var s = context.Sentences;
        int lo = 0, hi = s.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (s[mid].Start <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The model's pair: its two best candidates that are not one club, when the better scores at least <paramref name="first"/> and
    /// the other at least <paramref name="second"/>, first named first.</summary>
    private static TeamPair? ModelPair(ExtractionContext context, IReadOnlyList<SideCandidate> candidates, IReadOnlyList<double> p, List<int> order, double first, double second)
    {
        int a = order[0];
        int b = order.Skip(1).FirstOrDefault(i => !SideCandidates.SameClub(candidates[a], candidates[i]), -1);
        if (b < 0 || p[a] < first || p[b] < second) return null;
        var (one, other) = candidates[a].FirstAt <= candidates[b].FirstAt ? (candidates[a], candidates[b]) : (candidates[b], candidates[a]);
        int at = one.Mentions.Count > 0 ? one.Mentions[0].Start : other.Mentions.Count > 0 ? other.Mentions[0].Start : 0;
        return new TeamPair(one.Name, other.Name, context.EvidenceAt(at));
    }

    ISideReader ISideReader.FillingOnly() => With(Policy with { SwapBelow = null, SwapOver = null, ReplaceBelow = null, ReplaceOver = null });

    TeamPair? ISideReader.Read(ExtractionContext context, TeamPair? rules)
    {
        if (rules is null ? Policy.Fill is null : !Policy.Corrects) return rules;
        var candidates = SideCandidates.Find(context);
        if (candidates.Count < 2) return rules;
        // A pair the text scores together is one a guarded swap never undoes: most paired articles end here, before the costlier scoring.
        if (rules is not null && !Policy.Replaces && Policy.SwapTogether && ScoredTogether(context, candidates, rules)) return rules;
        return Apply(Policy, context, rules, candidates, Score(context, candidates));
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.SideNames);

    public static ModelResult<ModelSideReader> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.SideNames, SideFeatures.Name, Labels);
        return classifier.IsSuccess ? ModelResult<ModelSideReader>.Ok(new ModelSideReader(classifier.Value, SidePolicy.Chosen)) : classifier.FailAs<ModelSideReader>();
    }

    public static ModelResult<ModelSideReader> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelSideReader>();
    }
}
