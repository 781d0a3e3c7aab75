using System.Text;

namespace NewsDigest.Rendering.Tables;

/// <summary>
/// Writes a run's files from its database: articles.jsonl, matches.jsonl, matches.csv, goals.csv, quotes.csv, failures.csv.
/// Each file is written beside its final name and then moved over it, so a crash leaves either the old file or the whole new one.
/// </summary>
public static class BatchFileExporter
{
    public static readonly string[] FileNames = ["articles.jsonl", "matches.jsonl", "matches.csv", "goals.csv", "quotes.csv", "failures.csv"];

    public static void Export(BatchDatabase db, string directory, IReadOnlyList<MatchRow> matches)
    {
        Write(directory, "articles.jsonl", w =>
        {
            foreach (var r in db.Query("SELECT json FROM articles ORDER BY seq, sub")) w.Write(r.GetString(0) + "\n");
        });
        Write(directory, "matches.jsonl", w =>
        {
            foreach (var m in matches) w.Write(m.Json + "\n");
        });
        Write(directory, "matches.csv", w =>
        {
            var csv = new CsvWriter(w);
            csv.WriteRow("match_id", "digest_id", "first_team", "second_team", "first_goals", "second_goals", "date", "competition", "venue", "reports", "sources");
            foreach (var m in matches)
                csv.WriteRow(m.Id, m.DigestId, m.FirstTeam, m.SecondTeam, m.FirstGoals, m.SecondGoals, m.Date, m.Competition, m.Venue, m.Sources.Count, string.Join(" ", m.Sources.Select(s => s.Source)));
        });
        Write(directory, "goals.csv", w =>
        {
            var csv = new CsvWriter(w);
            csv.WriteRow("source", "first_team", "second_team", "player", "team", "minute", "added_time", "penalty", "own_goal", "method", "assist");
            foreach (var r in db.Query("""
                SELECT g.source, r.first_team, r.second_team, g.player, g.team, g.minute, g.added_time, g.penalty, g.own_goal, g.method, g.assist
                FROM goals g JOIN reports r ON r.seq = g.seq AND r.sub = g.sub ORDER BY g.seq, g.sub, g.idx
                """))
                csv.WriteRow(r.GetValue(0), r.GetValue(1), r.GetValue(2), r.GetValue(3), r.GetValue(4), r.GetValue(5), r.GetValue(6),
                    r.GetInt64(7) == 1, r.GetInt64(8) == 1, r.GetValue(9), r.GetValue(10));
        });
        Write(directory, "quotes.csv", w =>
        {
            var csv = new CsvWriter(w);
            csv.WriteRow("source", "first_team", "second_team", "speaker", "role", "team", "text");
            foreach (var r in db.Query("""
                SELECT q.source, r.first_team, r.second_team, q.speaker, q.role, q.team, q.text
                FROM quotes q JOIN reports r ON r.seq = q.seq AND r.sub = q.sub ORDER BY q.seq, q.sub, q.idx
                """))
                csv.WriteRow(r.GetValue(0), r.GetValue(1), r.GetValue(2), r.GetValue(3), r.GetValue(4), r.GetValue(5), r.GetValue(6));
        });
        Write(directory, "failures.csv", w =>
        {
            var csv = new CsvWriter(w);
            csv.WriteRow("source", "kind", "reason");
            foreach (var r in db.Query("SELECT source, kind, reason FROM failures ORDER BY seq, sub")) csv.WriteRow(r.GetString(0), r.GetString(1), r.GetString(2));
        });
    }

    private static void Write(string directory, string name, Action<TextWriter> write)
    {
        string final = Path.Combine(directory, name);
        string temporary = final + ".partial";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
        {
            write(writer);
            writer.Flush();
            ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
        }
        File.Move(temporary, final, overwrite: true);
    }
}
