using NewsDigest.Extraction.Reports;
using NewsDigest.Learning;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>
/// The report labels kept beside the recipe's own (sessions 7, 10 and 11, data/annotations/report-kinds-session*.tsv): they parse,
/// they were chosen from the train split only (a dev or test id there would leak a held-out article into a retrain that
/// folds them in), none repeats an article a label file written before it judges, and each holds reports and their hard
/// negatives both, so a retrain does not learn "unfamiliar outlet = report".
/// </summary>
public sealed class ReportSideLabelFileTests
{
    // In the order they were written: each file may only judge articles the ones before it do not.
    private static readonly string[] LabelFilesInOrder =
    [
        ReportKindAnnotations.RelativePath,
        "data/annotations/report-kinds-news-gold.tsv",
        "data/annotations/report-kinds-session7.tsv",
        "data/annotations/report-kinds-session10.tsv",
        "data/annotations/report-kinds-session11a.tsv",
        "data/annotations/report-kinds-session11b.tsv",
    ];

    private static (Dictionary<string, ReportKind> Labels, List<string> Problems) Read(string relativePath) =>
        ReportKindAnnotations.Read(Path.Combine(SharedData.RepositoryRoot, relativePath));

    [Theory]
    [InlineData("data/annotations/report-kinds-session7.tsv", 250)]
    [InlineData("data/annotations/report-kinds-session10.tsv", 50)]
    public void Side_labels_parse_and_are_train_split_only(string relativePath, int atLeast)
    {
        var (labels, problems) = Read(relativePath);
        Assert.Empty(problems);
        Assert.True(labels.Count >= atLeast, $"only {labels.Count} labels");
        var heldOut = labels.Keys.Where(id => DataSplit.Of(id) != DataSplit.Part.Train).ToList();
        Assert.True(heldOut.Count == 0, $"not in the train split: {string.Join(", ", heldOut)}");
        Assert.Contains(ReportKind.SingleMatchReport, labels.Values);
        Assert.True(labels.Values.Count(k => k != ReportKind.SingleMatchReport) > labels.Values.Count(k => k == ReportKind.SingleMatchReport));
    }

    // Session 11's labels judge every article its check-set readers opened, train and dev alike (the recipe trains on the train
    // part only); they must never hold a test-split article.
    [Theory]
    [InlineData("data/annotations/report-kinds-session11a.tsv", 150)]
    [InlineData("data/annotations/report-kinds-session11b.tsv", 100)]
    public void Check_set_labels_parse_and_hold_no_test_article(string relativePath, int atLeast)
    {
        var (labels, problems) = Read(relativePath);
        Assert.Empty(problems);
        Assert.True(labels.Count >= atLeast, $"only {labels.Count} labels");
        var test = labels.Keys.Where(DataSplit.IsTest).ToList();
        Assert.True(test.Count == 0, $"in the test split: {string.Join(", ", test)}");
        Assert.Contains(ReportKind.SingleMatchReport, labels.Values);
    }

    [Theory]
    [InlineData("data/annotations/report-kinds-session7.tsv")]
    [InlineData("data/annotations/report-kinds-session10.tsv")]
    [InlineData("data/annotations/report-kinds-session11a.tsv")]
    [InlineData("data/annotations/report-kinds-session11b.tsv")]
    public void Side_labels_do_not_repeat_earlier_labels(string relativePath)
    {
        var (labels, _) = Read(relativePath);
        var earlier = LabelFilesInOrder.TakeWhile(path => path != relativePath).SelectMany(path => Read(path).Labels.Keys).ToHashSet();
        var repeated = labels.Keys.Where(earlier.Contains).ToList();
        Assert.True(repeated.Count == 0, $"already labelled: {string.Join(", ", repeated)}");
    }
}
