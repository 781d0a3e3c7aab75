using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Fits the report classifier's boosted trees: single-match report or not, over <see cref="ReportDenseFeatures"/> of the same
/// training copies the linear models see (the copies that hide their title hide it here too), weak labels counting
/// <see cref="ReportTreeOptions.WeakLabelWeight"/> each.
/// </summary>
public sealed class ReportTreeTrainer(ReportTreeOptions options)
{
    public ReportTreeOptions Options { get; } = options;

    public ModelResult<ReportTrees> Fit(IReadOnlyList<ReportExample> train) => Fit(Rows(train, Options.WeakLabelWeight));

    /// <summary>Fits on rows already built by <see cref="Rows"/> (the recipe's held-out comparison builds them once).</summary>
    public ModelResult<ReportTrees> Fit(IReadOnlyList<DenseExample> rows)
    {
        var model = new BoostedTreesTrainer(Options.Trees).Fit(rows);
        return model.IsSuccess ? ModelResult<ReportTrees>.Ok(new ReportTrees(model.Value, Options.Weight)) : model.FailAs<ReportTrees>();
    }

    /// <summary>The dense rows of the training copies: yes for single-match reports, each weighted by where its label came from.</summary>
    public static List<DenseExample> Rows(IReadOnlyList<ReportExample> train, float weakLabelWeight)
    {
        var rows = new List<DenseExample>(train.Count);
        foreach (var example in train)
        {
            var row = ReportDenseFeatures.Row(example.Article, includeTitle: !ReportClassifierTrainer.HidesTitle(example));
            rows.Add(new DenseExample(row, example.Kind == ReportKind.SingleMatchReport, example.LabelFromTitle ? weakLabelWeight : 1f));
        }
        return rows;
    }
}
