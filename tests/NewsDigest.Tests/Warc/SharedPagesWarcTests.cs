using System.IO.Compression;
using System.Text.Json;
using NewsDigest.Batch;
using NewsDigest.Hosting;
using NewsDigest.Tests.Batch;

namespace NewsDigest.Tests.Warc;

/// <summary>Real page bytes from ../shared/html-benchmark (many encodings and languages) packed into a Common Crawl style WARC.gz and run through a batch.</summary>
public sealed class SharedPagesWarcTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [SharedDataFact]
    public async Task Real_pages_in_a_warc_each_end_as_an_article_or_a_named_failure()
    {
        var cases = File.ReadLines(SharedData.PathTo("html-benchmark/cases.jsonl")).Take(20).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var builder = new WarcBuilder().Warcinfo();
        foreach (var c in cases)
        {
            var page = Ungzip(File.ReadAllBytes(SharedData.PathTo(Path.Combine("html-benchmark", c.GetProperty("page").GetString()!))));
            string uri = $"https://pages.example/{c.GetProperty("id").GetString()}";
            builder.Request(uri).Response(uri, WarcBuilder.Gzip(page), "Content-Type: text/html", "Content-Encoding: gzip").Metadata(uri);
        }
        string warc = _temp.Write("real.warc.gz", builder.GzipPerRecord());

        var options = new BatchOptions { Inputs = [warc], OutputDirectory = _temp["out"], Threads = 2 };
        var (summary, error) = await new BatchRunner(DefaultPipeline.Create(), LocalFileSystem.Instance, SystemClock.Instance).RunAsync(options, SilentProgress.Instance);
        Assert.True(summary is not null, error);
        Assert.Equal(cases.Length, summary!.Total.Items);
        Assert.Equal(summary.Total.Items, summary.Total.Articles + summary.Total.Failures);
        Assert.True(summary.Total.Articles >= cases.Length * 8 / 10, $"only {summary.Total.Articles} of {cases.Length} real pages read");
        Assert.Equal([("metadata", (long)cases.Length), ("request", (long)cases.Length), ("warcinfo", 1L)], summary.SkippedWarcRecords);
        // Words of the passages each page must contain show that decoding (gzip, charset) kept the text intact.
        await using var stream = File.OpenRead(warc);
        var articles = new NewsDigest.Ingest.Warc.WarcArticleReader().Read(warc, stream).ToArray();
        int found = 0, expected = 0;
        for (int i = 0; i < cases.Length; i++)
        {
            if (articles[i].Article is not { } article || cases[i].GetProperty("with").GetArrayLength() == 0) continue;
            expected++;
            string passage = cases[i].GetProperty("with")[0].GetString()!;
            string word = passage.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
            if (article.Text.Contains(word, StringComparison.Ordinal)) found++;
        }
        Assert.True(found >= expected * 8 / 10, $"{found} of {expected} pages kept a word of their main text");
    }

    private static byte[] Ungzip(byte[] bytes)
    {
        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
