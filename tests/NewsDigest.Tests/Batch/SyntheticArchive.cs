using System.Text;
using System.Text.Json;

namespace NewsDigest.Tests.Batch;

/// <summary>Writes small archives of made-up articles for batch tests: match reports, other news, and broken lines, all deterministic from a seed.</summary>
internal static class SyntheticArchive
{
    private static readonly string[] Teams =
        ["Harbour Town", "Millbrook", "Eastfield Rovers", "Kingsbridge", "Northam Athletic", "Redcliffe", "Stanmore United", "Westerby", "Ashgrove", "Blackwater"];
    private static readonly string[] Players = ["Ekberg", "Moreau", "Okafor", "Lindqvist", "Baptiste", "Halloran", "Nakamura", "Ferreira"];

    /// <summary>One JSONL line per article; every <paramref name="brokenEvery"/>-th line is broken (0: none); about <paramref name="reportsInTen"/> in ten are match reports.</summary>
    public static string Jsonl(int count, int seed = 1, int brokenEvery = 0, string idPrefix = "a", int reportsInTen = 7)
    {
        var random = new Random(seed);
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (brokenEvery > 0 && i % brokenEvery == brokenEvery - 1)
            {
                lines.Append(i % 2 == 0 ? $"{{\"id\": \"{idPrefix}{i}\", \"text\": \"cut" : $"{{\"id\": \"{idPrefix}{i}\", \"title\": \"no text\"}}").Append('\n');
                continue;
            }
            var (title, text) = Article(random, i, reportsInTen);
            lines.Append(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = $"{idPrefix}{i}", ["url"] = $"https://news.example/{idPrefix}{i}", ["title"] = title,
                ["date"] = $"2024{1 + i % 12:D2}{1 + i % 28:D2}T120000Z", ["domain"] = "news.example", ["language"] = "English", ["text"] = text,
            })).Append('\n');
        }
        return lines.ToString();
    }

    public static (string Title, string Text) Article(Random random, int i, int reportsInTen = 7)
    {
        string home = Teams[random.Next(Teams.Length)];
        string away = Teams[(Array.IndexOf(Teams, home) + 1 + random.Next(Teams.Length - 1)) % Teams.Length];
        string scorer = Players[random.Next(Players.Length)];
        if (random.Next(10) >= reportsInTen)
        {
            string title = $"{home} agree fee for {scorer}";
            return (title, $"{title}\n{home} have agreed a fee with {away} for {scorer}, who will sign a four-year contract.\nThe deal is expected to be completed this week, item {i}.");
        }
        int a = random.Next(5), b = random.Next(5);
        string headline = $"{home} {a}-{b} {away}";
        return (headline, $"{headline}\n{scorer} scored the opening goal after {1 + random.Next(89)} minutes of the match at home.\n" +
            $"The striker added that the penalty decision changed the game, report {i}.\nThe midfielder was booked before half-time.");
    }

    public static string Html(int i) =>
        $"<html><head><title>Page {i}</title></head><body><article><h1>Kingsbridge {i % 4}-1 Westerby</h1><p>Halloran scored a late goal in the match, page {i}.</p><p>The goalkeeper saved a penalty.</p></article></body></html>";
}
