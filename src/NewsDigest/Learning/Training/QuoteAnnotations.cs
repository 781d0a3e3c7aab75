using System.Text.Json;
using NewsDigest.Learning.Models;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>A hand-annotated quote, resolved against its corpus text; the span includes the quote marks.</summary>
public sealed record AnnotatedQuote(string Id, string Text, TextSpan Quote, string Speaker);

/// <summary>Reads data/annotations/quotes.jsonl (corpus, id, start, end, speaker; UTF-16 offsets of the quoted words) against the texts in ../shared; unusable lines are counted, not dropped silently.</summary>
public static class QuoteAnnotations
{
    public const string RelativePath = "data/annotations/quotes.jsonl";

    public static (List<AnnotatedQuote> Quotes, List<string> Problems) Read(string repositoryRoot, SharedCorpora shared)
    {
        var path = Path.Combine(repositoryRoot, RelativePath);
        var quotes = new List<AnnotatedQuote>();
        var problems = new List<string>();
        if (!File.Exists(path)) return (quotes, problems);
        var lines = File.ReadAllLines(path);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in shared.Espn().Concat(shared.PremierLeague())) texts[r.Id] = r.Text;
        // Archive ("news") quotes point into the gzip archive: keep only the articles annotated.
        if (lines.Any(l => l.Contains("\"news\"", StringComparison.Ordinal)))
        {
            var wanted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in lines) if (IdOf(line) is { } id) wanted.Add(id);
            foreach (var a in shared.Archive()) if (wanted.Contains(a.Id)) texts.TryAdd(a.Id, a.Text);
        }
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Trim().Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var id = r.GetProperty("id").GetString() ?? "";
                int start = r.GetProperty("start").GetInt32(), end = r.GetProperty("end").GetInt32();
                var speaker = r.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() ?? "" : "";
                if (!texts.TryGetValue(id, out var text)) { problems.Add($"{path}:{n + 1}: no text for id {id} in ../shared"); continue; }
                if (start < 0 || end > text.Length || end <= start) { problems.Add($"{path}:{n + 1}: span {start}..{end} outside the text of {id}"); continue; }
                quotes.Add(new AnnotatedQuote(id, text, QuoteSpans.WithMarks(text, new TextSpan(start, end - start)), speaker));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                problems.Add($"{path}:{n + 1}: {e.Message}");
            }
        }
        return (quotes, problems);
    }

    private static string? IdOf(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            return doc.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
