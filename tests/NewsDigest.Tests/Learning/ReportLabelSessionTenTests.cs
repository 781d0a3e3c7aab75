using NewsDigest.Extraction.Reports;
using NewsDigest.Learning;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>
/// The session-10 report labels (data/annotations/report-kinds-session10.tsv, active learning on the tree model), kept beside
/// the recipe's labels and not read by it (a retrain with them turned down a seed report): they parse,
/// they are train-split articles only (a dev or test id would leak a held-out article into a retrain that reads them), they
/// repeat no article an earlier label file judges, and they hold reports and their hard negatives both.
/// </summary>
public sealed class ReportLabelSessionTenTests
{
    private const string SessionTenPath = "data/annotations/report-kinds-session10.tsv";

    private static (Dictionary<string, ReportKind> Labels, List<string> Problems) Read(string relativePath) =>
        ReportKindAnnotations.Read(Path.Combine(SharedData.RepositoryRoot, relativePath));

    [Fact]
    public void Session_ten_labels_parse_and_are_train_split_only()
    {
        var (labels, problems) = Read(SessionTenPath);
        Assert.Empty(problems);
        Assert.True(labels.Count >= 50, $"only {labels.Count} labels");
        var heldOut = labels.Keys.Where(id => DataSplit.Of(id) != DataSplit.Part.Train).ToList();
        Assert.True(heldOut.Count == 0, $"not in the train split: {string.Join(", ", heldOut)}");
        Assert.Contains(ReportKind.SingleMatchReport, labels.Values);
        Assert.True(labels.Values.Count(k => k != ReportKind.SingleMatchReport) > labels.Values.Count(k => k == ReportKind.SingleMatchReport));
    }

    [Fact]
    public void Session_ten_labels_do_not_repeat_earlier_labels()
    {
        var (sessionTen, _) = Read(SessionTenPath);
        var earlier = new[] { ReportKindAnnotations.RelativePath, "data/annotations/report-kinds-session7.tsv", "data/annotations/report-kinds-news-gold.tsv" }
            .SelectMany(path => Read(path).Labels.Keys).ToHashSet();
        var repeated = sessionTen.Keys.Where(earlier.Contains).ToList();
        Assert.True(repeated.Count == 0, $"already labelled: {string.Join(", ", repeated)}");
    }
}
