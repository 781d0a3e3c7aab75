using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Reads the hand-read gold for single-match reports of many outlets in the news archive (data/gold/news-gold.jsonl) and pairs each record
/// with its archive record, read as `extract` reads the archive (title, date and site included).</summary>
/// <remarks>Everything in this gold was read from the text alone, so a null goal minute means the text gives none: such records set
/// <see cref="GoldReport.UnstatedMinutesMatch"/>, and a predicted goal by the same scorer without a minute matches it.</remarks>
public sealed class NewsGoldReader(string repositoryRoot, string sharedRoot)
{
    public const string Corpus = "news";
    public const string GoldPath = "data/gold/news-gold.jsonl";

    /// <summary>The gold cases, in gold-file order; a gold id missing from the archive is reported through <paramref name="problems"/> and skipped.</summary>
    public IEnumerable<GoldCase> Read(ICollection<string> provenance, Action<string>? problems = null)
    {
        var goldPath = Path.Combine(repositoryRoot, GoldPath);
        if (!File.Exists(goldPath))
        {
            provenance.Add($"{Corpus}: {GoldPath} absent, the news corpus is not scored");
            return [];
        }
        var gold = ReadGold(goldPath);
        provenance.Add($"{Corpus}: gold from {GoldPath} ({gold.Count} hand-read reports of ../shared/{GoldReaders.NewsCorpus})");
        var articles = ReadArticles(Path.Combine(sharedRoot, GoldReaders.NewsCorpus), gold.Select(g => g.Id).ToHashSet(StringComparer.Ordinal), problems);
        var cases = new List<GoldCase>();
        foreach (var report in gold)
        {
            if (articles.TryGetValue(report.Id, out var article)) cases.Add(new GoldCase(Corpus, report.Id, article.Text, report) { Input = article });
            else problems?.Invoke($"{GoldPath}: id {report.Id} is not in ../shared/{GoldReaders.NewsCorpus}; skipped");
        }
        return cases;
    }

    /// <summary>Parses the gold file; a line that is not a record with a two-number score is an error naming the line.</summary>
    public static List<GoldReport> ReadGold(string path)
    {
        var reports = new List<GoldReport>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            reports.Add(ParseRecord(doc.RootElement, Corpus, $"{path} line {lineNumber}"));
        }
        return reports;
    }

    /// <summary>One gold record in the news gold's shape (id, home, away, score, venue, goals, redCards, missedPenalties), read from the text
    /// alone; <paramref name="where"/> names the record in the error a malformed one gives.</summary>
    public static GoldReport ParseRecord(JsonElement r, string corpus, string where)
    {
        if (!r.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Array || score.GetArrayLength() != 2
            || score[0].ValueKind != JsonValueKind.Number || score[1].ValueKind != JsonValueKind.Number)
            throw new InvalidDataException($"{where}: 'score' must be [home, away]");
        var id = Str(r, "id") ?? throw new InvalidDataException($"{where}: no 'id'");
        return new GoldReport(corpus, id, Str(r, "home") ?? "", Str(r, "away") ?? "", score[0].GetInt32(), score[1].GetInt32())
        {
            Venue = Str(r, "venue"),
            Goals = Array(r, "goals").Select(g => new GoldGoal(Str(g, "player") ?? "", Str(g, "team"), Int(g, "minute"), Int(g, "addedTime"), Bool(g, "penalty"), Bool(g, "ownGoal"))).ToList(),
            RedCards = Array(r, "redCards").Select(Event).ToList(),
            MissedPenalties = Array(r, "missedPenalties").Select(Event).ToList(),
            UnstatedMinutesMatch = true,
        };
    }

    /// <summary>The wanted records as articles, parsed by the archive reader `extract` uses, so the evaluation scores what `extract` writes.</summary>
    private static Dictionary<string, Article> ReadArticles(string archive, HashSet<string> wanted, Action<string>? problems)
    {
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        if (!File.Exists(archive)) return articles;
        var parser = new JsonlArticleParser(JsonlFields.Default);
        using var stream = File.OpenRead(archive);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        long lineNumber = 0;
        while (articles.Count < wanted.Count && reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            // The archive repeats some ids (the same text harvested twice); the first record of an id is kept.
            if (Str(doc.RootElement, "id") is not { } id || !wanted.Contains(id) || articles.ContainsKey(id)) continue;
            var result = parser.Parse(new JsonlRecord(id, archive, lineNumber, Encoding.UTF8.GetBytes(line)));
            if (result.Article is { } article) articles[id] = article;
            else problems?.Invoke($"{GoldPath}: archive record {id} cannot be read: {result.Failure?.Reason}");
        }
        return articles;
    }

    private static GoldPlayerEvent Event(JsonElement e) => new(Str(e, "player") ?? "", Str(e, "team"), Int(e, "minute"));

    private static IEnumerable<JsonElement> Array(JsonElement r, string name) =>
        r.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];

    private static string? Str(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static bool Bool(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
}
