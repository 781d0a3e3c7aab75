using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Jsonl;
using NewsDigest.Tests.Warc;

namespace NewsDigest.Tests.Jsonl;

public sealed class JsonlArticleReaderTests
{
    private static List<IngestResult> Read(string jsonl, JsonlFields? fields = null, bool gzip = false)
    {
        var bytes = Encoding.UTF8.GetBytes(jsonl);
        if (gzip) bytes = WarcBuilder.Gzip(bytes);
        return new JsonlArticleReader(fields ?? JsonlFields.Default).Read("dump.jsonl", new MemoryStream(bytes)).ToList();
    }

    [Fact]
    public void Reads_the_default_fields_into_an_article()
    {
        var result = Assert.Single(Read("""
            {"id": "a1", "url": "https://example.org/x", "title": " Harbour Town 2-1 Millbrook ", "date": "20230318T210000Z", "domain": "example.org", "language": "English", "text": "First paragraph.\nSecond paragraph."}
            """));
        var article = result.Article!;
        Assert.Equal("dump.jsonl#a1", article.Source);
        Assert.Equal("https://example.org/x", article.Url);
        Assert.Equal("Harbour Town 2-1 Millbrook", article.Title);
        Assert.Equal(new DateTimeOffset(2023, 3, 18, 21, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("example.org", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal("First paragraph.\n\nSecond paragraph.", article.Text);
    }

    [Fact]
    public void Field_names_are_configurable_and_a_missing_id_uses_the_line_number()
    {
        var fields = new JsonlFields { Id = "key", Text = "body", Title = "headline", Date = "published" };
        var results = Read("""
            {"key": 17, "headline": "H", "published": "2024-05-01", "body": "Text one."}
            {"headline": "No id", "body": "Text two."}
            """, fields);
        Assert.Equal("dump.jsonl#17", results[0].Article!.Source);
        Assert.Equal("H", results[0].Article!.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), results[0].Article!.Published);
        Assert.Equal("dump.jsonl#line2", results[1].Article!.Source);
    }

    [Fact]
    public void Bad_lines_are_failures_naming_file_and_line_and_reading_goes_on()
    {
        var results = Read("""
            {"id": "a", "text": "Fine."}
            {"id": "b", "text": "Cut off
            [1, 2]
            {"id": "d", "title": "no text"}

            {"id": "e", "text": "Also fine."}
            """);
        Assert.Equal(5, results.Count);
        Assert.True(results[0].IsSuccess);
        Assert.Equal(FailureKind.Malformed, results[1].Failure!.Kind);
        Assert.StartsWith("line 2 of dump.jsonl is not valid JSON", results[1].Failure!.Reason);
        Assert.Equal("line 3 of dump.jsonl is not a JSON object", results[2].Failure!.Reason);
        Assert.Equal(FailureKind.Empty, results[3].Failure!.Kind);
        Assert.Equal("line 4 of dump.jsonl has no text in field \"text\"", results[3].Failure!.Reason);
        Assert.Equal("dump.jsonl#e", results[4].Source);
    }

    [Fact]
    public void A_repeated_id_gets_its_line_number_so_sources_stay_unique()
    {
        var results = Read("""
            {"id": "same", "text": "One."}
            {"id": "same", "text": "Two."}
            """);
        Assert.Equal(["dump.jsonl#same", "dump.jsonl#same#line2"], results.Select(r => r.Source));
    }

    [Fact]
    public void Gzip_is_recognised_by_its_bytes()
    {
        var results = Read("{\"id\": \"g\", \"text\": \"Zipped.\"}\n", gzip: true);
        Assert.Equal("Zipped.", Assert.Single(results).Article!.Text);
    }

    [Fact]
    public void A_truncated_gzip_file_ends_in_a_failure_not_an_exception()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"{{\"id\": \"{i}\", \"text\": \"Paragraph number {i} of a long file that compresses.\"}}"));
        var gz = WarcBuilder.Gzip(Encoding.UTF8.GetBytes(lines));
        var results = new JsonlArticleReader().Read("cut.jsonl.gz", new MemoryStream(gz[..(gz.Length / 2)])).ToList();
        Assert.True(results[0].IsSuccess);
        Assert.False(results[^1].IsSuccess);
        Assert.Contains("cut.jsonl.gz", results[^1].Failure!.Reason);
    }

    [Fact]
    public void The_default_readers_include_jsonl_and_warc()
    {
        var readers = ArticleInputs.DefaultReaders();
        Assert.Contains(readers, r => r.Accepts("x.jsonl.gz"));
        Assert.Contains(readers, r => r.Accepts("x.warc.gz"));
    }

    [Fact]
    public void A_dump_whose_utf8_was_once_misread_as_windows_1252_is_read_repaired_in_title_and_text()
    {
        var result = Assert.Single(Read("""
            {"id": "m1", "title": "Ã˜stby double sinks Harbour", "text": "Ã˜stby scored twice â€“ once in each half."}
            """));
        Assert.Equal("Østby double sinks Harbour", result.Article!.Title);
        Assert.Equal("Østby scored twice – once in each half.", result.Article.Text);
    }
}
