using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Warc;

namespace NewsDigest.Tests.Warc;

public sealed class WarcArticleReaderTests
{
    private const string Page = "<html><head><title>Harbour Town 2-1 Millbrook</title></head><body><article><h1>Harbour Town 2-1 Millbrook</h1><p>Jonas Ekberg scored twice as Harbour Town beat Millbrook at the Quayside.</p></article></body></html>";

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static List<IngestResult> Read(byte[] warc, WarcSkipCounts? skipped = null, string name = "test.warc") =>
        new WarcArticleReader(skipped).Read(name, new MemoryStream(warc)).ToList();

    [Theory]
    [InlineData("WARC/1.0")]
    [InlineData("WARC/1.1")]
    public void Reads_a_response_record_of_either_version(string version)
    {
        var warc = new WarcBuilder(version).Response("https://example.org/report", Utf8(Page), "Content-Type: text/html; charset=utf-8").Plain();
        var result = Assert.Single(Read(warc));
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Contains("Jonas Ekberg scored twice", result.Article!.Text);
        Assert.Equal("https://example.org/report", result.Article.Url);
        Assert.Equal("test.warc#urn:uuid:00000000-0000-0000-0000-000000000001", result.Source);
    }

    [Fact]
    public void Skips_and_counts_records_that_hold_no_page()
    {
        var skipped = new WarcSkipCounts();
        var warc = new WarcBuilder().Warcinfo().Request("https://example.org/a").Response("https://example.org/a", Utf8(Page), "Content-Type: text/html")
            .Metadata("https://example.org/a").Plain();
        var results = Read(warc, skipped);
        Assert.Single(results);
        Assert.Equal([("metadata", 1L), ("request", 1L), ("warcinfo", 1L)], skipped.ByType());
    }

    [Fact]
    public void Reads_gzip_per_record_and_gzip_over_the_whole_file_alike()
    {
        var builder = new WarcBuilder().Warcinfo().Response("https://example.org/a", Utf8(Page), "Content-Type: text/html")
            .Response("https://example.org/b", Utf8(Page.Replace("twice", "three times")), "Content-Type: text/html");
        var plain = Read(builder.Plain()).Select(r => r.Article!.Text).ToList();
        Assert.Equal(2, plain.Count);
        Assert.Equal(plain, Read(builder.GzipPerRecord(), name: "t.warc.gz").Select(r => r.Article!.Text).ToList());
        Assert.Equal(plain, Read(builder.GzipWhole(), name: "t.warc.gz").Select(r => r.Article!.Text).ToList());
    }

    [Fact]
    public void Undoes_chunked_transfer_coding()
    {
        var warc = new WarcBuilder().Response("https://example.org/a", WarcBuilder.Chunked(Utf8(Page), 17), "Content-Type: text/html", "Transfer-Encoding: chunked").Plain();
        var result = Assert.Single(Read(warc));
        Assert.Contains("Jonas Ekberg scored twice", result.Article!.Text);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("deflate-raw")]
    [InlineData("br")]
    public void Undoes_content_codings(string coding)
    {
        var bytes = Utf8(Page);
        var (body, header) = coding switch
        {
            "gzip" => (WarcBuilder.Gzip(bytes), "gzip"),
            "deflate" => (WarcBuilder.Deflate(bytes, zlib: true), "deflate"),
            "deflate-raw" => (WarcBuilder.Deflate(bytes, zlib: false), "deflate"),
            _ => (WarcBuilder.Brotli(bytes), "br"),
        };
        var warc = new WarcBuilder().Response("https://example.org/a", body, "Content-Type: text/html", $"Content-Encoding: {header}").Plain();
        var result = Assert.Single(Read(warc));
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Contains("Jonas Ekberg scored twice", result.Article!.Text);
    }

    [Fact]
    public void Chunked_and_gzip_together_are_undone_in_order()
    {
        var body = WarcBuilder.Chunked(WarcBuilder.Gzip(Utf8(Page)), 10);
        var warc = new WarcBuilder().Response("https://example.org/a", body, "Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip").Plain();
        Assert.Contains("Jonas Ekberg", Assert.Single(Read(warc)).Article!.Text);
    }

    [Theory]
    [InlineData("Transfer-Encoding: chunked")]
    [InlineData("Content-Encoding: gzip")]
    [InlineData("Content-Encoding: br")]
    public void A_body_stored_already_decoded_under_its_original_headers_is_read_as_it_is(string header)
    {
        var warc = new WarcBuilder().Response("https://example.org/a", Utf8(Page), "Content-Type: text/html", header).Plain();
        var result = Assert.Single(Read(warc));
        Assert.True(result.IsSuccess, result.Failure?.Reason);
        Assert.Contains("Jonas Ekberg scored twice", result.Article!.Text);
    }

