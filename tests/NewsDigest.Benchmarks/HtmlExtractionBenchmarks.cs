using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Benchmarks;

/// <summary>
/// Main-content extraction over a fixed sample of the HTML benchmark's pages (decoding, parsing, metadata and
/// extraction): the time per operation divided by <see cref="PageCount"/> gives the cost of one page.
/// Run: dotnet run -c Release --project tests/NewsDigest.Benchmarks -- --filter '*HtmlExtraction*'
/// </summary>
[MemoryDiagnoser]
public class HtmlExtractionBenchmarks
{
    /// <summary>Pages per operation: a sample spread over the whole set, so sizes and languages vary as in the benchmark.</summary>
    public const int PageCount = 50;

    private readonly List<byte[]> _pages = [];

    [GlobalSetup]
    public void LoadPages()
    {
        var folder = FindBenchmark() ?? throw new InvalidOperationException("needs ../shared/html-benchmark beside the repository");
        var files = Directory.GetFiles(Path.Combine(folder, "pages"), "*.html.gz").Order(StringComparer.Ordinal).ToList();
        int step = Math.Max(1, files.Count / PageCount);
        foreach (var file in files.Where((_, i) => i % step == 0).Take(PageCount))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            _pages.Add(buffer.ToArray());
        }
    }

    /// <summary>As 'scrape' runs: the hand rules, then the learned block scorer (models/html-blocks.ndm) when it loads.</summary>
    [Benchmark(Description = "decode + parse + extract, 50 pages")]
    public int ExtractPages()
    {
        int characters = 0;
        foreach (var page in _pages)
            characters += HtmlArticleReader.FromBytes("page", page).Article?.Text.Length ?? 0;
        return characters;
    }

    /// <summary>The hand rules alone, to show what the block scorer costs.</summary>
    [Benchmark(Description = "decode + parse + extract, hand rules alone, 50 pages")]
    public int ExtractPagesWithRulesAlone()
    {
        int characters = 0;
        foreach (var page in _pages)
            characters += HtmlArticleReader.FromBytes("page", page, HtmlExtractionOptions.RulesOnly).Article?.Text.Length ?? 0;
        return characters;
    }

    [Benchmark(Description = "decode only, 50 pages")]
    public int DecodePages()
    {
        int characters = 0;
        foreach (var page in _pages) characters += HtmlDecoder.Decode(page).Html.Length;
        return characters;
    }

    private static string? FindBenchmark()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "html-benchmark"));
        return null;
    }
}
