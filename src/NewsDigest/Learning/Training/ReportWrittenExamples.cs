using System.Text.Json;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Models;

namespace NewsDigest.Learning.Training;

/// <summary>
/// Reads the short training articles written for this project (data/training/report-kinds-written.jsonl: kind, title or
/// null, text): plain, clean pieces of every kind, with and without headlines, so the classifier also learns what a
/// short title-less report looks like, which the archive's long, titled pages rarely show. Bad lines are reported.
/// </summary>
public static class ReportWrittenExamples
{
    public const string RelativePath = "data/training/report-kinds-written.jsonl";

    /// <summary>How many times training meets each written article per epoch (hand labels count more: they are real articles).</summary>
    public const int Weight = 4;

    public static (List<ReportExample> Examples, List<string> Problems) Read(string path)
    {
        var examples = new List<ReportExample>();
        var problems = new List<string>();
        if (!File.Exists(path)) return (examples, problems);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var kindText = root.TryGetProperty("kind", out var k) ? k.GetString() : null;
                var text = root.TryGetProperty("text", out var t) ? t.GetString() : null;
                var title = root.TryGetProperty("title", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                if (!Enum.TryParse<ReportKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                {
                    problems.Add($"{path}:{lineNumber}: unknown report kind '{kindText}'");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(text)) { problems.Add($"{path}:{lineNumber}: no text"); continue; }
                examples.Add(new ReportExample(new Article($"written/{lineNumber}", text) { Title = string.IsNullOrWhiteSpace(title) ? null : title }, kind));
            }
            catch (JsonException e)
            {
                problems.Add($"{path}:{lineNumber}: not a JSON object ({e.Message})");
            }
        }
        return (examples, problems);
    }
}
