using System.IO.Compression;
using System.Text.Json;

namespace NewsDigest.Evaluation.Dedup;

/// <summary>Streams the records of a gzip (or plain) JSONL news archive; a malformed line is reported to the callback and skipped, never silently.</summary>
public static class ArchiveCorpus
{
    public static IEnumerable<ArchiveRecord> Read(string path, Action<string>? onBadLine = null)
    {
        using var file = File.OpenRead(path);
        using Stream content = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(content);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var record = Parse(line);
            if (record is null) onBadLine?.Invoke($"{path}:{lineNumber}: not a JSON object with an id and a text");
            else yield return record;
        }
    }

    private static ArchiveRecord? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            string? id = Field(root, "id"), text = Field(root, "text");
            if (id is null || text is null) return null;
            return new ArchiveRecord(id, Field(root, "url") ?? "", Field(root, "title") ?? "", Field(root, "date") ?? "",
                Field(root, "domain") ?? "", Field(root, "language") ?? "", text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Field(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
