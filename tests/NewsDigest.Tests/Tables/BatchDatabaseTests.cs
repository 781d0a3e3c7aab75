using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Rendering.Tables;
using NewsDigest.Tests.Batch;

namespace NewsDigest.Tests.Tables;

public sealed class BatchDatabaseTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Creates_the_documented_tables()
    {
        using var db = BatchDatabase.Open(_temp["t.db"]);
        var tables = db.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").Select(r => r.GetString(0)).ToArray();
        Assert.Equal(["articles", "attachments", "cards", "failures", "goals", "matches", "meta", "progress", "quotes", "reports", "runs", "sources"], tables);
    }

    [Fact]
    public void Rows_of_an_uncommitted_transaction_are_not_there_after_a_crash()
    {
        var article = new Article("a#1", "Text.") { Title = "T", Published = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)) };
        var report = new ArticleReport(article, ReportKind.OffTopic, 0.6, null);
        using (var db = BatchDatabase.Open(_temp["t.db"]))
        {
            db.BeginTransaction();
            db.WriteArticle(0, 0, report, "{}");
            db.SetProgress(0, "a#1");
            db.Commit();
            db.BeginTransaction();
            db.WriteArticle(1, 0, report with { Article = article with { Source = "a#2" } }, "{}");
            // Disposed without commit, as a killed process leaves it.
        }
        using var reopened = BatchDatabase.Open(_temp["t.db"]);
        Assert.Equal(1, reopened.Counts().Articles);
        Assert.Equal((0L, "a#1"), reopened.Progress());
    }

    [Fact]
    public void Match_report_articles_come_back_field_for_field()
    {
        var article = new Article("a#1", "Harbour Town 2-1 Millbrook.") { Title = "T", Url = "https://x.example/", Published = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(1)), SiteName = "x", Language = "en" };
        var facts = new MatchFacts { Teams = new Extraction.Teams.TeamPair("Harbour Town", "Millbrook", new Evidence("a#1", new Text.TextSpan(0, 10), "Harbour Town")) };
        using var db = BatchDatabase.Open(_temp["t.db"]);
        db.BeginTransaction();
        db.WriteArticle(4, 1, new ArticleReport(article, ReportKind.SingleMatchReport, 0.7, facts), "{}");
        db.Commit();
        var (seq, sub, back) = Assert.Single(db.MatchReportArticles());
        Assert.Equal((4L, 1), (seq, sub));
        Assert.Equal(article, back);
    }
}
