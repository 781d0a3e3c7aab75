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
        // Written straight to UTF-8: a match with hundreds of reports makes a line of megabytes, and every intermediate copy would count.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Compact)) DigestJsonWriter.WriteStandalone(w, digest);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
