using Microsoft.Data.Sqlite;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Tests.Batch;

/// <summary>A database written before a column was added opens with the column added at the end and its rows kept, so an older run resumes and its shards merge.</summary>
public sealed class BatchSchemaMigrationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A database file written by an older binary: its tables as that version created them, with a row.</summary>
    private string Older(string name, string sql)
    {
        var path = _temp[name];
        using var old = new SqliteConnection($"Data Source={path};Pooling=False");
        old.Open();
        using var create = old.CreateCommand();
        create.CommandText = sql;
        create.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void An_articles_table_without_detected_kind_gains_it_and_keeps_its_rows()
    {
        // The version-1 articles table, as session 8's binary wrote it.
        var path = Older("old.db", """
                CREATE TABLE articles (
                    seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL,
                    url TEXT, title TEXT, description TEXT, author TEXT, published TEXT, modified TEXT, site_name TEXT, language TEXT,
                    kind TEXT NOT NULL, kind_confidence REAL NOT NULL, is_match_report INTEGER NOT NULL, note TEXT,
                    chars INTEGER NOT NULL, text TEXT, json TEXT NOT NULL,
                    PRIMARY KEY (seq, sub));
                INSERT INTO articles(seq, sub, source, kind, kind_confidence, is_match_report, chars, json) VALUES (0, 0, 'a.txt', 'Preview', 0.9, 0, 10, '{}');
                """);

        using var db = BatchDatabase.Open(path);

        var columns = db.Query("SELECT name FROM pragma_table_info('articles')").Select(r => r.GetString(0)).ToList();
        Assert.Equal("detected_kind", columns[^1]);
        Assert.Equal(["a.txt"], db.Query("SELECT source FROM articles").Select(r => r.GetString(0)).ToList());
        Assert.Equal(BatchSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), db.GetMeta("schema_version"));
    }

    [Fact]
    public void A_new_database_puts_detected_kind_last_as_a_migrated_one_does()
    {
        using var db = BatchDatabase.Open(_temp["new.db"]);

        var columns = db.Query("SELECT name FROM pragma_table_info('articles')").Select(r => r.GetString(0)).ToList();
        Assert.Equal("detected_kind", columns[^1]);
        Assert.Equal(1, columns.Count(c => c == "detected_kind"));
    }

    [Fact]
    public void A_reports_table_without_score_counted_gains_it_last_and_keeps_its_rows()
    {
        // The version-2 reports table, as session 26's binary wrote it.
        var path = Older("v2.db", """
                CREATE TABLE reports (
                    seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL,
                    first_team TEXT, second_team TEXT, first_goals INTEGER, second_goals INTEGER,
                    first_shootout INTEGER, second_shootout INTEGER, after_extra_time INTEGER,
                    venue TEXT, competition TEXT, stage TEXT, match_date TEXT, player_of_the_match TEXT,
                    PRIMARY KEY (seq, sub));
                INSERT INTO reports(seq, sub, source, first_team, second_team, first_goals, second_goals) VALUES (0, 0, 'a.txt', 'Hartfield', 'Brookmere', 2, 1);
                """);

        using var db = BatchDatabase.Open(path);

        var columns = db.Query("SELECT name FROM pragma_table_info('reports')").Select(r => r.GetString(0)).ToList();
        Assert.Equal("score_counted", columns[^1]);
        // A score an older binary wrote is not known to be counted: the new column is null, not 0.
        Assert.Equal([("a.txt", true)], db.Query("SELECT source, score_counted IS NULL FROM reports").Select(r => (r.GetString(0), r.GetBoolean(1))).ToList());
    }

    [Fact]
    public void A_new_database_puts_score_counted_last_as_a_migrated_one_does()
    {
        using var db = BatchDatabase.Open(_temp["new3.db"]);

        var columns = db.Query("SELECT name FROM pragma_table_info('reports')").Select(r => r.GetString(0)).ToList();
        Assert.Equal("score_counted", columns[^1]);
        Assert.Equal(1, columns.Count(c => c == "score_counted"));
    }
}
