using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>Single-match probabilities of held-out articles with their gold yes/no answers, and the articles themselves (same order) so their mistakes can be listed.</summary>
public sealed record HeldOutScores(List<double> Probabilities, List<bool> IsReport, List<ReportExample> Examples);

/// <summary>
/// Out-of-fold single-match probabilities of the hand-labelled training articles: the training data is cut into
/// <see cref="Folds"/> parts by a hash of each hand-labelled article's title (syndicated copies stay together), a model
/// is fit without each part (calibrated on the dev articles like the final model) and scores the part it did not see.
/// The decision threshold is then fit on these and the dev articles together, several times more held-out
/// decisions than the dev split alone, so one or two articles no longer move it.
/// </summary>
public static class ReportCrossFitting
{
    public const int Folds = 3;

    public static ModelResult<HeldOutScores> OutOfFold(
        ReportClassifierTrainer trainer, IReadOnlyList<ReportExample> train, IReadOnlyList<ReportExample> handTrain, IReadOnlyList<ReportExample> calibration)
    {
        var probabilities = new List<double>();
        var isReport = new List<bool>();
        var examples = new List<ReportExample>();
        for (int fold = 0; fold < Folds; fold++)
        {
            var heldOut = handTrain.Where(e => FoldOf(e) == fold).ToList();
            if (heldOut.Count == 0) continue;
            var unseen = heldOut.Select(e => e.Article).ToHashSet(ReferenceEqualityComparer.Instance);
            var rest = train.Where(e => !unseen.Contains(e.Article)).ToList();
            var model = trainer.Fit(rest, calibration, "cross-fitting fold");
            if (!model.IsSuccess) return model.FailAs<HeldOutScores>();
            foreach (var example in heldOut)
            {
                probabilities.Add(model.Value.SingleMatchProbability(example.Article));
                isReport.Add(example.Kind == ReportKind.SingleMatchReport);
                examples.Add(example);
            }
        }
        return ModelResult<HeldOutScores>.Ok(new HeldOutScores(probabilities, isReport, examples));
    }

    /// <summary>The fold of an article: a hash of its lower-cased, space-normalised title (its id when it has none).</summary>
    public static int FoldOf(ReportExample example)
    {
        var key = string.Join(' ', (example.Article.Title ?? example.Article.Source).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (int)(FeatureHasher.Mix(FeatureHasher.Add(31u, key)) % Folds);
    }
}
