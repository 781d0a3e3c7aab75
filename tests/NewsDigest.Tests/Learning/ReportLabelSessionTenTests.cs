using NewsDigest.Extraction.Reports;
using NewsDigest.Learning;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>
/// The session-10 report labels (data/annotations/report-kinds-session10.tsv, active learning on the tree model): they parse,
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

    [Fact]
    public void The_recipe_reads_both_files_and_names_repeats_and_held_out_ids_in_the_second()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"x{i:000}").ToList();
        string train = ids.First(id => DataSplit.Of(id) == DataSplit.Part.Train), other = ids.Last(id => DataSplit.Of(id) == DataSplit.Part.Train);
        string heldOut = ids.First(id => DataSplit.Of(id) != DataSplit.Part.Train);
        var root = Directory.CreateTempSubdirectory("report-labels-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "data", "annotations"));
            File.WriteAllText(Path.Combine(root, ReportKindAnnotations.RelativePath), $"id\tkind\tnote\n{train}\tpreview\tfirst\n");
            File.WriteAllText(Path.Combine(root, ReportKindAnnotations.SessionTenPath), $"id\tkind\tnote\n{train}\treaction\trepeat\n{heldOut}\treaction\tdev or test\n{other}\tsingleMatchReport\tnew\n");
            var (labels, problems) = ReportKindAnnotations.ReadForTraining(root);
            Assert.Equal(ReportKind.Preview, labels[train]);
            Assert.Equal(ReportKind.SingleMatchReport, labels[other]);
            Assert.False(labels.ContainsKey(heldOut));
            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Contains(heldOut) && p.Contains("train split"));
            Assert.Contains(problems, p => p.Contains(train) && p.Contains("already"));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void The_recipe_reads_the_session_ten_labels_without_problems()
    {
        var (labels, problems) = ReportKindAnnotations.ReadForTraining(SharedData.RepositoryRoot);
        Assert.Empty(problems);
        var (sessionTen, _) = Read(SessionTenPath);
        Assert.All(sessionTen, pair => Assert.Equal(pair.Value, labels[pair.Key]));
    }
}
