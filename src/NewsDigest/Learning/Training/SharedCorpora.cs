using System.IO.Compression;
using System.Text.Json;

namespace NewsDigest.Learning.Training;

/// <summary>Reads the read-only corpora in ../shared for training and evaluation; texts are read in place, never copied into the repository.</summary>
public sealed class SharedCorpora(string sharedRoot)
{
    public string Root { get; } = sharedRoot;

    public string ArchivePath => Path.Combine(Root, "corpus", "football-news-2023-2026.jsonl.gz");
    public string EspnPath => Path.Combine(Root, "corpus", "espn-premier-league-2012-2014.jsonl");
    public string PremierLeaguePath => Path.Combine(Root, "corpus", "premier-league-2025-26.jsonl");
    public string FactsPath => Path.Combine(Root, "facts", "premier-league-2002-2013.csv");

    /// <summary>Finds ../shared beside the repository that contains <paramref name="start"/>, or null.</summary>
    public static SharedCorpora? Locate(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) continue;
            var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            return Directory.Exists(shared) ? new SharedCorpora(shared) : null;
        }
        return null;
    }

    public IEnumerable<ArchiveRecord> Archive(int limit = int.MaxValue)
    {
        using var file = File.OpenRead(ArchivePath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        int n = 0;
        while (n < limit && reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            n++;
            yield return new ArchiveRecord(Str(r, "id"), Str(r, "url"), Str(r, "title"), Str(r, "date"), Str(r, "domain"), Str(r, "text"));
        }
    }

    public IEnumerable<MatchReportRecord> Espn()
    {
        foreach (var line in File.ReadLines(EspnPath))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            yield return new MatchReportRecord("espn", Str(r, "id"), Str(r, "home"), Str(r, "away"), Str(r, "text"));
        }
    }

    public IEnumerable<MatchReportRecord> PremierLeague()
    {
        foreach (var line in File.ReadLines(PremierLeaguePath))
        {
            if (line.Length == 0) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            (int, int)? score = null;
            if (r.TryGetProperty("finalScore", out var fs) && fs.ValueKind == JsonValueKind.Object
                && int.TryParse(Str(fs, "home"), out int h) && int.TryParse(Str(fs, "away"), out int a))
                score = (h, a);
            var goals = new List<GoldGoal>();
            if (r.TryGetProperty("scorersNoisy", out var scorers) && scorers.ValueKind == JsonValueKind.Array)
                foreach (var s in scorers.EnumerateArray())
                    goals.Add(new GoldGoal(Str(s, "team"), Str(s, "player"), Str(s, "minute"), "g"));
            yield return new MatchReportRecord("premier-league", Str(r, "id"), Str(r, "home"), Str(r, "away"), Str(r, "text")) { FinalScore = score, Goals = goals };
        }
    }

    public IEnumerable<FactsMatch> Facts()
    {
        bool header = true;
        foreach (var line in File.ReadLines(FactsPath))
        {
            if (header) { header = false; continue; }
            var f = CsvLine.Split(line);
            if (f.Count < 9 || !int.TryParse(f[3], out int hg) || !int.TryParse(f[6], out int ag)) continue;
            var goals = new List<GoldGoal>();
            Scorers(f[2], f[4], goals);
            Scorers(f[5], f[7], goals);
            yield return new FactsMatch(f[0], f[1], f[2], hg, f[5], ag, f[8], goals);
        }
    }

    private static void Scorers(string team, string field, List<GoldGoal> goals)
    {
        if (field is "" or "NULL") return;
        foreach (var entry in field.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split(',');
            if (parts.Length >= 3) goals.Add(new GoldGoal(team, parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }
    }

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
