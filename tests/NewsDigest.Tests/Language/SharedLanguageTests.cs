using System.IO.Compression;
using System.Text.Json;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Html;
using NewsDigest.Ingest.Language;

namespace NewsDigest.Tests.Language;

/// <summary>The identifier and the guard on real text from ../shared, read in place.</summary>
public sealed class SharedLanguageTests
{
    /// <summary>Every 10th of the archive's first 6,000 records: spread over outlets, and quick to read.</summary>
    private const int ArchiveStep = 10, ArchiveSample = 600;

    /// <summary>Every 6th page of the HTML benchmark: 165 pages in many languages, a few seconds of HTML parsing.</summary>
    private const int PageStep = 6;

    [SharedDataFact]
    public void The_guard_reads_nearly_every_article_of_the_english_archive()
    {
        var articles = ArchiveArticles().ToList();

        var setAside = articles.Where(a => ForeignLanguageGuard.Check(a) is not null).Select(a => a.Source).ToList();

        Assert.Equal(ArchiveSample, articles.Count);
        // The archive is English news; a stray foreign page may be in it, but the guard must not eat English reports.
        Assert.True(setAside.Count * 100 <= articles.Count, $"{setAside.Count} of {articles.Count} English archive articles set aside: {string.Join(", ", setAside)}");
    }

    [SharedDataFact]
    public void The_identifier_agrees_with_the_declared_language_of_most_benchmark_pages()
    {
        // Pages declare their language (html lang, meta tags); some declarations are wrong (a template's default), so the
        // bar is agreement on most pages, not all. The identifier reads the main text the HTML reader extracts.
        int compared = 0, agreed = 0;
        var misses = new List<string>();
        foreach (var article in BenchmarkArticles())
        {
            if (ForeignLanguageGuard.DeclaredCode(article.Language) is not { } declared || !LanguageNames.IsKnown(declared)) continue;
            var guess = LanguageIdentifier.Identify(article.Text);
            compared++;
            if (guess.Code == declared) agreed++;
            else misses.Add($"{article.Source}:{declared}->{guess.Code}");
        }

        Assert.True(compared >= 100, $"only {compared} sampled pages declare a language the identifier knows");
        double agreement = (double)agreed / compared;
        Assert.True(agreement >= 0.9, $"agreement {agreement:P1} over {compared} pages; misses: {string.Join(' ', misses)}");
    }

    private static IEnumerable<Article> ArchiveArticles()
    {
        using var gzip = new GZipStream(File.OpenRead(SharedData.PathTo(Path.Combine("corpus", "football-news-2023-2026.jsonl.gz"))), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        for (int i = 0; i < ArchiveStep * ArchiveSample && reader.ReadLine() is { } line; i++)
        {
            if (i % ArchiveStep != 0) continue;
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            yield return new Article(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString() ?? "") { Language = root.GetProperty("language").GetString() };
        }
    }

    /// <summary>Every 6th benchmark page, read by the HTML reader as the CLI would read it.</summary>
    private static IEnumerable<Article> BenchmarkArticles()
    {
        var root = SharedData.PathTo("html-benchmark");
        foreach (var (line, index) in File.ReadLines(Path.Combine(root, "cases.jsonl")).Select((l, i) => (l, i)))
        {
            if (index % PageStep != 0) continue;
            using var record = JsonDocument.Parse(line);
            var page = Path.Combine(root, record.RootElement.GetProperty("page").GetString()!);
            using var gzip = new GZipStream(File.OpenRead(page), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            if (HtmlArticleReader.FromBytes(Path.GetFileName(page), bytes.ToArray()).Article is { } article) yield return article;
        }
    }
}
