using System.IO.Compression;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Http;

namespace NewsDigest.Tests.Http;

public class HttpUrlFetcherTests
{
    private const string Story =
        "<html lang=\"en\"><head><title>Rovers 2-1 United</title><meta property=\"og:site_name\" content=\"Loopback Gazette\"></head>" +
        "<body><nav><a href=\"/\">Home</a></nav><article><h1>Rovers 2-1 United</h1>" +
        "<p>Rovers came from behind to beat United 2-1 on Saturday, with two goals in the last ten minutes at a rain-soaked Park.</p>" +
        "<p>The visitors had led through a first-half header, and looked comfortable until the substitutions changed the game.</p>" +
        "</article></body></html>";

    private static readonly FetchOptions Quick = new()
    {
        // Generous: on a loaded CI machine a loopback answer can take over half a second, and a timed-out request is retried,
        // which then breaks the tests that count requests (CI once saw 5 requests for 4 redirect hops). The slow-server test sets its own.
        Timeout = TimeSpan.FromSeconds(10),
        RetryBackoff = TimeSpan.FromSeconds(1),
        MaxRetries = 2,
        PerHostDelay = TimeSpan.FromSeconds(1),
    };

    private static (HttpUrlFetcher Fetcher, FakeTime Time) Fetcher(FetchOptions? options = null)
    {
        var time = new FakeTime();
        return (new HttpUrlFetcher(options ?? Quick, time, time), time);
    }

    private static Func<SeenRequest, CannedResponse> Site(Func<SeenRequest, CannedResponse> pages) =>
        request => request.Path == "/robots.txt" ? CannedResponse.WithStatus(404) : pages(request);

