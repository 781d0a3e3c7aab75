using System.IO.Compression;
using System.Text.Json;
using NewsDigest.Extraction.People;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Reads the evaluation corpora and their gold: the project's corrected gold in data/ when present, else the raw facts in ../shared.</summary>
public sealed class GoldReaders(string repositoryRoot, string sharedRoot)
{
    public const string EspnCorpus = "corpus/espn-premier-league-2012-2014.jsonl";
    public const string PremierLeagueCorpus = "corpus/premier-league-2025-26.jsonl";
    public const string NewsCorpus = "corpus/football-news-2023-2026.jsonl.gz";
    public const string FactsCsv = "facts/premier-league-2002-2013.csv";

    private string Shared(string relative) => Path.Combine(sharedRoot, relative);
    private string Repo(string relative) => Path.Combine(repositoryRoot, relative);

    /// <summary>Where each gold set came from, for the report.</summary>
    public List<string> Provenance { get; } = [];

    public IEnumerable<GoldCase> Espn()
    {
        var corrected = Repo("data/gold/espn-gold.jsonl");
        var corrections = File.Exists(corrected) ? ReadGoldJsonl(corrected, "espn") : null;
        List<CsvMatch>? csv = corrections is null ? ReadCsv().ToList() : null;
        Provenance.Add(corrections is null ? $"espn: gold from ../shared/{FactsCsv} (data/gold/espn-gold.jsonl absent)" : "espn: gold from data/gold/espn-gold.jsonl");
        foreach (var (id, home, away, text, _) in ReadCorpus(Shared(EspnCorpus)))
        {
            GoldReport? gold = corrections is not null ? corrections.GetValueOrDefault(id) : FromCsv(csv!, id, home, away, text);
            if (gold is null) continue;
            yield return new GoldCase("espn", id, text, gold);
        }
    }

    public IEnumerable<GoldCase> PremierLeague()
    {
        var corrected = Repo("data/gold/pl-2025-26-gold.jsonl");
        var corrections = File.Exists(corrected) ? ReadGoldJsonl(corrected, "pl") : null;
        Provenance.Add(corrections is null ? "pl: gold from the corpus fields finalScore and scorersNoisy (data/gold/pl-2025-26-gold.jsonl absent)" : "pl: gold from data/gold/pl-2025-26-gold.jsonl");
        foreach (var (id, home, away, text, record) in ReadCorpus(Shared(PremierLeagueCorpus)))
        {
            var gold = corrections is not null ? corrections.GetValueOrDefault(id) : FromScraped(id, home, away, record);
            if (gold is null) continue;
            yield return new GoldCase("pl", id, text, gold);
        }
    }

    /// <summary>The hand-read gold of archive reports from many outlets (<see cref="NewsGoldReader"/>).</summary>
    public IEnumerable<GoldCase> News(Action<string>? problems = null) => new NewsGoldReader(repositoryRoot, sharedRoot).Read(Provenance, problems);

    /// <summary>The match reports the project wrote itself, batch by batch (<see cref="WrittenGoldReader"/>).</summary>
    public IEnumerable<GoldCase> Written(Action<string>? problems = null) => new WrittenGoldReader(repositoryRoot).Read(Provenance, problems);

    /// <summary>Every record of the news archive as (id, text), streamed; empty when the archive is absent.</summary>
    public IEnumerable<(string Id, string Text)> NewsArchive()
    {
        var path = Shared(NewsCorpus);
        if (!File.Exists(path)) yield break;
        foreach (var (id, _, _, text, _) in ReadCorpus(path)) yield return (id, text);
    }

