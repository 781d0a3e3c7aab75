using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Text;

namespace NewsDigest.Tests.Ingest;

public class PlainTextReaderTests
{
    private static IngestResult Read(byte[] bytes) => PlainTextReader.ReadOne("case.txt", new MemoryStream(bytes));

    [Fact]
    public void EmptyFileIsAFailureNamingTheReason()
    {
        var result = Read([]);
        Assert.False(result.IsSuccess);
        Assert.Equal(FailureKind.Empty, result.Failure!.Kind);
        Assert.Equal("case.txt: is empty", result.Failure.ToString());
    }

    [Fact]
    public void BinaryFileIsRefused()
    {
        var result = Read([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        Assert.Equal(FailureKind.Binary, result.Failure!.Kind);
    }

    [Fact]
    public void LeadingDatelineBecomesThePublicationDate()
    {
        var result = Read(Encoding.UTF8.GetBytes(" date 2022-12-11 Arsenal beat Spurs 2-0."));
        Assert.Equal(new DateTimeOffset(2022, 12, 11, 0, 0, 0, TimeSpan.Zero), result.Article!.Published);
        Assert.Equal("Arsenal beat Spurs 2-0.", result.Article.Text);
    }

    [Fact]
    public void InvalidUtf8FallsBackToLatin1()
    {
        var result = Read([0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72]); // "Müller" in Latin-1
        Assert.Equal("Müller", result.Article!.Text);
    }
}
