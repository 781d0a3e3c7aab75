using NewsDigest.Extraction.Score;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsDigest.Extraction;
using NewsDigest.Ingest;

namespace NewsDigest.Rendering.Tables;

/// <summary>A batch run's SQLite database (<see cref="BatchSchema"/>): rows go in by transaction, so a crash never leaves half an item.</summary>
public sealed class BatchDatabase : IDisposable
{
    private static readonly Lazy<bool> Initialised = new(() =>
    {
        SQLitePCL.Batteries.Init();
        return true;
    });

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;
    private readonly Dictionary<string, SqliteCommand> _prepared = [];

    private BatchDatabase(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    public static BatchDatabase Open(string path)
    {
        _ = Initialised.Value;
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        var database = new BatchDatabase(connection) { Path = path };
        // WAL keeps every committed transaction across a killed process; NORMAL sync is safe for that (only power loss may drop the last commit).
        database.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        database.Execute(BatchSchema.Create);
        database.AddMissingColumns();
        database.SetMeta("schema_version", BatchSchema.Version.ToString(CultureInfo.InvariantCulture));
        return database;
    }

    private void AddMissingColumns()
    {
        foreach (var (table, column, declaration) in BatchSchema.Migrations)
            if (!Query($"SELECT name FROM pragma_table_info('{table}')").Any(r => r.GetString(0) == column))
                Execute($"ALTER TABLE {table} ADD COLUMN {column} {declaration}");
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public string? GetMeta(string key)
    {
        using var command = Command("SELECT value FROM meta WHERE key = $k", ("$k", key));
        return command.ExecuteScalar() as string;
    }

    public void SetMeta(string key, string value)
    {
        using var command = Command("INSERT INTO meta(key, value) VALUES ($k, $v) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$k", key), ("$v", value));
        command.ExecuteNonQuery();
    }

    public void BeginTransaction() => _transaction ??= _connection.BeginTransaction();

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        foreach (var command in _prepared.Values) command.Transaction = null;
    }

    public long StartRun(string command, int threads, string shard, DateTimeOffset started)
    {
        using var insert = Command("INSERT INTO runs(started, state, command, threads, shard) VALUES ($s, 'running', $c, $t, $h) RETURNING id",
            ("$s", Time(started)), ("$c", command), ("$t", threads), ("$h", shard));
        return (long)insert.ExecuteScalar()!;
    }

    public void FinishRun(long run, string state, RunCounts counts, double seconds, DateTimeOffset finished)
    {
        using var update = Command("""
            UPDATE runs SET finished = $f, state = $st, items = $i, articles = $a, match_reports = $r, not_reports = $n, failures = $x, seconds = $sec WHERE id = $id
            """, ("$f", Time(finished)), ("$st", state), ("$i", counts.Items), ("$a", counts.Articles), ("$r", counts.MatchReports),
            ("$n", counts.NotReports), ("$x", counts.Failures), ("$sec", seconds), ("$id", run));
        update.ExecuteNonQuery();
    }