    /// <summary>The hand-annotated quotes, or empty when data/annotations/quotes.jsonl is absent.</summary>
    public List<GoldQuote> Quotes()
    {
        var path = Repo("data/annotations/quotes.jsonl");
        var list = new List<GoldQuote>();
        if (!File.Exists(path)) return list;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            list.Add(new GoldQuote(r.GetProperty("corpus").GetString()!, r.GetProperty("id").GetString()!, r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(),
                r.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null));
        }
        return list;
    }

    /// <summary>The texts of records by corpus and id (for quote annotations); reads the archive only when it is needed.</summary>
    public Dictionary<(string Corpus, string Id), string> Texts(IEnumerable<(string Corpus, string Id)> wanted)
    {
        var want = wanted.ToHashSet();
        var texts = new Dictionary<(string, string), string>();
        foreach (var (corpus, file) in new[] { ("espn", EspnCorpus), ("pl", PremierLeagueCorpus), ("news", NewsCorpus) })
        {
            if (!want.Any(w => w.Corpus == corpus)) continue;
            foreach (var (id, _, _, text, _) in ReadCorpus(Shared(file)))
                if (want.Contains((corpus, id))) texts[(corpus, id)] = text;
        }
        return texts;
    }

    private static IEnumerable<(string Id, string Home, string Away, string Text, JsonElement Record)> ReadCorpus(string path)
    {
        using var stream = File.OpenRead(path);
        using var decompressed = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(decompressed);
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement.Clone();
            yield return (r.GetProperty("id").GetString()!, Str(r, "home") ?? "", Str(r, "away") ?? "", Str(r, "text") ?? "", r);
        }
    }

    private static string? Str(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Dictionary<string, GoldReport> ReadGoldJsonl(string path, string corpus)
    {
        var result = new Dictionary<string, GoldReport>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (!r.TryGetProperty("score", out var score) || score.ValueKind != JsonValueKind.Array || score.GetArrayLength() != 2) continue;
            if (score[0].ValueKind != JsonValueKind.Number || score[1].ValueKind != JsonValueKind.Number) continue;
            var id = r.GetProperty("id").GetString()!;
            result[id] = new GoldReport(corpus, id, Str(r, "home") ?? "", Str(r, "away") ?? "", score[0].GetInt32(), score[1].GetInt32())
            {
                Venue = Str(r, "venue"),
                Goals = r.TryGetProperty("goals", out var goals) && goals.ValueKind == JsonValueKind.Array ? goals.EnumerateArray().Select(ReadGoal).ToList() : [],
                RedCards = Events(r, "redCards"),
                MissedPenalties = Events(r, "missedPenalties"),
                GoalsComplete = !r.TryGetProperty("goalsComplete", out var complete) || complete.ValueKind != JsonValueKind.False,
            };
        }
        return result;
    }

    private static GoldGoal ReadGoal(JsonElement g) => new(
        Str(g, "player") ?? "", Str(g, "team"), Int(g, "minute"), Int(g, "addedTime"),
        g.TryGetProperty("penalty", out var p) && p.ValueKind == JsonValueKind.True,
        g.TryGetProperty("ownGoal", out var o) && o.ValueKind == JsonValueKind.True);

    private static int? Int(JsonElement r, string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static List<GoldPlayerEvent>? Events(JsonElement r, string name) =>
        r.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => new GoldPlayerEvent(Str(e, "player") ?? "", Str(e, "team"), Int(e, "minute"))).ToList()
            : null;

    private sealed record CsvMatch(string Season, string Home, string Away, int HomeScore, int AwayScore, List<GoldGoal> Goals, string Venue);

    private IEnumerable<CsvMatch> ReadCsv()
    {
        bool header = true;
        foreach (var line in File.ReadLines(Shared(FactsCsv)))
        {
            if (header) { header = false; continue; }
            var f = NewsDigest.Learning.Training.CsvLine.Split(line);
            if (f.Count < 9 || !int.TryParse(f[3], out int hs) || !int.TryParse(f[6], out int aws)) continue;
            var goals = Scorers(f[4], f[2]).Concat(Scorers(f[7], f[5])).ToList();
            yield return new CsvMatch(f[0], Canonical(f[2]), Canonical(f[5]), hs, aws, goals, f[8]);
        }
    }

    private static IEnumerable<GoldGoal> Scorers(string field, string team)
    {
        if (field is "NULL" or "") yield break;
        foreach (var entry in field.Split(';'))
        {
            var parts = entry.Split(',');
            if (parts.Length < 3) continue;
            yield return new GoldGoal(parts[0].Trim(), team, int.TryParse(parts[1], out int m) ? m : null, null, parts[2] == "pen", parts[2] == "og");
        }
    }

    /// <summary>Without corrected gold, the CSV row is the one of the two 2013 seasons whose scorers the text names most.</summary>
    private static GoldReport? FromCsv(List<CsvMatch> csv, string id, string home, string away, string text)
    {
        string h = Canonical(home), a = Canonical(away);
        var candidates = csv.Where(m => m.Home == h && m.Away == a && m.Season is "2012-2013" or "2013-2014").ToList();
        if (candidates.Count == 0) return null;
        var folded = Text.TextFolding.Fold(text);
        var opening = folded[..Math.Min(600, folded.Length)];
        var best = candidates.OrderByDescending(m => (StatesScore(opening, m) ? 100 : 0) + m.Goals.Count(g => folded.Contains(PersonIndex.SurnameKey(g.Player)))).First();
        return new GoldReport("espn", id, home, away, best.HomeScore, best.AwayScore) { Goals = best.Goals, Venue = best.Venue };
    }

    private static bool StatesScore(string opening, CsvMatch m) =>
        opening.Contains($"{m.HomeScore}-{m.AwayScore}") || opening.Contains($"{m.AwayScore}-{m.HomeScore}")
        || (m.HomeScore + m.AwayScore == 0 && (opening.Contains("goalless") || opening.Contains("scoreless")));

    /// <summary>Scraped scorers: "Gómez  , 70'" with minute "64'" packs two goals; entries with no name are dropped and the list marked incomplete.</summary>
    private static GoldReport? FromScraped(string id, string home, string away, JsonElement r)
    {
        if (!r.TryGetProperty("finalScore", out var fs) || !int.TryParse(Str(fs, "home"), out int hs) || !int.TryParse(Str(fs, "away"), out int aws)) return null;
        var goals = new List<GoldGoal>();
        if (r.TryGetProperty("scorersNoisy", out var scorers) && scorers.ValueKind == JsonValueKind.Array)
            foreach (var s in scorers.EnumerateArray())
            {
                var team = Str(s, "team");
                var raw = Str(s, "player") ?? "";
                var parts = raw.Split(',', StringSplitOptions.TrimEntries);
                var name = parts[0];
                if (name.Length == 0) continue;
                var minutes = new List<string>();
                if (Str(s, "minute") is { Length: > 0 } first) minutes.Add(first);
                minutes.AddRange(parts.Skip(1).Where(p => p.Length > 0));
                foreach (var minute in minutes)
                {
                    var (regular, added, pen, og) = ParseMinute(minute);
                    goals.Add(new GoldGoal(name, team, regular, added, pen, og));
                }
            }
        return new GoldReport("pl", id, home, away, hs, aws) { Goals = goals, GoalsComplete = goals.Count == hs + aws };
    }

    private static (int? Regular, int? Added, bool Penalty, bool OwnGoal) ParseMinute(string text)
    {
        bool pen = text.Contains("pen", StringComparison.OrdinalIgnoreCase);
        bool og = text.Contains("og", StringComparison.OrdinalIgnoreCase) || text.Contains("own", StringComparison.OrdinalIgnoreCase);
        var digits = System.Text.RegularExpressions.Regex.Matches(text, @"[0-9]+").Select(m => int.Parse(m.Value)).ToList();
        return digits.Count switch
        {
            0 => (null, null, pen, og),
            1 => (digits[0], null, pen, og),
            _ => (digits[0], digits[1], pen, og),
        };
    }

    public static string Canonical(string team) => TeamNameMatch.Resolve(team) ?? team;
}