    [Fact]
    public void A_damaged_compressed_body_is_a_failure_naming_the_record()
    {
        var gz = WarcBuilder.Gzip(Utf8(Page));
        var warc = new WarcBuilder().Response("https://example.org/a", gz[..(gz.Length / 2)], "Content-Type: text/html", "Content-Encoding: gzip").Plain();
        var failure = Assert.Single(Read(warc)).Failure!;
        Assert.Contains("record at offset 0 of test.warc", failure.Reason);
    }

    [Fact]
    public void Decodes_the_charset_from_the_http_header_or_the_meta_tag()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string page = Page.Replace("Jonas Ekberg", "Jonás Ekbërg");
        var latin = Encoding.GetEncoding(1252).GetBytes(page);
        var fromHeader = new WarcBuilder().Response("https://example.org/a", latin, "Content-Type: text/html; charset=ISO-8859-1").Plain();
        Assert.Contains("Jonás Ekbërg", Assert.Single(Read(fromHeader)).Article!.Text);
        var withMeta = Encoding.GetEncoding(1252).GetBytes(page.Replace("<head>", "<head><meta charset=\"windows-1252\">"));
        var fromMeta = new WarcBuilder().Response("https://example.org/a", withMeta, "Content-Type: text/html").Plain();
        Assert.Contains("Jonás Ekbërg", Assert.Single(Read(fromMeta)).Article!.Text);
        var cyrillic = Encoding.GetEncoding("windows-1251").GetBytes(Page.Replace("Jonas Ekberg", "Иван Петров"));
        var fromCyrillicHeader = new WarcBuilder().Response("https://example.org/a", cyrillic, "Content-Type: text/html; charset=windows-1251").Plain();
        Assert.Contains("Иван Петров", Assert.Single(Read(fromCyrillicHeader)).Article!.Text);
    }

    [Fact]
    public void Error_statuses_and_images_are_failures_with_reasons()
    {
        var warc = new WarcBuilder()
            .ResponseWithStatus("https://example.org/gone", "HTTP/1.1 404 Not Found", Utf8("<html><body><p>gone</p></body></html>"), "Content-Type: text/html")
            .Response("https://example.org/logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], "Content-Type: image/png")
            .Plain();
        var results = Read(warc);
        Assert.Equal(2, results.Count);
        Assert.Contains("HTTP 404", results[0].Failure!.Reason);
        Assert.Equal(FailureKind.UnsupportedContent, results[1].Failure!.Kind);
        Assert.Contains("image/png", results[1].Failure!.Reason);
    }

    [Fact]
    public void A_truncated_file_yields_every_whole_record_then_a_failure_naming_the_offset()
    {
        var whole = new WarcBuilder().Response("https://example.org/a", Utf8(Page), "Content-Type: text/html")
            .Response("https://example.org/b", Utf8(Page), "Content-Type: text/html").Plain();
        int secondStart = whole.Length / 2;
        var cut = whole[..(whole.Length - 100)];
        var results = Read(cut);
        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsSuccess);
        var failure = results[1].Failure!;
        Assert.Equal(FailureKind.Truncated, failure.Kind);
        Assert.Matches(@"truncated at offset \d+: the record at offset \d+ declares \d+ bytes", failure.Reason);
        Assert.Contains($"record at offset {secondStart}", failure.Reason);
    }

    [Fact]
    public void A_truncated_gzip_file_is_reported_not_thrown()
    {
        var gz = new WarcBuilder().Response("https://example.org/a", Utf8(Page), "Content-Type: text/html")
            .Response("https://example.org/b", Utf8(Page), "Content-Type: text/html").GzipPerRecord();
        var results = Read(gz[..(gz.Length - 40)], name: "t.warc.gz");
        Assert.True(results[0].IsSuccess);
        Assert.False(results[^1].IsSuccess);
        Assert.Contains("offset", results[^1].Failure!.Reason);
    }

    [Fact]
    public void Garbage_where_a_record_should_start_stops_reading_with_the_offset()
    {
        var good = new WarcBuilder().Response("https://example.org/a", Utf8(Page), "Content-Type: text/html").Plain();
        var results = Read(good.Concat(Utf8("this is not a warc record\r\n")).ToArray());
        Assert.Equal(2, results.Count);
        Assert.Contains($"no WARC record at offset {good.Length}", results[1].Failure!.Reason);
    }
}
