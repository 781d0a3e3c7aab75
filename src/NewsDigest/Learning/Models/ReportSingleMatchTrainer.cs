using NewsDigest.Extraction.Reports;
using NewsDigest.Learning.Classification;

namespace NewsDigest.Learning.Models;

/// <summary>
/// Fits the report classifier's binary single-match model: an L2-regularised logistic regression (single-match report or
/// not) over the same hashed <see cref="ReportFeatures"/> and the same training copies as the 8-way perceptron (hand
/// labels in their weighted copies, weak labels counting <see cref="ReportSingleMatchOptions.WeakLabelWeight"/> each).
/// </summary>
public sealed class ReportSingleMatchTrainer(ReportSingleMatchOptions options)
{
    public ReportSingleMatchOptions Options { get; } = options;

    public ModelResult<BinaryLogisticModel> Fit(IReadOnlyList<ReportExample> train) =>
        Fit(train, ReportClassifierTrainer.Featurize(train, Options.Logistic.HashBits, titleDropout: true));

    /// <summary>Fits on articles already featurised by <see cref="ReportClassifierTrainer.Featurize"/> (same order), so the 8-way and binary fits share one featurisation.</summary>
    public ModelResult<BinaryLogisticModel> Fit(IReadOnlyList<ReportExample> train, IReadOnlyList<LabeledExample> featurized)
    {
        if (train.Count == 0) return ModelResult<BinaryLogisticModel>.Fail("no training articles");
        if (featurized.Count != train.Count) return ModelResult<BinaryLogisticModel>.Fail($"{featurized.Count} featurised examples for {train.Count} articles");
        return new LogisticRegressionTrainer(Options.Logistic).Fit(Weighted(train, featurized));
    }

    /// <summary>The binary examples: yes for single-match reports, each weighted by where its label came from.</summary>
    public List<WeightedBinaryExample> Weighted(IReadOnlyList<ReportExample> train, IReadOnlyList<LabeledExample> featurized)
    {
        var result = new List<WeightedBinaryExample>(train.Count);
        for (int i = 0; i < train.Count; i++)
            result.Add(new WeightedBinaryExample(featurized[i].Slots, train[i].Kind == ReportKind.SingleMatchReport, train[i].LabelFromTitle ? Options.WeakLabelWeight : 1f));
        return result;
    }
}
