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
            int a = order[0];
            int b = order.Skip(1).FirstOrDefault(i => !SideCandidates.SameClub(candidates[a], candidates[i]), -1);
            if (b < 0 || p[a] < fill || p[b] < (policy.SecondFill ?? fill)) return null;
            var (first, second) = candidates[a].FirstAt <= candidates[b].FirstAt ? (candidates[a], candidates[b]) : (candidates[b], candidates[a]);
            int at = first.Mentions.Count > 0 ? first.Mentions[0].Start : second.Mentions.Count > 0 ? second.Mentions[0].Start : 0;
            return new TeamPair(first.Name, second.Name, context.EvidenceAt(at));
        }
        if (!policy.Swaps) return rules;
        double Side(string side)
        {
            double best = 0;
            for (int i = 0; i < candidates.Count; i++)
                if (SideFeatures.Names(context, side, candidates[i])) best = Math.Max(best, p[i]);
            return best;
        }
        double pFirst = Side(rules.First), pSecond = Side(rules.Second);
        bool firstWeak = pFirst <= pSecond;
        double weak = Math.Min(pFirst, pSecond);
        if (weak >= policy.SwapBelow) return rules;
        foreach (int i in order)
        {
            if (p[i] < policy.SwapOver) break;
            if (SideFeatures.Holds(context, rules, candidates[i])) continue;
            string kept = firstWeak ? rules.Second : rules.First;
            if (SideFeatures.Names(context, kept, candidates[i])) continue;
            return firstWeak ? rules with { First = candidates[i].Name } : rules with { Second = candidates[i].Name };
        }
        return rules;
    }

    TeamPair? ISideReader.Read(ExtractionContext context, TeamPair? rules)
    {
        if (rules is null ? Policy.Fill is null : !Policy.Swaps) return rules;
        var candidates = SideCandidates.Find(context);
        if (candidates.Count < 2) return rules;
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
