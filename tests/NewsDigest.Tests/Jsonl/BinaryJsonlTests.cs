using System.IO.Compression;
using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Tests.Jsonl;

public class BinaryJsonlTests
{
    /// <summary>Bytes like a zip or image file: NULs and control characters, with a few line ends among them.</summary>
    private static byte[] Noise()
    {
        var bytes = new byte[20_000];
        new Random(7).NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public void Noise_under_a_jsonl_name_is_one_binary_failure_naming_the_file()
    {
        var results = new JsonlArticleReader().Read("dump.jsonl", new MemoryStream(Noise())).ToList();
        var failure = Assert.Single(results).Failure;
        Assert.NotNull(failure);
        Assert.Equal(FailureKind.Binary, failure.Kind);
        Assert.Equal("dump.jsonl", failure.Source);
        Assert.Contains("binary", failure.Reason);
    }

    [Fact]
    public void Gzipped_noise_is_sniffed_after_decompression()
    {
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Noise());
        packed.Position = 0;
        var failure = Assert.Single(new JsonlArticleReader().Read("dump.jsonl.gz", packed).ToList()).Failure;
        Assert.Equal(FailureKind.Binary, failure?.Kind);
    }

    [Fact]
    public void A_text_dump_with_one_bad_line_still_reads_its_good_lines()
    {
        var dump = "{\"id\":\"a\",\"text\":\"Arsenal beat Chelsea 2-1 at the Emirates.\"}\nnot json\n{\"id\":\"b\",\"text\":\"Leeds drew 1-1 with Everton.\"}\n";
        var results = new JsonlArticleReader().Read("dump.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(dump))).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal(FailureKind.Malformed, results[1].Failure?.Kind);
        Assert.Null(results[0].Failure);
        Assert.Null(results[2].Failure);
    }
}
