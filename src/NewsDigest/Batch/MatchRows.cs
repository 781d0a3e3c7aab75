using System.Text.Encodings.Web;
using System.Text.Json;
using NewsDigest.Merging;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Tables;

namespace NewsDigest.Batch;

/// <summary>Turns per-match digests into rows of the matches table, matches.csv and matches.jsonl, each pointing at its articles' keys.</summary>
public static class MatchRows
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private static readonly DigestJsonWriter Writer = new();

    public static MatchRow From(long number, MatchDigest digest, IReadOnlyDictionary<string, (long Seq, int Sub)> keys)
    {
        var sources = digest.Sources
            .Select(s => keys.TryGetValue(s.Source, out var k) ? (k.Seq, k.Sub, s.Source) : (-1L, 0, s.Source))
            .ToArray();
        var score = digest.Result?.Score.Value;
        return new MatchRow(number, digest.FirstTeam.Value, digest.SecondTeam.Value, score?.First, score?.Second,
            digest.Date?.Value.ToString("yyyy-MM-dd"), digest.Competition?.Value, digest.Venue?.Value, JsonLine(digest))
        {
            DigestId = digest.Id,
            Sources = sources,
            Roles = digest.Sources.Select(s => s.Role.ToString()).ToArray(),
        };
    }

    /// <summary>The digest in the JSON digest schema, on one line, with the schema version on each line since every line stands alone.</summary>
    public static string JsonLine(MatchDigest digest)
    {
        var document = new StringWriter();
        Writer.Render([digest], document);
        using var parsed = JsonDocument.Parse(document.ToString());
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Compact))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DigestJsonWriter.SchemaVersion);
            foreach (var property in parsed.RootElement.GetProperty("digests")[0].EnumerateObject()) property.WriteTo(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
