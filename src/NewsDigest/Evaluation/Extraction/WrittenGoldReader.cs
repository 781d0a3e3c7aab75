using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>
/// Reads the match reports the project wrote itself, each batch with its gold (<c>data/written/batchN.jsonl</c>, scored as the corpus
/// <c>writtenN</c>): every line is an article (id, url, title, date, site, text) and its facts in the news gold's shape.
/// </summary>
/// <remarks>
/// The archive holds no unseen English match report any more, so fresh outlets' styles are written by engineers who have not read the
/// extractor, one batch at a time: a batch measures the rules of its day, and the next batch measures whether rules written from it carry.
/// A batch is fresh material, not part of the train/dev/test scheme, so it is scored whole.
/// </remarks>
public sealed partial class WrittenGoldReader(string repositoryRoot)
{
    public const string Folder = "data/written";
    public const string CorpusPrefix = "written";

    private static readonly JsonlFields Fields = JsonlFields.Default with { Site = "site" };

    /// <summary>True for the name of a written batch's corpus.</summary>
    public static bool IsWritten(string corpus) => corpus.StartsWith(CorpusPrefix, StringComparison.Ordinal);

    /// <summary>Every batch's cases in file order, batches in number order; a line that cannot be read is reported through <paramref name="problems"/> and skipped.</summary>
    public List<GoldCase> Read(ICollection<string> provenance, Action<string>? problems = null)
    {
        var folder = Path.Combine(repositoryRoot, Folder);
        var cases = new List<GoldCase>();
        if (!Directory.Exists(folder))
        {
            provenance.Add($"written: {Folder} absent, no written batch is scored");
            return cases;
        }
        var batches = Directory.GetFiles(folder, "batch*.jsonl")
            .Select(path => (Path: path, Match: BatchName().Match(Path.GetFileName(path))))
            .Where(b => b.Match.Success)
            .OrderBy(b => int.Parse(b.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (path, match) in batches)
        {
            var corpus = CorpusPrefix + match.Groups[1].Value;
            var batch = ReadBatch(path, corpus, problems);
            provenance.Add($"{corpus}: {batch.Count} reports written by the project, with their gold, from {Folder}/{Path.GetFileName(path)}");
            cases.AddRange(batch);
        }
        return cases;
    }

    /// <summary>One batch file's cases; the article is parsed by the archive reader `extract` uses, so the evaluation scores what `extract` writes.</summary>
    public static List<GoldCase> ReadBatch(string path, string corpus, Action<string>? problems = null)
    {
        var parser = new JsonlArticleParser(Fields);
        var cases = new List<GoldCase>();
        long lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var where = $"{Path.GetFileName(path)} line {lineNumber}";
            try
            {
                using var doc = JsonDocument.Parse(line);
                var gold = NewsGoldReader.ParseRecord(doc.RootElement, corpus, where);
                var parsed = parser.Parse(new JsonlRecord(gold.Id, path, lineNumber, Encoding.UTF8.GetBytes(line)));
                if (parsed.Article is { } article)
                    cases.Add(new GoldCase(corpus, gold.Id, article.Text, gold) { Input = article, Quotes = ReadQuotes(doc.RootElement, corpus, gold.Id, article) });
                else problems?.Invoke($"{where}: the article cannot be read: {parsed.Failure?.Reason}");
            }
            catch (Exception e) when (e is JsonException or InvalidDataException)
            {
                problems?.Invoke($"{where}: {e.Message}; skipped");
            }
        }
        return cases;
    }

    /// <summary>
    /// The record's <c>quotes</c> (every direct quote in text order: <c>text</c>, the exact characters between the marks, and <c>speaker</c>,
    /// the person's fullest name or null for a body's words) as quote gold over the article's text; null when the record has no such field.
    /// A quote stands at its first occurrence at or after the previous quote's end; one only the headline holds is left out (the quote
    /// extractor reads the text), and one found in neither is an error naming the record.
    /// </summary>
    internal static IReadOnlyList<GoldQuote>? ReadQuotes(JsonElement record, string corpus, string id, NewsDigest.Ingest.Article article)
    {
        if (!record.TryGetProperty("quotes", out var list) || list.ValueKind == JsonValueKind.Null) return null;
        if (list.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"{id}: 'quotes' must be a list");
        var quotes = new List<GoldQuote>();
        int from = 0, n = 0;
        foreach (var q in list.EnumerateArray())
        {
            n++;
            if (q.ValueKind != JsonValueKind.Object || !q.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() is not { Length: > 0 } raw)
                throw new InvalidDataException($"{id}: quote {n} has no 'text'");
            string? speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } name ? name : null;
            // The text reader puts a blank line between paragraphs: a quote running over a paragraph break is looked for in that form.
            var text = raw.Replace("\r\n", "\n").Replace("\n", "\n\n");
            int at = article.Text.IndexOf(text, from, StringComparison.Ordinal);
            if (at < 0)
            {
                if (article.Title?.Contains(raw, StringComparison.Ordinal) == true) continue;
                throw new InvalidDataException($"{id}: quote {n} \"{(raw.Length > 60 ? raw[..60] + "..." : raw)}\" is not in the text after the quote before it");
            }
            quotes.Add(new GoldQuote(corpus, id, at, at + text.Length, speaker));
            from = at + text.Length;
        }
        return quotes;
    }

    [GeneratedRegex(@"^batch([0-9]+)\.jsonl$")]
    private static partial Regex BatchName();
}