    [Fact]
    public void FetchesAPageAndReadsItsStory()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.Html(Story)));
        var (fetcher, _) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/match/1"));
            Assert.True(result.IsSuccess, result.Failure?.ToString());
            Assert.Contains("Rovers came from behind", result.Article!.Text);
            Assert.DoesNotContain("Home", result.Article.Text);
            Assert.Equal("Loopback Gazette", result.Article.SiteName);
            Assert.Equal(server.Url("/match/1").ToString(), result.Article.Url);
        }
    }

    [Fact]
    public void NamesItselfInTheUserAgent()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.Html(Story)));
        var (fetcher, _) = Fetcher();
        using (fetcher) fetcher.Fetch(server.Url("/a"));
        var page = server.Requests.Single(r => r.Path == "/a");
        Assert.StartsWith("NewsDigest/", page.Headers["User-Agent"]);
    }

    [Fact]
    public void FollowsRedirectsAndKeepsTheAddressItWasGiven()
    {
        using var server = new LoopbackHttpServer(Site(r => r.Path == "/old"
            ? CannedResponse.WithStatus(301, ("Location", "/new"))
            : CannedResponse.Html(Story)));
        var (fetcher, _) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/old"));
            Assert.True(result.IsSuccess, result.Failure?.ToString());
            Assert.Equal(server.Url("/old").ToString(), result.Article!.Source);
            Assert.EndsWith("/new", result.Article.Url);
        }
    }

    [Fact]
    public void ARedirectLoopFailsWithAReason()
    {
        using var server = new LoopbackHttpServer(Site(r => CannedResponse.WithStatus(302, ("Location", r.Path == "/a" ? "/b" : "/a"))));
        var (fetcher, _) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/a"));
            Assert.Equal(FailureKind.Network, result.Failure!.Kind);
            Assert.Contains("loop", result.Failure.Reason);
        }
    }

    [Fact]
    public void TooManyRedirectsFail()
    {
        using var server = new LoopbackHttpServer(Site(r => CannedResponse.WithStatus(302, ("Location", "/hop" + (int.Parse(r.Path[4..]) + 1)))));
        var (fetcher, _) = Fetcher(Quick with { MaxRedirects = 3 });
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/hop0"));
            Assert.Contains("more than 3 times", result.Failure!.Reason);
            Assert.Equal(4, server.Requests.Count(r => r.Path.StartsWith("/hop", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void NotFoundIsNotRetried()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.WithStatus(404)));
        var (fetcher, time) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/gone"));
            Assert.Equal(FailureKind.NotFound, result.Failure!.Kind);
            Assert.Equal(1, server.CountFor("/gone"));
        }
    }

    [Fact]
    public void AServerErrorIsRetriedWithBackoffThenSucceeds()
    {
        int calls = 0;
        using var server = new LoopbackHttpServer(Site(r => Interlocked.Increment(ref calls) == 1 ? CannedResponse.WithStatus(500) : CannedResponse.Html(Story)));
        var (fetcher, time) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/flaky"));
            Assert.True(result.IsSuccess, result.Failure?.ToString());
            Assert.Equal(2, server.CountFor("/flaky"));
            Assert.Contains(TimeSpan.FromSeconds(1), time.Waits);
        }
    }

    [Fact]
    public void APersistentServerErrorFailsAfterTheRetries()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.WithStatus(503)));
        var (fetcher, time) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/down"));
            Assert.Equal(FailureKind.Network, result.Failure!.Kind);
            Assert.Contains("after 3 attempts", result.Failure.Reason);
            Assert.Equal(3, server.CountFor("/down"));
            // Exponential back-off: 1 s, then 2 s.
            Assert.Contains(TimeSpan.FromSeconds(1), time.Waits);
            Assert.Contains(TimeSpan.FromSeconds(2), time.Waits);
        }
    }

    [Fact]
    public void TooManyRequestsHonoursRetryAfter()
    {
        int calls = 0;
        using var server = new LoopbackHttpServer(Site(_ => Interlocked.Increment(ref calls) == 1
            ? CannedResponse.WithStatus(429, ("Retry-After", "7"))
            : CannedResponse.Html(Story)));
        var (fetcher, time) = Fetcher();
        using (fetcher)
        {
            Assert.True(fetcher.Fetch(server.Url("/busy")).IsSuccess);
            Assert.Contains(TimeSpan.FromSeconds(7), time.Waits);
        }
    }

    [Fact]
    public void ASlowServerTimesOut()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.Html(Story) with { Delay = TimeSpan.FromSeconds(5) }));
        var (fetcher, _) = Fetcher(Quick with { Timeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/slow"));
            Assert.Equal(FailureKind.Network, result.Failure!.Kind);
            Assert.Contains("no answer within", result.Failure.Reason);
        }
    }

    [Fact]
    public void AnImageIsRefusedByItsContentType()
    {
        using var server = new LoopbackHttpServer(Site(_ => new CannedResponse(200, [0x89, 0x50, 0x4E, 0x47], new Dictionary<string, string> { ["Content-Type"] = "image/png" })));
        var (fetcher, _) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/logo.png"));
            Assert.Equal(FailureKind.UnsupportedContent, result.Failure!.Kind);
            Assert.Contains("image/png", result.Failure.Reason);
        }
    }

    [Fact]
    public void APageOverTheSizeCapIsRefused()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.Html("<html><body><p>" + new string('x', 5000) + "</p></body></html>")));
        var (fetcher, _) = Fetcher(Quick with { MaxBytes = 1000 });
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/big"));
            Assert.Equal(FailureKind.TooLarge, result.Failure!.Kind);
        }
    }

    [Fact]
    public void RobotsTxtDisallowIsRespectedAndThePageNotRequested()
    {
        using var server = new LoopbackHttpServer(r => r.Path == "/robots.txt"
            ? CannedResponse.Html("User-agent: *\nDisallow: /private/\n", "text/plain")
            : CannedResponse.Html(Story));
        var (fetcher, _) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/private/report"));
            Assert.Contains("robots.txt", result.Failure!.Reason);
            Assert.Equal(0, server.CountFor("/private/report"));
            Assert.True(fetcher.Fetch(server.Url("/public/report")).IsSuccess);
        }
    }

    [Fact]
    public void RobotsTxtCanBeIgnoredOnRequest()
    {
        using var server = new LoopbackHttpServer(r => r.Path == "/robots.txt"
            ? CannedResponse.Html("User-agent: *\nDisallow: /\n", "text/plain")
            : CannedResponse.Html(Story));
        var (fetcher, _) = Fetcher(Quick with { RespectRobots = false });
        using (fetcher)
        {
            Assert.True(fetcher.Fetch(server.Url("/report")).IsSuccess);
            Assert.Equal(0, server.CountFor("/robots.txt"));
        }
    }

    [Fact]
    public void RequestsToOneHostAreSpacedByTheDelay()
    {
        using var server = new LoopbackHttpServer(Site(_ => CannedResponse.Html(Story)));
        var (fetcher, time) = Fetcher(Quick with { PerHostDelay = TimeSpan.FromSeconds(3), RespectRobots = false });
        using (fetcher)
        {
            fetcher.Fetch(server.Url("/1"));
            fetcher.Fetch(server.Url("/2"));
            // The clock stands still between the two fetches, so the second must wait the whole delay.
            Assert.Contains(TimeSpan.FromSeconds(3), time.Waits);
        }
    }

    [Fact]
    public void AnUnreachableHostIsReportedAsSuchEvenWhenRobotsTxtIsAskedFirst()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var (fetcher, _) = Fetcher(Quick with { MaxRetries = 0 });
        using (fetcher)
        {
            var result = fetcher.Fetch(new Uri($"http://127.0.0.1:{port}/x"));
            Assert.StartsWith("cannot be reached", result.Failure!.Reason);
            Assert.DoesNotContain("disallowed", result.Failure.Reason);
        }
    }

    [Fact]
    public void AServerFailingOnRobotsTxtDisallowsForNow()
    {
        using var server = new LoopbackHttpServer(r => r.Path == "/robots.txt" ? CannedResponse.WithStatus(503) : CannedResponse.Html(Story));
        var (fetcher, _) = Fetcher(Quick with { MaxRetries = 0 });
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/page"));
            Assert.Contains("disallowed", result.Failure!.Reason);
            Assert.Equal(0, server.CountFor("/page"));
        }
    }

    [Fact]
    public void AnUnreachableHostFailsWithoutHanging()
    {
        // A port nothing listens on: bind a listener, note its port, and close it.
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var (fetcher, _) = Fetcher(Quick with { RespectRobots = false, MaxRetries = 1 });
        using (fetcher)
        {
            var result = fetcher.Fetch(new Uri($"http://127.0.0.1:{port}/x"));
            Assert.Equal(FailureKind.Network, result.Failure!.Kind);
            Assert.Contains("failed after 2 attempts", result.Failure.Reason);
        }
    }

    [SharedDataFact]
    public void ServesARealSavedPageFromTheSharedBenchmark()
    {
        var line = File.ReadLines(SharedData.PathTo("html-benchmark/cases.jsonl")).First();
        var page = System.Text.Json.JsonDocument.Parse(line).RootElement;
        byte[] bytes;
        using (var gzip = new GZipStream(File.OpenRead(SharedData.PathTo(Path.Combine("html-benchmark", page.GetProperty("page").GetString()!))), CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        using var server = new LoopbackHttpServer(Site(_ => new CannedResponse(200, bytes, new Dictionary<string, string> { ["Content-Type"] = "text/html" })));
        var (fetcher, _) = Fetcher();
        using (fetcher)
        {
            var result = fetcher.Fetch(server.Url("/saved"));
            Assert.True(result.IsSuccess, result.Failure?.ToString());
            var expected = page.GetProperty("with")[0].GetString()!;
            Assert.Contains(string.Join(' ', expected.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
                string.Join(' ', result.Article!.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
    }
}
