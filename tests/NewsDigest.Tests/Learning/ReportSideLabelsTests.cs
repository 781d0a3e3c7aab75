using System.IO.Compression;
using System.Text.Json;
using NewsDigest.Extraction.Reports;
using NewsDigest.Learning;
using NewsDigest.Learning.Training;
using NewsDigest.Tests.Batch;

namespace NewsDigest.Tests.Learning;

/// <summary>How the report recipe reads the side label files (session 13): train-split lines only, no live pages, no repeats.</summary>
public sealed class ReportSideLabelsTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Root => _temp.Path;

    public void Dispose() => _temp.Dispose();

    // The first ids of the form "{prefix}{n}" that DataSplit puts in each part, so the cases do not depend on real archive ids.
    private static string IdIn(DataSplit.Part part, string prefix, int skip = 0) =>
        Enumerable.Range(0, 10_000).Select(n => $"{prefix}{n}").Where(id => DataSplit.Of(id) == part).Skip(skip).First();

    private void Write(string name, params string[] lines) =>
        File.WriteAllLines(Path.Combine(Root, name), ["id\tkind\tnote", .. lines]);

    [Fact]
    public void Only_train_split_lines_that_are_not_live_pages_or_repeats_are_read()
    {
        string train = IdIn(DataSplit.Part.Train, "a"), train2 = IdIn(DataSplit.Part.Train, "a", 1), live = IdIn(DataSplit.Part.Train, "a", 2);
        string dev = IdIn(DataSplit.Part.Dev, "a"), test = IdIn(DataSplit.Part.Test, "a"), known = IdIn(DataSplit.Part.Train, "a", 3);
        Write("one.tsv",
            $"{train}\tsingleMatchReport\tleague report",
            $"{dev}\tsingleMatchReport\thand-read for the gold",
            $"{test}\treaction\tmanager's words",
            $"{live}\tpreview\tlive page (how-to-watch title)",
            $"{known}\toffTopic\talready in report-kinds.tsv");
        Write("two.tsv",
            $"{train}\treaction\tthe same article judged again",
            $"{train2}\troundUp\tknockout draw live page, a note that does not begin with it",
            "broken line");

        var selection = ReportSideLabels.Read(Root, ["one.tsv", "two.tsv", "missing.tsv"], new HashSet<string> { known });

        Assert.Equal(new Dictionary<string, ReportKind> { [train] = ReportKind.SingleMatchReport, [train2] = ReportKind.RoundUp }, selection.Labels);
        Assert.Equal(1, selection.LivePages);
        Assert.Equal(2, selection.HeldOut);
        Assert.Equal(2, selection.Repeated);
        Assert.Equal(2, selection.Problems.Count);
        Assert.Contains(selection.Problems, p => p.Contains("missing.tsv"));
        Assert.Contains(selection.Problems, p => p.Contains("two.tsv:4"));
    }

    [Theory]
    [InlineData("live page (live blog titled as a pre-match page)", true)]
    [InlineData("Live page of a cup tie", true)]
    [InlineData("knockout draw live page", false)]
    [InlineData("", false)]
    public void A_live_page_is_a_line_whose_note_begins_so(string note, bool livePage) =>
        Assert.Equal(livePage, ReportSideLabels.IsLivePage(new ReportKindLabel("x", ReportKind.Preview, note)));

    [Fact]
    public void Training_data_takes_the_side_files_train_lines_as_hand_labels_and_never_their_held_out_lines()
    {
        string own = IdIn(DataSplit.Part.Train, "b"), side = IdIn(DataSplit.Part.Train, "b", 1), live = IdIn(DataSplit.Part.Train, "b", 2);
        string devSide = IdIn(DataSplit.Part.Dev, "b"), ownDev = IdIn(DataSplit.Part.Dev, "b", 1);
        // A tiny shared folder of invented articles (no text from ../shared).
        var shared = Directory.CreateDirectory(Path.Combine(Root, "shared", "corpus")).FullName;
        File.WriteAllText(Path.Combine(shared, "espn-premier-league-2012-2014.jsonl"), "");
        File.WriteAllText(Path.Combine(shared, "premier-league-2025-26.jsonl"), "");
        using (var gzip = new GZipStream(File.Create(Path.Combine(shared, "football-news-2023-2026.jsonl.gz")), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
            foreach (var (id, title) in new[] { (own, "Rovers 2-1 Town"), (side, "City 3-0 Albion"), (live, "Live: Town v Rovers"), (devSide, "United 1-1 Wanderers"), (ownDev, "Athletic 0-2 County") })
                writer.WriteLine(JsonSerializer.Serialize(new { id, url = "", title, date = "20240101T120000Z", domain = "example.org", text = $"{title}\nThe home side scored in the 10th minute and held on." }));
        Directory.CreateDirectory(Path.Combine(Root, "data", "annotations"));
        Write(Path.Combine("data", "annotations", "report-kinds.tsv"), $"{own}\tsingleMatchReport\treport", $"{ownDev}\tsingleMatchReport\treport");
        Write("side.tsv", $"{side}\treaction\tratings", $"{live}\tpreview\tlive page", $"{devSide}\tsingleMatchReport\treport");
        var corpora = new SharedCorpora(Path.Combine(Root, "shared"));

        var folded = ReportTrainingData.Build(corpora, Root, ["side.tsv"]);
        Assert.Empty(folded.Problems);
        Assert.Equal([own, side], folded.HandTrain.Select(e => e.Article.Source).Order());
        Assert.Equal(ReportKind.Reaction, folded.HandTrain.Single(e => e.Article.Source == side).Kind);
        Assert.Equal([side], folded.SideLabelled);
        Assert.Equal((1, 1, 0), folded.SideLeftOut);
        Assert.Equal([ownDev], folded.HandDev.Select(e => e.Article.Source));
        Assert.Equal(3, folded.HandLabelled);
        Assert.DoesNotContain(folded.Train, e => e.Article.Source == devSide);
        Assert.Equal(ReportTrainingData.HandLabelWeight, folded.Train.Count(e => e.Article.Source == side && !e.LabelFromTitle));

        var without = ReportTrainingData.Build(corpora, Root, []);
        Assert.Equal([own], without.HandTrain.Select(e => e.Article.Source));
        Assert.Empty(without.SideLabelled);
    }

    [Fact]
    public void The_pending_files_give_train_split_labels_only_and_the_recipe_reads_some_of_them()
    {
        var (own, _) = ReportKindAnnotations.Read(Path.Combine(SharedData.RepositoryRoot, ReportKindAnnotations.RelativePath));
        var selection = ReportSideLabels.Read(SharedData.RepositoryRoot, ReportSideLabels.Pending, own.Keys.ToHashSet());
        Assert.Empty(selection.Problems);
        Assert.Equal(0, selection.Repeated);
        Assert.True(selection.LivePages >= 10, $"only {selection.LivePages} live pages left out");
        Assert.True(selection.HeldOut > 0, "the news gold and session 11 hold dev (and test) lines that must be left out");
        Assert.All(selection.Labels.Keys, id => Assert.Equal(DataSplit.Part.Train, DataSplit.Of(id)));
        Assert.True(selection.Labels.Count >= 200, $"only {selection.Labels.Count} train-split labels");
        Assert.Contains(ReportKind.SingleMatchReport, selection.Labels.Values);
        Assert.All(ReportSideLabels.Recipe, path => Assert.Contains(path, ReportSideLabels.Pending));
    }
}
