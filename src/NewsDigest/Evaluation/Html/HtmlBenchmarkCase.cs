using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsDigest.Evaluation.Html;

/// <summary>One page of the HTML benchmark: passages its main text must contain and boilerplate it must not.</summary>
public sealed record HtmlBenchmarkCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("page")] string Page,
    [property: JsonPropertyName("with")] IReadOnlyList<string> With,
    [property: JsonPropertyName("without")] IReadOnlyList<string> Without)
{
    /// <summary>The page's HTML bytes, stored gzipped under the benchmark directory; throws IOException or InvalidDataException when unreadable.</summary>
    public byte[] ReadPage(string benchmarkDirectory)
    {
        using var file = File.OpenRead(Path.Combine(benchmarkDirectory, Page));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Reads cases.jsonl; a malformed line is reported, not skipped silently.</summary>
    public static (List<HtmlBenchmarkCase> Cases, List<string> Problems) Load(string casesPath)
    {
        var cases = new List<HtmlBenchmarkCase>();
        var problems = new List<string>();
        int line = 0;
        foreach (var text in File.ReadLines(casesPath))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            try
            {
                var item = JsonSerializer.Deserialize<HtmlBenchmarkCase>(text);
                if (item is null || item.Id is null || item.Page is null) problems.Add($"{casesPath}:{line}: missing id or page");
                else cases.Add(item with { With = item.With ?? [], Without = item.Without ?? [] });
            }
            catch (JsonException e)
            {
                problems.Add($"{casesPath}:{line}: not valid JSON ({e.Message})");
            }
        }
        return (cases, problems);
    }
}
