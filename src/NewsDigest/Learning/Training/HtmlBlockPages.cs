using NewsDigest.Evaluation.Html;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Html;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Training;

/// <summary>
/// One benchmark page laid out for the block scorer: the hand rules' text, every block with its hashed features and its
/// label from the gold passages. Blocks is null when the rules took the text from the page's scripts (nothing to score).
/// RulesText is the rules' text of the blocks; a standfirst from the page's metadata goes before whatever blocks are chosen.
/// </summary>
internal sealed record HtmlBlockPage(HtmlBenchmarkCase Case, DataSplit.Part Part, IReadOnlyList<string> RulesText, IReadOnlyList<string>? Blocks, bool[] RulesKept, int[] RulesIndex, int[][] Slots, BlockLabel[] Labels)
{
    public string? Standfirst { get; init; }

    /// <summary>The page's declared language (`&lt;html lang&gt;`), for figures by language group.</summary>
    public string? Language { get; init; }

    /// <summary>Each block's dense numeric features (<see cref="HtmlBlockDenseFeatures"/>), for the boosted trees; empty for pages without blocks.</summary>
    public float[][] Dense { get; init; } = [];

    /// <summary>Whether each block lies inside live coverage (<see cref="PageBlocks.InLiveCoverage"/>), where the scorer leaves the rules' choice alone.</summary>
    public bool[] InLiveCoverage { get; init; } = [];

    /// <summary>The page's text from these blocks' text, the standfirst first.</summary>
    public IReadOnlyList<string> WithStandfirst(IReadOnlyList<string> blocks) => Standfirst is null ? blocks : [Standfirst, .. blocks];

    /// <summary>The hand rules' whole text of the page.</summary>
    public IReadOnlyList<string> RulesWhole => WithStandfirst(RulesText);
}

/// <summary>Reads the train and dev pages of the HTML benchmark for the block scorer; the test pages are never opened.</summary>
internal static class HtmlBlockPages
{
    public static string BenchmarkDirectory(SharedCorpora shared) => Path.Combine(shared.Root, "html-benchmark");

    /// <summary>The pages of the given parts, in the benchmark's order; a page that cannot be read is reported and left out.</summary>
    public static List<HtmlBlockPage> Read(string benchmarkDirectory, int hashBits, IReadOnlySet<DataSplit.Part> parts, TextWriter log)
    {
        var (cases, problems) = HtmlBenchmarkCase.Load(Path.Combine(benchmarkDirectory, "cases.jsonl"));
        foreach (var problem in problems) log.WriteLine($"html: {problem}");
        var pages = new List<HtmlBlockPage>();
        var buffer = new FeatureBuffer(hashBits);
        foreach (var page in cases)
        {
            var part = DataSplit.Of(page.Id);
            if (part == DataSplit.Part.Test || !parts.Contains(part)) continue;
            byte[] bytes;
            try
            {
                bytes = page.ReadPage(benchmarkDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                log.WriteLine($"html: {page.Page}: cannot be read ({e.Message}); left out");
                continue;
            }
            pages.Add(Lay(page, part, bytes, buffer));
        }
        return pages;
    }

    /// <summary>Lays out one page from its bytes, decoded and parsed as 'scrape' does; a page that cannot be read has no blocks and no text.</summary>
    public static HtmlBlockPage Lay(HtmlBenchmarkCase page, DataSplit.Part part, byte[] bytes, FeatureBuffer buffer)
    {
        var none = new HtmlBlockPage(page, part, [], null, [], [], [], []);
        if (bytes.Length == 0 || bytes.Length > HtmlArticleReader.MaxBytes || ContentSniffer.LooksBinary(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))) return none;
        string html = HtmlDecoder.Decode(bytes).Html;
        if (string.IsNullOrWhiteSpace(html) || NestingGuard.Depth(html) > NestingGuard.MaxDepth) return none;
        var labeler = HtmlBlockLabeler.For(page);
        return HtmlPageExtractor.Analyse(html, analysis =>
        {
            if (analysis.Blocks is not { } blocks) return none with { RulesText = analysis.RulesText, Language = analysis.Language };
            int n = blocks.Candidates.Count;
            var slots = new int[n][];
            var labels = new BlockLabel[n];
            var dense = new float[n][];
            for (int i = 0; i < n; i++)
            {
                buffer.Clear();
                HtmlBlockFeatures.Featurize(blocks, i, buffer);
                slots[i] = buffer.ToArray();
                labels[i] = labeler.Label(blocks.Candidates[i].Text);
                dense[i] = new float[HtmlBlockDenseFeatures.Count];
                HtmlBlockDenseFeatures.Fill(blocks, i, dense[i]);
            }
            return new HtmlBlockPage(page, part, blocks.RulesText, blocks.Candidates.Select(c => c.Text).ToList(), blocks.RulesKept, blocks.RulesIndex, slots, labels)
            {
                Standfirst = analysis.Standfirst,
                Language = analysis.Language,
                Dense = dense,
                InLiveCoverage = Enumerable.Range(0, n).Select(blocks.InLiveCoverage).ToArray(),
            };
        });
    }
}
