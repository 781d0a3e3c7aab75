using System.Text.Json;
using System.Text.RegularExpressions;
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

    /// <summary>Runs <paramref name="check"/> on every sampled sentence, and fails when the sample is too small for the check to mean
    /// something: fewer than 1,000 sentences, or fewer than <paramref name="minimumMatches"/> matches of the plain regex.</summary>
    public static void CheckEach(Action<string> check, Regex plain, int minimumMatches, string what)
    {
        int sentences = 0, matches = 0;
        foreach (var sentence in Sample())
        {
            check(sentence);
            sentences++;
            matches += plain.Matches(sentence).Count;
        }
        Assert.True(sentences > 1000 && matches > minimumMatches, $"too small a sample: {sentences} sentences, {matches} {what}");
    }
}