    /// <summary>The last item committed, which a resumed run continues after; null before the first commit.</summary>
    public (long Seq, string Source)? Progress()
    {
        using var query = Command("SELECT last_seq, last_source FROM progress WHERE id = 1");
        using var reader = query.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetString(1)) : null;
    }

    public void SetProgress(long seq, string source) =>
        Prepared("progress", "INSERT INTO progress(id, last_seq, last_source) VALUES (1, $seq, $src) ON CONFLICT(id) DO UPDATE SET last_seq = excluded.last_seq, last_source = excluded.last_source",
            ("$seq", seq), ("$src", source)).ExecuteNonQuery();

    public void WriteFailure(long seq, int sub, IngestFailure failure) =>
        Prepared("failure", "INSERT INTO failures(seq, sub, source, kind, reason) VALUES ($seq, $sub, $src, $k, $r)",
            ("$seq", seq), ("$sub", sub), ("$src", failure.Source), ("$k", failure.Kind.ToString()), ("$r", failure.Reason)).ExecuteNonQuery();

    /// <summary>Writes an article, its extraction line, and for a match report its facts and text (kept so the end-of-run merge can read it again).</summary>
    public void WriteArticle(long seq, int sub, ArticleReport report, string json)
    {
        var a = report.Article;
        Prepared("article", """
            INSERT INTO articles(seq, sub, source, url, title, description, author, published, modified, site_name, language,
                kind, kind_confidence, is_match_report, note, chars, text, json, detected_kind)
            VALUES ($seq, $sub, $src, $url, $title, $desc, $author, $pub, $mod, $site, $lang, $kind, $conf, $isr, $note, $chars, $text, $json, $detected)
            """,
            ("$seq", seq), ("$sub", sub), ("$src", a.Source), ("$url", a.Url), ("$title", a.Title), ("$desc", a.Description), ("$author", a.Author),
            ("$pub", a.Published is { } p ? Time(p) : null), ("$mod", a.Modified is { } m ? Time(m) : null), ("$site", a.SiteName), ("$lang", a.Language),
            ("$kind", report.Kind.ToString()), ("$conf", report.KindConfidence), ("$isr", report.IsMatchReport ? 1 : 0), ("$note", report.Note),
            ("$chars", a.Text.Length), ("$text", report.IsMatchReport || IsAttachable(report) ? a.Text : null), ("$json", json),
            ("$detected", report.DetectedKind?.ToString())).ExecuteNonQuery();
        if (report.IsMatchReport) WriteFacts(seq, sub, a.Source, report.Match!);
        else if (IsAttachable(report))
            Prepared("attachment", "INSERT INTO attachments(seq, sub, source, first_team, second_team) VALUES ($seq, $sub, $src, $t1, $t2)",
                ("$seq", seq), ("$sub", sub), ("$src", a.Source), ("$t1", report.Match!.Teams!.First), ("$t2", report.Match.Teams.Second)).ExecuteNonQuery();
    }

    /// <summary>A non-report whose facts name two teams: the final merge may attach it to their match.</summary>
    public static bool IsAttachable(ArticleReport report) => !report.IsMatchReport && report.Match?.Teams is not null;

    private void WriteFacts(long seq, int sub, string source, MatchFacts m)
    {
        Prepared("report", """
            INSERT INTO reports(seq, sub, source, first_team, second_team, first_goals, second_goals, first_shootout, second_shootout,
                after_extra_time, venue, competition, stage, match_date, player_of_the_match, score_counted)
            VALUES ($seq, $sub, $src, $t1, $t2, $g1, $g2, $s1, $s2, $aet, $venue, $comp, $stage, $date, $potm, $counted)
            """,
            ("$seq", seq), ("$sub", sub), ("$src", source), ("$t1", m.Teams?.First), ("$t2", m.Teams?.Second),
            ("$g1", m.Result?.Score.First), ("$g2", m.Result?.Score.Second), ("$s1", m.Result?.Shootout?.First), ("$s2", m.Result?.Shootout?.Second),
            ("$aet", m.Result is { } r ? (r.AfterExtraTime ? 1 : 0) : null), ("$venue", m.Venue?.Value), ("$comp", m.Competition?.Value),
            ("$stage", m.Stage?.Value), ("$date", m.Date?.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$potm", m.PlayerOfTheMatch?.Value),
            ("$counted", m.Result is { } told ? (told.Provenance == ScoreProvenance.CountedFromGoals ? 1 : 0) : null)).ExecuteNonQuery();
        for (int i = 0; i < m.Goals.Count; i++)
        {
            var g = m.Goals[i];
            Prepared("goal", """
                INSERT INTO goals(seq, sub, idx, source, player, team, minute, added_time, penalty, own_goal, method, assist, evidence_start, evidence_length)
                VALUES ($seq, $sub, $i, $src, $p, $t, $min, $add, $pen, $og, $meth, $ast, $es, $el)
                """,
                ("$seq", seq), ("$sub", sub), ("$i", i), ("$src", source), ("$p", g.Player), ("$t", g.Team), ("$min", g.Minute?.Regular), ("$add", g.Minute?.Added),
                ("$pen", g.Penalty ? 1 : 0), ("$og", g.OwnGoal ? 1 : 0), ("$meth", g.Method.ToString()), ("$ast", g.Assist),
                ("$es", g.Evidence.Span.Start), ("$el", g.Evidence.Span.Length)).ExecuteNonQuery();
        }
        for (int i = 0; i < m.Cards.Count; i++)
        {
            var c = m.Cards[i];
            Prepared("card", """
                INSERT INTO cards(seq, sub, idx, source, player, team, minute, added_time, kind, evidence_start, evidence_length)
                VALUES ($seq, $sub, $i, $src, $p, $t, $min, $add, $k, $es, $el)
                """,
                ("$seq", seq), ("$sub", sub), ("$i", i), ("$src", source), ("$p", c.Player), ("$t", c.Team), ("$min", c.Minute?.Regular), ("$add", c.Minute?.Added),
                ("$k", c.Kind.ToString()), ("$es", c.Evidence.Span.Start), ("$el", c.Evidence.Span.Length)).ExecuteNonQuery();
        }
        for (int i = 0; i < m.Quotes.Count; i++)
        {
            var q = m.Quotes[i];
            Prepared("quote", """
                INSERT INTO quotes(seq, sub, idx, source, speaker, role, team, text, evidence_start, evidence_length)
                VALUES ($seq, $sub, $i, $src, $sp, $role, $team, $text, $es, $el)
                """,
                ("$seq", seq), ("$sub", sub), ("$i", i), ("$src", source), ("$sp", q.Speaker), ("$role", q.SpeakerRole), ("$team", q.SpeakerTeam),
                ("$text", q.Text), ("$es", q.Evidence.Span.Start), ("$el", q.Evidence.Span.Length)).ExecuteNonQuery();
        }
    }

    /// <summary>Replaces the per-match tables in one transaction, so a crash leaves the old set or the new one, never a mix.</summary>
    public void ReplaceMatches(IEnumerable<MatchRow> matches)
    {
        BeginTransaction();
        Execute("DELETE FROM sources; DELETE FROM matches;");
        foreach (var match in matches)
        {
            Prepared("match", """
                INSERT INTO matches(id, digest_id, first_team, second_team, first_goals, second_goals, match_date, competition, venue, report_count, json)
                VALUES ($id, $did, $t1, $t2, $g1, $g2, $date, $comp, $venue, $n, $json)
                """,
                ("$id", match.Id), ("$did", match.DigestId), ("$t1", match.FirstTeam), ("$t2", match.SecondTeam), ("$g1", match.FirstGoals), ("$g2", match.SecondGoals),
                ("$date", match.Date), ("$comp", match.Competition), ("$venue", match.Venue), ("$n", match.Sources.Count), ("$json", match.Json)).ExecuteNonQuery();
            for (int i = 0; i < match.Sources.Count; i++)
            {
                var (seq, sub, source) = match.Sources[i];
                Prepared("source", "INSERT INTO sources(match_id, seq, sub, source, role) VALUES ($m, $seq, $sub, $src, $role)",
                    ("$m", match.Id), ("$seq", seq), ("$sub", sub), ("$src", source), ("$role", match.Roles[i])).ExecuteNonQuery();
            }
        }
        Commit();
    }

    public RunCounts Counts()
    {
        using var query = Command("""
            SELECT (SELECT COUNT(*) FROM (SELECT seq FROM articles UNION SELECT seq FROM failures)),
                   (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM articles WHERE is_match_report = 1), (SELECT COUNT(*) FROM failures),
                   (SELECT COUNT(*) FROM articles WHERE is_match_report = 1 AND detected_kind IS NOT NULL)
            """);
        using var reader = query.ExecuteReader();
        reader.Read();
        long articles = reader.GetInt64(1), reports = reader.GetInt64(2);
        return new RunCounts(reader.GetInt64(0), articles, reports, articles - reports, reader.GetInt64(3)) { OverDetector = reader.GetInt64(4) };
    }

    public IReadOnlyList<(string Source, string Reason)> FirstFailures(int count) =>
        Query($"SELECT source, reason FROM failures ORDER BY seq, sub LIMIT {count}").Select(r => (r.GetString(0), r.GetString(1))).ToArray();

    /// <summary>Rows of a query, in order; the caller reads each row before asking for the next.</summary>
    public IEnumerable<SqliteDataReader> Query(string sql)
    {
        using var query = Command(sql);
        using var reader = query.ExecuteReader();
        while (reader.Read()) yield return reader;
    }

    /// <summary>The match reports' keys and their two teams as extracted, in input order: enough to split the final merge by team pair.</summary>
    public IReadOnlyList<(long Seq, int Sub, string? FirstTeam, string? SecondTeam)> MatchReportTeams() =>
        Query("SELECT seq, sub, first_team, second_team FROM reports ORDER BY seq, sub").Select(r => (r.GetInt64(0), r.GetInt32(1), Text(r, 2), Text(r, 3))).ToArray();

    /// <summary>The attachable non-reports' keys and the two teams their headline or opening names, in input order.</summary>
    public IReadOnlyList<(long Seq, int Sub, string FirstTeam, string SecondTeam)> AttachmentTeams() =>
        Query("SELECT seq, sub, first_team, second_team FROM attachments ORDER BY seq, sub").Select(r => (r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetString(3))).ToArray();

    /// <summary>Each attachable piece's kind and headline, in input order: what tells whether a team pair no report names may hold a match of its own.</summary>
    public IReadOnlyList<(long Seq, int Sub, string Kind, string? Title)> AttachmentHeadlines() =>
        Query("SELECT t.seq, t.sub, a.kind, a.title FROM attachments t JOIN articles a ON a.seq = t.seq AND a.sub = t.sub ORDER BY t.seq, t.sub")
            .Select(r => (r.GetInt64(0), r.GetInt32(1), r.GetString(2), Text(r, 3))).ToArray();

    /// <summary>Every stored article whose text was kept (match reports and attachable non-reports), in input order with their keys.</summary>
    public IEnumerable<(long Seq, int Sub, Article Article)> StoredArticles() =>
        ReadArticles("WHERE text IS NOT NULL ORDER BY seq, sub");

    /// <summary>What the run made of a stored article: its kind, the detector's confidence, whether it is a match report, and its note.</summary>
    public (Extraction.Reports.ReportKind Kind, double Confidence, bool IsMatchReport, string? Note) StoredKind(long seq, int sub) =>
        Query($"SELECT kind, kind_confidence, is_match_report, note FROM articles WHERE seq = {seq} AND sub = {sub}")
            .Select(r => (Enum.Parse<Extraction.Reports.ReportKind>(r.GetString(0)), r.GetDouble(1), r.GetInt64(2) == 1, Text(r, 3))).Single();

    /// <summary>One stored article whose text was kept (a match report or an attachable non-report), rebuilt field by field.</summary>
    public Article StoredArticle(long seq, int sub) =>
        ReadArticles($"WHERE seq = {seq} AND sub = {sub} AND text IS NOT NULL").Single().Article;

    /// <summary>The match reports' articles, rebuilt field by field, in input order with their keys.</summary>
    public IEnumerable<(long Seq, int Sub, Article Article)> MatchReportArticles() =>
        ReadArticles("WHERE is_match_report = 1 ORDER BY seq, sub");

    /// <summary>One stored article rebuilt field by field (its text is kept for match reports only).</summary>
    public Article MatchReportArticle(long seq, int sub) =>
        ReadArticles($"WHERE seq = {seq} AND sub = {sub} AND is_match_report = 1").Single().Article;

    private IEnumerable<(long Seq, int Sub, Article Article)> ReadArticles(string where)
    {
        foreach (var r in Query($"SELECT seq, sub, source, text, url, title, description, author, published, modified, site_name, language FROM articles {where}"))
        {
            var article = new Article(r.GetString(2), r.GetString(3))
            {
                Url = Text(r, 4), Title = Text(r, 5), Description = Text(r, 6), Author = Text(r, 7),
                Published = ParseTime(Text(r, 8)), Modified = ParseTime(Text(r, 9)), SiteName = Text(r, 10), Language = Text(r, 11),
            };
            yield return (r.GetInt64(0), r.GetInt32(1), article);
        }
    }

    /// <summary>Copies every item row of another batch database (a shard) into this one.</summary>
    public void ImportItems(string otherPath)
    {
        using (var attach = Command("ATTACH DATABASE $p AS shard", ("$p", otherPath))) attach.ExecuteNonQuery();
        try
        {
            BeginTransaction();
            // A shard written before the attachments table existed simply has none to give.
            var present = Query("SELECT name FROM shard.sqlite_master WHERE type = 'table'").Select(r => r.GetString(0)).ToHashSet(StringComparer.Ordinal);
            foreach (var table in new[] { "articles", "reports", "attachments", "goals", "cards", "quotes", "failures" }.Where(present.Contains))
                Execute($"INSERT INTO main.{table} SELECT * FROM shard.{table}");
            Commit();
        }
        finally
        {
            Execute("DETACH DATABASE shard");
        }
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string Time(DateTimeOffset t) => t.ToString("o", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string? s) =>
        s is null ? null : DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>A cached, prepared command with its parameters set; inserts run many thousand times a run.</summary>
    private SqliteCommand Prepared(string key, string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(key, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _prepared[key] = command;
        }
        command.Transaction = _transaction;
        for (int i = 0; i < parameters.Length; i++) command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        return command;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        foreach (var command in _prepared.Values) command.Dispose();
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
