namespace NewsDigest.Rendering.Tables;

/// <summary>
/// The SQLite schema of a batch run's newsdigest.db (documented in README). Rows of articles, failures and the facts
/// of each report are keyed by (seq, sub): seq is the input item's place in the whole, unsharded input order and sub
/// the article's place within the item, so shard databases merge by union and sort like a single run.
/// <c>attachments</c> lists the articles that are not match reports but name two teams in their headline or opening (reactions,
/// previews, pieces the detector turned down): their text is kept so the final merge can attach them to their match.
/// </summary>
public static class BatchSchema
{
    /// <summary>2 added articles.detected_kind (last column, so a shard migrated by <see cref="Migrations"/> still merges by SELECT *);
    /// 3 added reports.score_counted (1 when the report never gives its score and it is counted from the goals read).</summary>
    public const int Version = 3;

    /// <summary>Columns later versions added to an existing table: (table, column, its declaration), applied when a database written by an older
    /// version is opened, so a run resumed or merged with a newer binary keeps every row.</summary>
    public static readonly IReadOnlyList<(string Table, string Column, string Declaration)> Migrations =
    [
        ("articles", "detected_kind", "TEXT"),
        ("reports", "score_counted", "INTEGER"),
    ];

    public const string Create = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT, state TEXT NOT NULL,
            command TEXT NOT NULL, threads INTEGER NOT NULL, shard TEXT NOT NULL,
            items INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0, match_reports INTEGER NOT NULL DEFAULT 0,
            not_reports INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, seconds REAL);
        CREATE TABLE IF NOT EXISTS progress (
            id INTEGER PRIMARY KEY CHECK (id = 1), last_seq INTEGER NOT NULL, last_source TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS articles (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL,
            url TEXT, title TEXT, description TEXT, author TEXT, published TEXT, modified TEXT, site_name TEXT, language TEXT,
            kind TEXT NOT NULL, kind_confidence REAL NOT NULL, is_match_report INTEGER NOT NULL, note TEXT,
            chars INTEGER NOT NULL, text TEXT, json TEXT NOT NULL, detected_kind TEXT,
            PRIMARY KEY (seq, sub));
        CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
        CREATE TABLE IF NOT EXISTS reports (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL,
            first_team TEXT, second_team TEXT, first_goals INTEGER, second_goals INTEGER,
            first_shootout INTEGER, second_shootout INTEGER, after_extra_time INTEGER,
            venue TEXT, competition TEXT, stage TEXT, match_date TEXT, player_of_the_match TEXT, score_counted INTEGER,
            PRIMARY KEY (seq, sub));
        CREATE TABLE IF NOT EXISTS attachments (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL, first_team TEXT NOT NULL, second_team TEXT NOT NULL,
            PRIMARY KEY (seq, sub));
        CREATE TABLE IF NOT EXISTS goals (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL,
            player TEXT NOT NULL, team TEXT, minute INTEGER, added_time INTEGER,
            penalty INTEGER NOT NULL, own_goal INTEGER NOT NULL, method TEXT, assist TEXT,
            evidence_start INTEGER NOT NULL, evidence_length INTEGER NOT NULL,
            PRIMARY KEY (seq, sub, idx));
        CREATE TABLE IF NOT EXISTS cards (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL,
            player TEXT NOT NULL, team TEXT, minute INTEGER, added_time INTEGER, kind TEXT NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_length INTEGER NOT NULL,
            PRIMARY KEY (seq, sub, idx));
        CREATE TABLE IF NOT EXISTS quotes (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, idx INTEGER NOT NULL, source TEXT NOT NULL,
            speaker TEXT, role TEXT, team TEXT, text TEXT NOT NULL,
            evidence_start INTEGER NOT NULL, evidence_length INTEGER NOT NULL,
            PRIMARY KEY (seq, sub, idx));
        CREATE TABLE IF NOT EXISTS failures (
            seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (seq, sub));
        CREATE TABLE IF NOT EXISTS matches (
            id INTEGER PRIMARY KEY, digest_id TEXT NOT NULL, first_team TEXT, second_team TEXT, first_goals INTEGER, second_goals INTEGER,
            match_date TEXT, competition TEXT, venue TEXT, report_count INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sources (
            match_id INTEGER NOT NULL REFERENCES matches(id), seq INTEGER NOT NULL, sub INTEGER NOT NULL, source TEXT NOT NULL, role TEXT NOT NULL,
            PRIMARY KEY (match_id, seq, sub));
        """;
}
