using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Builds the report classifier's data: single-match reports from the ESPN and premierleague.com corpora, archive
/// articles with weak title/URL labels, hand labels where they exist (they override weak ones; report-kinds.tsv and the
/// train-split lines of the side files <see cref="ReportSideLabels.Recipe"/> names), and short articles
/// written for training (<see cref="ReportWrittenExamples"/>, train only). Every example
/// goes to train, dev or test by <see cref="DataSplit"/> of its id; only the train part is ever fitted.
/// </summary>
public sealed class ReportTrainingData
{
    public List<ReportExample> Train { get; } = [];
    public List<ReportExample> WeakDev { get; } = [];
    public List<ReportExample> HandDev { get; } = [];
    public List<ReportExample> HandTest { get; } = [];
    /// <summary>The hand-labelled articles of the train split, once each (<see cref="Train"/> holds their weighted copies).</summary>
    public List<ReportExample> HandTrain { get; } = [];
    public List<string> Problems { get; } = [];
    public int HandLabelled { get; private set; }
    /// <summary>The ids labelled by the side files (train split only), so held-out figures can be told apart from report-kinds.tsv's own.</summary>
    public HashSet<string> SideLabelled { get; } = new(StringComparer.Ordinal);
    /// <summary>Side-file lines left out: live pages, dev or test ids, ids judged before.</summary>
    public (int LivePages, int HeldOut, int Repeated) SideLeftOut { get; private set; }
    /// <summary>Short articles written for training (<see cref="ReportWrittenExamples"/>), all in the train part.</summary>
    public int Written { get; private set; }
    /// <summary>Training articles left out because a held-out hand-labelled article has the same title (a syndicated copy).</summary>
    public int SkippedCopies { get; private set; }
    public const int HandLabelWeight = 6;
    /// <summary>How many of a hand-labelled article's copies hide its title (session 4: two, up from one; out-of-fold and dev yes/no 0.895 → 0.897, three copies 0.886).</summary>
    public const int TitlelessCopies = 2;
    public string LatestDate { get; private set; } = "";

    public static ReportTrainingData Build(SharedCorpora shared, string repositoryRoot) =>
        Build(shared, repositoryRoot, ReportSideLabels.Recipe);

    public static ReportTrainingData Build(SharedCorpora shared, string repositoryRoot, IReadOnlyList<string> sideLabelFiles)
    {
        var data = new ReportTrainingData();
        var (hand, problems) = ReportKindAnnotations.Read(Path.Combine(repositoryRoot, ReportKindAnnotations.RelativePath));
        data.Problems.AddRange(problems);
        var side = ReportSideLabels.Read(repositoryRoot, sideLabelFiles, hand.Keys.ToHashSet(StringComparer.Ordinal));
        data.Problems.AddRange(side.Problems);
        data.SideLeftOut = (side.LivePages, side.HeldOut, side.Repeated);
        foreach (var (id, kind) in side.Labels)
        {
            hand.Add(id, kind);
            data.SideLabelled.Add(id);
        }
        data.HandLabelled = hand.Count;
        foreach (var report in shared.Espn().Concat(shared.PremierLeague()))
        {
            var example = new ReportExample(new Article(report.Id, report.Text), ReportKind.SingleMatchReport);
            switch (DataSplit.Of(report.Id))
            {
                case DataSplit.Part.Train: data.Train.Add(example); break;
                case DataSplit.Part.Dev: data.WeakDev.Add(example); break;
            }
        }
        var (written, writtenProblems) = ReportWrittenExamples.Read(Path.Combine(repositoryRoot, ReportWrittenExamples.RelativePath));
        data.Problems.AddRange(writtenProblems);
        data.Written = written.Count;
        foreach (var example in written)
            for (int copy = 0; copy < ReportWrittenExamples.Weight; copy++)
                data.Train.Add(copy == ReportWrittenExamples.Weight - 1 && example.Article.Title is not null ? example with { TitleHidden = true } : example);
        var archive = shared.Archive().ToList();
        // The archive repeats syndicated stories under other ids; a training copy of a held-out article would leak it.
        var heldOutTitles = archive.Where(r => hand.ContainsKey(r.Id) && DataSplit.Of(r.Id) != DataSplit.Part.Train)
            .Select(r => TitleKey(r.Title)).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var record in archive)
        {
            var article = ToArticle(record);
            if (string.CompareOrdinal(record.Date, data.LatestDate) > 0) data.LatestDate = record.Date;
            var part = DataSplit.Of(record.Id);
            if (hand.TryGetValue(record.Id, out var kind))
            {
                var example = new ReportExample(article, kind);
                if (part == DataSplit.Part.Train)
                {
                    if (heldOutTitles.Contains(TitleKey(record.Title))) { data.SkippedCopies++; continue; }
                    data.HandTrain.Add(example);
                    data.Train.AddRange(HandCopies(example));
                }
                else if (part == DataSplit.Part.Dev) data.HandDev.Add(example);
                else data.HandTest.Add(example);
                continue;
            }
            if (ReportWeakLabeler.Label(record) is not { } weak) continue;
            if (part == DataSplit.Part.Train && heldOutTitles.Contains(TitleKey(record.Title))) { data.SkippedCopies++; continue; }
            if (part == DataSplit.Part.Train) data.Train.Add(new ReportExample(article, weak, LabelFromTitle: true));
            else if (part == DataSplit.Part.Dev) data.WeakDev.Add(new ReportExample(article, weak, LabelFromTitle: true));
        }
        return data;
    }

    /// <summary>
    /// The copies of a hand-labelled article that training sees: hand labels are worth more than weak ones, so the
    /// perceptron meets each of them <see cref="HandLabelWeight"/> times per epoch, <see cref="TitlelessCopies"/> of them without
    /// the title so that the body's words learn the decision too (plain-text inputs and some pages have no title, and many
    /// reports from unfamiliar outlets carry a headline that takes an angle rather than stating the result).
    /// </summary>
    public static IEnumerable<ReportExample> HandCopies(ReportExample example)
    {
        for (int copy = 0; copy < HandLabelWeight; copy++)
            yield return copy >= HandLabelWeight - TitlelessCopies && example.Article.Title is not null ? example with { TitleHidden = true } : example;
    }

    private static string TitleKey(string title) => string.Join(' ', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static Article ToArticle(ArchiveRecord record) => new(record.Id, record.Text)
    {
        Title = record.Title.Length > 0 ? record.Title : null,
        Url = record.Url.Length > 0 ? record.Url : null,
        SiteName = record.Domain.Length > 0 ? record.Domain : null,
    };
}
