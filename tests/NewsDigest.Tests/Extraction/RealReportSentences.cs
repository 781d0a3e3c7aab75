using System.Text.Json;
using NewsDigest.Text;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Sentences of the first premierleague.com reports in ../shared, for tests that compare two ways of reading the same text.</summary>
internal static class RealReportSentences
{
    public static IEnumerable<string> Sample(int reports = 150)
    {
        foreach (var line in File.ReadLines(SharedData.PathTo("corpus/premier-league-2025-26.jsonl")).Take(reports))
        {
            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("text", out var field) || field.GetString() is not { } text) continue;
            foreach (var span in SentenceSplitter.Split(text)) yield return span.Substring(text);
        }
    }
}
