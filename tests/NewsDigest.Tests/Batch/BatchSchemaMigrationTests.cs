using Microsoft.Data.Sqlite;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Tests.Batch;

/// <summary>A database written before a column was added opens with the column added at the end and its rows kept, so an older run resumes and its shards merge.</summary>
public sealed class BatchSchemaMigrationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_articles_table_without_detected_kind_gains_it_and_keeps_its_rows()
    {
        var path = _temp["old.db"];
        // The version-1 articles table, as session 8's binary wrote it.
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE articles (
                    seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL,
                    url TEXT, title TEXT, description TEXT, author TEXT, published TEXT, modified TEXT, site_name TEXT, language TEXT,
                    kind TEXT NOT NULL, kind_confidence REAL NOT NULL, is_match_report INTEGER NOT NULL, note TEXT,
                    chars INTEGER NOT NULL, text TEXT, json TEXT NOT NULL,
                    PRIMARY KEY (seq, sub));
                INSERT INTO articles(seq, sub, source, kind, kind_confidence, is_match_report, chars, json) VALUES (0, 0, 'a.txt', 'Preview', 0.9, 0, 10, '{}');
                """;
            create.ExecuteNonQuery();
        }

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
}
