using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Evaluation;

/// <summary>The hand-read news-archive gold: it parses, it holds only hand-labelled single-match reports, and `eval extraction` scores it.</summary>
public sealed class NewsGoldTests
{
    private static string GoldFile => Path.Combine(SharedData.RepositoryRoot, NewsGoldReader.GoldPath);

    [Fact]
    public void Gold_file_parses_into_consistent_records()
    {
        var gold = NewsGoldReader.ReadGold(GoldFile);

        Assert.True(gold.Count >= 60, $"only {gold.Count} records");
        Assert.Equal(gold.Count, gold.Select(g => g.Id).Distinct().Count());
        foreach (var report in gold)
        {
            Assert.False(string.IsNullOrWhiteSpace(report.Home), report.Id);
            Assert.False(string.IsNullOrWhiteSpace(report.Away), report.Id);
            Assert.True(report.UnstatedMinutesMatch, report.Id);
            Assert.NotNull(report.RedCards);
            Assert.NotNull(report.MissedPenalties);
            // Scorers the text never names are left out, so a side may have fewer listed goals than its score, never more.
            Assert.True(report.Goals.Count(g => g.Team == report.Home) <= report.HomeScore, report.Id);
            Assert.True(report.Goals.Count(g => g.Team == report.Away) <= report.AwayScore, report.Id);
            foreach (var goal in report.Goals)
            {
                Assert.Contains(goal.Team, new[] { report.Home, report.Away });
                Assert.False(string.IsNullOrWhiteSpace(goal.Player), report.Id);
                Assert.True(goal.Minute is null or (>= 1 and <= 120), $"{report.Id} {goal.Player} {goal.Minute}");
                Assert.True(goal.AddedTime is null || goal.Minute is 45 or 90 or 105 or 120, $"{report.Id} {goal.Player}: added time only after 45, 90, 105 or 120");
            }
        }
    }

    [Fact]
    public void Every_gold_id_is_a_hand_labelled_single_match_report()
    {
        // The report classifier's labels, session 7's and session 10's labels (kept beside them, unread by its recipe), and the labels of gold reports
        // read after its labels were last trained on (kept apart so the classifier's held-out figures stay comparable; see
        // data/annotations/README.md).
        var kinds = new[] { "report-kinds.tsv", "report-kinds-session7.tsv", "report-kinds-news-gold.tsv", "report-kinds-session10.tsv", "report-kinds-session11a.tsv", "report-kinds-session11b.tsv" }
            .SelectMany(file => File.ReadLines(Path.Combine(SharedData.RepositoryRoot, "data", "annotations", file)).Skip(1))
            .Select(line => line.Split('\t')).Where(f => f.Length >= 2).ToDictionary(f => f[0], f => f[1]);

        foreach (var report in NewsGoldReader.ReadGold(GoldFile))
        {
            Assert.True(kinds.TryGetValue(report.Id, out var kind), $"{report.Id} has no hand label in data/annotations/report-kinds*.tsv");
            Assert.Equal("singleMatchReport", kind);
        }
    }

    [Fact]
    public void Gold_spans_more_than_one_split_by_the_shared_rule()
    {
        var parts = NewsGoldReader.ReadGold(GoldFile).Select(g => DataSplit.Of(g.Id)).ToHashSet();

        Assert.Contains(DataSplit.Part.Test, parts);
        Assert.Contains(DataSplit.Part.Dev, parts);
    }

    [SharedDataFact]
    public void Every_gold_id_has_its_archive_text()
    {
        var problems = new List<string>();
        var readers = new GoldReaders(SharedData.RepositoryRoot, SharedData.Root!);

        var cases = readers.News(problems.Add).ToList();

        Assert.Empty(problems);
        Assert.Equal(NewsGoldReader.ReadGold(GoldFile).Count, cases.Count);
        Assert.All(cases, c => Assert.True(c.Text.Length > 200, $"{c.Id} has a short text"));
        // Scored as `extract` reads the archive: the record's title and date go in with the text.
        Assert.All(cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Input?.Title), $"{c.Id} has no title"));
        Assert.All(cases, c => Assert.Equal(c.Input!.Text, c.Text));
        Assert.Contains(readers.Provenance, line => line.StartsWith("news:", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public void Evaluation_scores_the_news_corpus_in_its_own_rows()
    {
        var readers = new GoldReaders(SharedData.RepositoryRoot, SharedData.Root!);
        // A sample keeps the test fast; the command scores every report.
        var sample = readers.News().Take(6).ToList();
        var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(), DefaultPipeline.Extractors(ExtractionModels.None));

        var scores = evaluator.Score(sample, [], new Dictionary<(string, string), string>(), new HashSet<DataSplit.Part>(), TextWriter.Null);

        var news = scores.Where(s => s.Key.Corpus == NewsGoldReader.Corpus).ToList();
        Assert.Equal(sample.Count, news.Sum(s => s.Value.Reports));
        Assert.Equal(sample.Sum(c => c.Gold.Goals.Count(g => g.Minute is not null)), news.Sum(s => s.Value.GoldTimedGoals));
        var table = ExtractionReport.Table(scores, [DataSplit.Part.Train, DataSplit.Part.Dev, DataSplit.Part.Test]);
        Assert.Contains("news ", table);
    }
}
