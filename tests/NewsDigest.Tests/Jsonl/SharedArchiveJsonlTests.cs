using System.IO.Compression;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Tests.Jsonl;

/// <summary>The reader over the start of the real archive in ../shared (a sample: the whole file is for benchmarks).</summary>
public sealed class SharedArchiveJsonlTests
{
    [SharedDataFact]
    public void The_archive_reads_with_unique_sources_dates_and_paragraphs()
    {
        string path = SharedData.PathTo("corpus/football-news-2023-2026.jsonl.gz");
        using var file = File.OpenRead(path);
        var results = new JsonlArticleReader().Read("archive.jsonl.gz", file).Take(400).ToArray();
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Failure?.ToString()));
        var articles = results.Select(r => r.Article!).ToArray();
        Assert.Equal(articles.Length, articles.Select(a => a.Source).Distinct().Count());
        Assert.All(articles, a => Assert.StartsWith("archive.jsonl.gz#", a.Source));
        Assert.True(articles.Count(a => a.Published is not null) > 300, "most records carry a basic ISO 8601 date");
        Assert.All(articles, a => Assert.DoesNotContain("\n\n\n", a.Text));
        Assert.True(articles.Count(a => a.Text.Contains("\n\n")) > 350, "one paragraph per line becomes blank-line separated paragraphs");
        Assert.All(articles, a => Assert.NotNull(a.SiteName));
        Assert.True(articles.Count(a => a.Language == "en") > 350);
    }
}
