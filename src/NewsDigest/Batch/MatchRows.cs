using System.Text.Encodings.Web;
using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Merging;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>Turns per-match digests into rows of the matches table, matches.csv and matches.jsonl, each pointing at its articles' keys.</summary>
public static class MatchRows
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static MatchRow From(long id, MatchDigest digest, IReadOnlyDictionary<string, (long Seq, int Sub)> keys)
    {
        var reports = digest.Reports.Where(r => r.Match is not null).ToArray();
        var facts = reports.Select(r => r.Match!).ToArray();
        // The first report that states a fact gives it here; the digest JSON line carries the merger's full view.
        var teams = facts.Select(f => f.Teams).FirstOrDefault(t => t is not null);
        var result = facts.Select(f => f.Result).FirstOrDefault(r => r is not null);
        string? date = facts.Select(f => f.Date?.Value.ToString("yyyy-MM-dd")).FirstOrDefault(d => d is not null);
        string? competition = facts.Select(f => f.Competition?.Value).FirstOrDefault(c => c is not null);
        string? venue = facts.Select(f => f.Venue?.Value).FirstOrDefault(v => v is not null);
        var sources = digest.Reports.Select(r => r.Article.Source).Distinct(StringComparer.Ordinal)
            .Select(s => keys.TryGetValue(s, out var k) ? (k.Seq, k.Sub, s) : (-1L, 0, s)).ToArray();
        int? first = result?.Score.First, second = result?.Score.Second;
        return new MatchRow(id, teams?.First, teams?.Second, first, second, date, competition, venue, Json(id, teams?.First, teams?.Second, first, second, date, competition, venue, sources))
        {
            Sources = sources,
        };
    }

    private static string Json(long id, string? first, string? second, int? firstGoals, int? secondGoals, string? date, string? competition, string? venue,
        IReadOnlyList<(long Seq, int Sub, string Source)> sources)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("match", id);
            w.WriteStartArray("teams");
            if (first is not null && second is not null)
            {
                w.WriteStringValue(first);
                w.WriteStringValue(second);
            }
            w.WriteEndArray();
            if (firstGoals is { } a && secondGoals is { } b)
            {
                w.WriteStartArray("score");
                w.WriteNumberValue(a);
                w.WriteNumberValue(b);
                w.WriteEndArray();
            }
            else w.WriteNull("score");
            WriteNullable(w, "date", date);
            WriteNullable(w, "competition", competition);
            WriteNullable(w, "venue", venue);
            w.WriteStartArray("sources");
            foreach (var s in sources) w.WriteStringValue(s.Source);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
