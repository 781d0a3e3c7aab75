using NewsDigest.Extraction.Reports;
using NewsDigest.Learning;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>
/// The session-7 report labels kept beside the recipe's labels (data/annotations/report-kinds-session7.tsv): they parse,
/// they were chosen from the train split only (a dev or test id there would leak held-out articles into a retrain that
/// folds them in), and none repeats an article the recipe's labels already judge.
/// </summary>
public sealed class ReportLabelSessionSevenTests
{
    private const string SessionSevenPath = "data/annotations/report-kinds-session7.tsv";

    private static (Dictionary<string, ReportKind> Labels, List<string> Problems) Read(string relativePath) =>
        ReportKindAnnotations.Read(Path.Combine(SharedData.RepositoryRoot, relativePath));

    [Fact]
    public void Session_seven_labels_parse_and_are_train_split_only()
    {
        var (labels, problems) = Read(SessionSevenPath);
        Assert.Empty(problems);
        Assert.True(labels.Count >= 250, $"only {labels.Count} labels");
        var heldOut = labels.Keys.Where(id => DataSplit.Of(id) != DataSplit.Part.Train).ToList();
        Assert.True(heldOut.Count == 0, $"not in the train split: {string.Join(", ", heldOut)}");
        // Both reports and their hard negatives, so a retrain does not learn "unfamiliar outlet = report".
        Assert.Contains(ReportKind.SingleMatchReport, labels.Values);
        Assert.True(labels.Values.Count(k => k != ReportKind.SingleMatchReport) > labels.Values.Count(k => k == ReportKind.SingleMatchReport));
    }

    [Fact]
    public void Session_seven_labels_do_not_repeat_earlier_labels()
    {
        var (sessionSeven, _) = Read(SessionSevenPath);
        var (earlier, _) = Read(ReportKindAnnotations.RelativePath);
        var (gold, _) = Read("data/annotations/report-kinds-news-gold.tsv");
        var repeated = sessionSeven.Keys.Where(id => earlier.ContainsKey(id) || gold.ContainsKey(id)).ToList();
        Assert.True(repeated.Count == 0, $"already labelled: {string.Join(", ", repeated)}");
    }
}
