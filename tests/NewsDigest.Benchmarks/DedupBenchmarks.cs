using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsDigest.Evaluation.Dedup;
using NewsDigest.Merging.Dedup;

namespace NewsDigest.Benchmarks;

/// <summary>Near-duplicate detection cost against corpus size: the 26,380-article archive, and synthetic corpora of the archive's size and ten times it.</summary>
/// <remarks>
/// Run: dotnet run -c Release --project tests/NewsDigest.Benchmarks -- --filter '*DedupBenchmarks*'
/// Linear cost shows as a constant time per document across sizes. Synthetic documents are made on the fly (about 1,500 words
/// each, a Zipf-like vocabulary, 2% of them edited copies of an earlier one), so the ten-times corpus never sits in memory;
/// GenerateOnly measures that making, to subtract.
/// </remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
[MemoryDiagnoser]
public class DedupBenchmarks
{
    private const int WordsPerDocument = 1500;
    private static readonly string[] Vocabulary = BuildVocabulary(20_000);

    [Params(26_380, 263_800)]
    public int Documents { get; set; }

    [Benchmark(Baseline = true)]
    public long GenerateOnly()
    {
        long characters = 0;
        foreach (var text in Synthetic(Documents)) characters += text.Length;
        return characters;
    }

    [Benchmark]
    public int GenerateAndDeduplicate()
    {
        var index = new NearDuplicateIndex();
        int i = 0;
        foreach (var text in Synthetic(Documents)) index.Add((i++).ToString(System.Globalization.CultureInfo.InvariantCulture), text);
        return index.FindGroups().Groups.Count;
    }

    /// <summary>The real archive, read from ../shared (gzip and JSON parsing included); skipped for the ten-times size.</summary>
    [Benchmark]
    public int Archive()
    {
        var path = ArchivePath();
        if (Documents != 26_380 || path is null) return 0;
        var index = new NearDuplicateIndex();
        int i = 0;
        foreach (var record in ArchiveCorpus.Read(path)) index.Add($"{record.Id}#{i++}", record.Text, record.Domain);
        return index.FindGroups().Groups.Count;
    }

    private static IEnumerable<string> Synthetic(int count)
    {
        var random = new Random(20_26);
        var recent = new string[64];
        var builder = new StringBuilder(WordsPerDocument * 8);
        for (int d = 0; d < count; d++)
        {
            string text;
            if (d >= recent.Length && random.Next(50) == 0)
                text = WireCopyMaker.Copy(recent[random.Next(recent.Length)], d);
            else
            {
                builder.Clear();
                int words = WordsPerDocument / 2 + random.Next(WordsPerDocument);
                for (int w = 0; w < words; w++)
                {
                    // Squaring a uniform draw favours the first words of the vocabulary, roughly as word frequencies do.
                    double u = random.NextDouble();
                    builder.Append(Vocabulary[(int)(u * u * Vocabulary.Length)]);
                    builder.Append(w % 30 == 29 ? ".\n" : " ");
                }
                text = builder.ToString();
            }
            recent[d % recent.Length] = text;
            yield return text;
        }
    }

    private static string[] BuildVocabulary(int size)
    {
        var random = new Random(7);
        const string letters = "etaoinshrdlcumwfgypbvkjxqz";
        return Enumerable.Range(0, size).Select(_ =>
        {
            int length = 2 + random.Next(9);
            var chars = new char[length];
            for (int i = 0; i < length; i++) chars[i] = letters[Math.Min(letters.Length - 1, (int)(random.NextDouble() * random.NextDouble() * letters.Length))];
            return new string(chars);
        }).ToArray();
    }

    private static string? ArchivePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", "corpus", "football-news-2023-2026.jsonl.gz");
                return File.Exists(path) ? path : null;
            }
        return null;
    }
}
