using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Models;

/// <summary>The trained goal-side reader: the probability that a goal counted for the pair's first side, and the policy (stored in the
/// model file) that fills the side of a goal without one, or overrules the rules' side, when it is confident enough. Thread-safe.</summary>
public sealed class ModelGoalSideReader : IGoalSideReader
{
    /// <summary>The second label is the one <see cref="Probabilities"/> gives: the pair's first side.</summary>
    public static readonly IReadOnlyList<string> Labels = ["second", "first"];

    private const string FillSetting = "fill";
    private const string OverruleSetting = "overrule";

    internal ModelGoalSideReader(LinearClassifier classifier, GoalSidePolicy policy)
    {
        Classifier = classifier;
        Policy = policy;
    }

    public LinearClassifier Classifier { get; }

    public GoalSidePolicy Policy { get; }

    /// <summary>The same model under another policy (for the choosing grid and tests).</summary>
    public ModelGoalSideReader With(GoalSidePolicy policy) => new(Classifier, policy);

    /// <summary>Per goal, the probability that it counted for the pair's first side.</summary>
    internal double[] Probabilities(GoalSideReport report, IReadOnlyList<Goal> goals) =>
        Classifier.SecondLabelProbabilities(goals.Count, (report, goals), static (s, i, buffer) => GoalSideFeatures.Featurize(s.report, s.goals, i, buffer));

    /// <summary>Sets the teams <paramref name="policy"/> decides, given each goal's probability <paramref name="p"/>. Goals credited to a team
    /// outside the pair (another match's scorer) are left alone.</summary>
    internal static int Apply(GoalSidePolicy policy, GoalSideReport report, List<Goal> goals, IReadOnlyList<double> p)
    {
        int changed = 0;
        var pair = report.Pair;
        for (int i = 0; i < goals.Count; i++)
        {
            string side = GoalSideFeatures.SideOf(pair, goals[i].Team);
            if (side == "other") continue;
            int decision = policy.Decide(p[i], side == "F" ? 1 : side == "S" ? -1 : 0);
            if (decision == 0) continue;
            goals[i] = goals[i] with { Team = decision > 0 ? pair.First : pair.Second };
            changed++;
        }
        return changed;
    }

    /// <summary>Whether the policy could act on any goal: a goal without a team to fill, or any goal of the pair to overrule.</summary>
    private bool MayAct(ExtractionContext context, List<Goal> goals) =>
        (Policy.Fill is not null && goals.Any(g => g.Team is null)) || (Policy.Overrule is not null && goals.Count > 0);

    public void Assign(ExtractionContext context, List<Goal> goals)
    {
        if (context.Facts.Teams is not { } pair || !MayAct(context, goals)) return;
        var report = GoalSideReport.Of(context, pair);
        Apply(Policy, report, goals, Probabilities(report, goals));
    }

    public ModelFile ToFile()
    {
        var settings = new Dictionary<string, double>(StringComparer.Ordinal);
        if (Policy.Fill is { } fill) settings[FillSetting] = fill;
        if (Policy.Overrule is { } overrule) settings[OverruleSetting] = overrule;
        return Classifier.ToFile(ModelKind.GoalSides) with { Settings = settings };
    }

    public static ModelResult<ModelGoalSideReader> FromFile(ModelFile file)
    {
        var classifier = LinearClassifier.FromFile(file, ModelKind.GoalSides, GoalSideFeatures.Name, Labels);
        if (!classifier.IsSuccess) return classifier.FailAs<ModelGoalSideReader>();
        double? fill = file.Settings.TryGetValue(FillSetting, out var f) ? f : null;
        double? overrule = file.Settings.TryGetValue(OverruleSetting, out var o) ? o : null;
        if (fill is not null and not (>= 0.5 and <= 1) || overrule is not null and not (>= 0.5 and <= 1))
            return ModelResult<ModelGoalSideReader>.Fail($"goal-side policy out of range (fill {fill}, overrule {overrule}); retrain with `newsdigest train --model goalsides`");
        return ModelResult<ModelGoalSideReader>.Ok(new ModelGoalSideReader(classifier.Value, new GoalSidePolicy(fill, overrule)));
    }

    public static ModelResult<ModelGoalSideReader> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelGoalSideReader>();
    }
}
