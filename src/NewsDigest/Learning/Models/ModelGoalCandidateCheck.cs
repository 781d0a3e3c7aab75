using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.People;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>The trained goal-candidate check: the probability that a candidate's player really scored a goal of this match, and the policy
/// that removes the candidates it is confident are wrong. Thread-safe.</summary>
public sealed class ModelGoalCandidateCheck : IGoalCandidateCheck
{
    public static readonly IReadOnlyList<string> Labels = ["other", "scorer"];

    internal ModelGoalCandidateCheck(LinearClassifier classifier, GoalCandidatePolicy policy)
    {
        Classifier = classifier;
        Policy = policy;
    }

    public LinearClassifier Classifier { get; }

    public GoalCandidatePolicy Policy { get; }

    /// <summary>The same model under another policy (for the choosing grid and tests).</summary>
    public ModelGoalCandidateCheck With(GoalCandidatePolicy policy) => new(Classifier, policy);

    internal double[] Score(ExtractionContext context, IReadOnlyList<GoalCandidate> candidates) =>
        Classifier.SecondLabelProbabilities(candidates.Count, (context, candidates), static (s, i, buffer) => GoalCandidateFeatures.Featurize(s.context, s.candidates, i, buffer));

    /// <summary>Removes the candidates <paramref name="policy"/> rejects, given their probabilities <paramref name="p"/>.</summary>
    internal static void Apply(GoalCandidatePolicy policy, List<GoalCandidate> candidates, IReadOnlyList<double> p)
    {
        if (policy.Drop is null || candidates.Count == 0) return;
        var keep = policy.Keep(p, candidates.Select(c => PersonIndex.SurnameKey(c.Player)).ToList());
        int w = 0;
        for (int i = 0; i < candidates.Count; i++)
            if (keep[i]) candidates[w++] = candidates[i];
        candidates.RemoveRange(w, candidates.Count - w);
    }

    void IGoalCandidateCheck.Check(ExtractionContext context, List<GoalCandidate> candidates)
    {
        if (Policy.Drop is null || candidates.Count == 0) return;
        Apply(Policy, candidates, Score(context, candidates));
    }

    public ModelFile ToFile() => Classifier.ToFile(ModelKind.GoalCandidates);

    public static ModelResult<ModelGoalCandidateCheck> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.GoalCandidates, GoalCandidateFeatures.Name, Labels);
        return classifier.IsSuccess ? ModelResult<ModelGoalCandidateCheck>.Ok(new ModelGoalCandidateCheck(classifier.Value, GoalCandidatePolicy.Chosen)) : classifier.FailAs<ModelGoalCandidateCheck>();
    }

    public static ModelResult<ModelGoalCandidateCheck> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelGoalCandidateCheck>();
    }
}
