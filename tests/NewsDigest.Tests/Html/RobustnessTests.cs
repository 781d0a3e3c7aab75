using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Html;
using NewsDigest.Tests.Http;

namespace NewsDigest.Tests.Html;

public class RobustnessTests
{
    private const string Story = "<p>Rovers came from behind to beat United 2-1 on Saturday, with two goals in the last ten minutes of a wet afternoon.</p>";

    private static IngestResult Read(byte[] bytes) => new HtmlArticleReader().Read("page.html", new MemoryStream(bytes)).Single();

    private static IngestResult Read(string html) => Read(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void AnEmptyPageIsAFailureNamingIt()
    {
        var result = Read([]);
        Assert.Equal(FailureKind.Empty, result.Failure!.Kind);
        Assert.Equal("page.html: is empty", result.Failure.ToString());
    }

    [Fact]
    public void APageWithNoTextIsAFailure()
    {
        var result = Read("<html><head><title>x</title></head><body><img src=a.png><script>document.write('hi')</script></body></html>");
        Assert.Equal(FailureKind.Empty, result.Failure!.Kind);
    }

    [Fact]
    public void BinaryBytesAreRefused()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Equal(FailureKind.Binary, Read(bytes).Failure!.Kind);
    }

    [Fact]
    public void ATruncatedPageStillGivesWhatItHas()
    {
        string html = "<html><body><article>" + Story + Story.Replace("Rovers", "City") + "</article></body></html>";
        var result = Read(html[..(html.Length - 60)]);
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Contains("Rovers came from behind", result.Article!.Text);
    }

    [Fact]
    public void MalformedMarkupIsRepaired()
    {
        var result = Read("<html><body><div><p>Rovers came from behind <b>to beat <i>United</b> 2-1</i> on Saturday, late on, in the rain.<p>Second <span>paragraph</div></table></html></html>");
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Contains("Rovers came from behind to beat United 2-1 on Saturday", result.Article!.Text);
    }

    [Fact]
    public void AHundredThousandNestedDivsAreRefusedQuickly()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + Story + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var result = Read(html);
        Assert.Equal(FailureKind.Malformed, result.Failure!.Kind);
        Assert.Contains("levels deep", result.Failure.Reason);
    }

    [Fact]
    public void DeepButPlausibleNestingIsReadWithoutExhaustingTheStack()
    {
        int depth = NestingGuard.MaxDepth - 20;
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class=\"wrap\">", depth)) + Story + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        // A thread with a small stack: recursion proportional to depth would overflow it.
        IngestResult result = default;
        var thread = new Thread(() => result = Read(html), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.True(result.IsSuccess, result.Failure?.ToString());
        Assert.Contains("Rovers came from behind", result.Article!.Text);
    }

    [Fact]
    public void AHugePageIsCapped()
    {
        var bytes = new byte[HtmlArticleReader.MaxBytes + 10];
        Array.Fill(bytes, (byte)'a');
        Assert.Equal(FailureKind.TooLarge, Read(bytes).Failure!.Kind);
    }

    [Fact]
    public void NothingInThePageIsLoadedOrRun()
    {
        using var server = new LoopbackHttpServer(_ => CannedResponse.Html("<p>loaded</p>"));
        string html = $"""
            <html><head><link rel="stylesheet" href="{server.Url("/style.css")}"><script src="{server.Url("/app.js")}"></script></head>
            <body><img src="{server.Url("/photo.jpg")}"><iframe src="{server.Url("/frame.html")}"></iframe>
            <script>document.body.innerHTML = "<p>Script ran and replaced the story entirely with this sentence.</p>";</script>
            <article>{Story}</article></body></html>
            """;
        var result = Read(html);
        Thread.Sleep(200); // give any stray request time to arrive before asserting none did
        Assert.Empty(server.Requests);
        Assert.Contains("Rovers came from behind", result.Article!.Text);
        Assert.DoesNotContain("Script ran", result.Article.Text);
    }
}
