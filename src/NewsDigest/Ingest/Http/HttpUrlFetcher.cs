using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using NewsDigest.Hosting;
using NewsDigest.Ingest.Html;
using NewsDigest.Ingest.Text;

namespace NewsDigest.Ingest.Http;

/// <summary>
/// A polite web client for ingest: names itself, respects robots.txt, paces requests per host, follows a bounded
/// number of redirects, caps sizes and times, retries only transient failures, and turns every failure into a result.
/// </summary>
public sealed class HttpUrlFetcher : IUrlFetcher, IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly IClock _clock;
    private readonly IDelayer _delayer;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task<RobotsVerdict>> _robots = new(StringComparer.OrdinalIgnoreCase);

    public HttpUrlFetcher(FetchOptions? options = null, IClock? clock = null, IDelayer? delayer = null, HttpMessageHandler? handler = null)
    {
        _options = options ?? new FetchOptions();
        _clock = clock ?? SystemClock.Instance;
        _delayer = delayer ?? TaskDelayer.Instance;
        handler ??= new SocketsHttpHandler
        {
            // Redirects are followed here, one by one, so that each hop is counted, checked against robots.txt and paced.
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = _options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            UseCookies = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8");
    }

    public IngestResult Fetch(Uri url, CancellationToken cancellationToken = default) =>
        FetchAsync(url, cancellationToken).GetAwaiter().GetResult();

    public async Task<IngestResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        string source = url.OriginalString;
        var current = url;
        var visited = new HashSet<string>(StringComparer.Ordinal) { current.AbsoluteUri };
        for (int hop = 0; ; hop++)
        {
            if (_options.RespectRobots)
            {
                var verdict = await RobotsFor(current, cancellationToken).ConfigureAwait(false);
                if (verdict.Unreachable is { } why)
                    return IngestResult.Failed(source, FailureKind.Network, $"cannot be reached: {why}");
                if (!verdict.Rules.Allows(current.PathAndQuery))
                    return IngestResult.Failed(source, FailureKind.Network, $"is disallowed by {current.GetLeftPart(UriPartial.Authority)}/robots.txt{verdict.Note} (use --ignore-robots to fetch it anyway)");
            }
            var response = await SendWithRetries(current, cancellationToken).ConfigureAwait(false);
            if (response.Failure is { } failure) return IngestResult.Failed(source, failure.Kind, failure.Reason);
            using var message = response.Message!;
            int status = (int)message.StatusCode;
            if (status is >= 300 and < 400 && message.Headers.Location is { } location)
            {
                if (hop >= _options.MaxRedirects)
                    return IngestResult.Failed(source, FailureKind.Network, $"redirects more than {_options.MaxRedirects} times (last to {current})");
                var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                    return IngestResult.Failed(source, FailureKind.Network, $"redirects to {next}, which is not an http(s) address");
                if (!visited.Add(next.AbsoluteUri))
                    return IngestResult.Failed(source, FailureKind.Network, $"redirects in a loop (back to {next})");
                current = next;
                continue;
            }
            if (status is 404 or 410) return IngestResult.Failed(source, FailureKind.NotFound, $"was not found (HTTP {status})");
            if (status >= 400 || status < 200 || status >= 300)
                return IngestResult.Failed(source, FailureKind.Network, $"answered HTTP {status} {message.ReasonPhrase}".TrimEnd());
            return await ReadPage(source, current, message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IngestResult> ReadPage(string source, Uri url, HttpResponseMessage message, CancellationToken cancellationToken)
    {
        var type = message.Content.Headers.ContentType;
        string mediaType = type?.MediaType?.ToLowerInvariant() ?? "";
        bool html = mediaType is "text/html" or "application/xhtml+xml" or "";
        bool text = mediaType == "text/plain";
        if (!html && !text)
            return IngestResult.Failed(source, FailureKind.UnsupportedContent, $"is {mediaType}, not an HTML page or text");
        if (message.Content.Headers.ContentLength > _options.MaxBytes)
            return IngestResult.Failed(source, FailureKind.TooLarge, $"is {message.Content.Headers.ContentLength} bytes, more than the {_options.MaxBytes} byte cap");
        byte[] bytes;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.Timeout);
            try
            {
                await using var stream = await message.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                bytes = await ReadCapped(stream, _options.MaxBytes + 1, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return IngestResult.Failed(source, FailureKind.Network, $"took longer than {_options.Timeout.TotalSeconds:0.#} s to send its body");
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                return IngestResult.Failed(source, FailureKind.Truncated, $"broke off while sending its body ({e.Message})");
            }
        }
        if (bytes.Length > _options.MaxBytes)
            return IngestResult.Failed(source, FailureKind.TooLarge, $"is more than the {_options.MaxBytes} byte cap");
        if (text)
        {
            using var memory = new MemoryStream(bytes, writable: false);
            var result = PlainTextReader.ReadOne(source, memory);
            return result.Article is { } article ? IngestResult.Success(article with { Url = url.ToString(), SiteName = article.SiteName ?? url.Host }) : result;
        }
        return HtmlArticleReader.FromBytes(source, bytes, type?.CharSet, url);
    }

    private static async Task<byte[]> ReadCapped(Stream stream, int cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= cap) break;
        }
        return buffer.ToArray();
    }

    /// <summary>A response, or the failure that ended the attempts; <paramref name="ServerAnswered"/> tells a server that kept erring (5xx, 429) from one that could not be reached.</summary>
    private sealed record SendOutcome(HttpResponseMessage? Message, IngestFailure? Failure, bool ServerAnswered = false);

    /// <summary>Sends one GET, retrying with exponential back-off on 5xx, 429 (honouring Retry-After), timeouts and broken connections; never on other 4xx.</summary>
    private async Task<SendOutcome> SendWithRetries(Uri url, CancellationToken cancellationToken)
    {
        string lastProblem = "";
        for (int attempt = 0; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            bool answered = false;
            var gate = _gates.GetOrAdd(url.Authority, _ => new HostGate(_options.PerHostConcurrency, _options.PerHostDelay, _clock, _delayer));
            using (await gate.Enter(cancellationToken).ConfigureAwait(false))
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(_options.Timeout);
                try
                {
                    var message = await _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                    int status = (int)message.StatusCode;
                    if (status < 500 && status != 429) return new SendOutcome(message, null);
                    lastProblem = $"HTTP {status}";
                    answered = true;
                    retryAfter = RetryAfter(message.Headers.RetryAfter);
                    message.Dispose();
                    if (retryAfter > _options.MaxRetryAfter)
                        return new SendOutcome(null, new IngestFailure(url.OriginalString, FailureKind.Network, $"answered {lastProblem} and asked to retry after {retryAfter.Value.TotalSeconds:0} s, longer than the {_options.MaxRetryAfter.TotalSeconds:0} s this run waits"), ServerAnswered: true);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    lastProblem = $"no answer within {_options.Timeout.TotalSeconds:0.#} s";
                }
                catch (HttpRequestException e)
                {
                    if (e.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.InvalidResponse)
                        return new SendOutcome(null, new IngestFailure(url.OriginalString, FailureKind.Network, $"cannot be fetched ({e.Message})"));
                    lastProblem = e.Message;
                }
            }
            if (attempt >= _options.MaxRetries)
                return new SendOutcome(null, new IngestFailure(url.OriginalString, FailureKind.Network, $"failed after {attempt + 1} attempts ({lastProblem})"), answered);
            var backoff = retryAfter ?? TimeSpan.FromTicks(_options.RetryBackoff.Ticks << attempt);
            await _delayer.Wait(backoff, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header is null) return null;
        if (header.Delta is { } delta) return delta;
        if (header.Date is { } date) return date - _clock.Now > TimeSpan.Zero ? date - _clock.Now : TimeSpan.Zero;
        return null;
    }

    /// <summary>The rules for a host; <paramref name="Unreachable"/> says why the host itself could not be reached, so the page is not blamed on robots.txt.</summary>
    private sealed record RobotsVerdict(RobotsRules Rules, string Note, string? Unreachable = null);

    private Task<RobotsVerdict> RobotsFor(Uri url, CancellationToken cancellationToken) =>
        _robots.GetOrAdd(url.GetLeftPart(UriPartial.Authority), authority => LoadRobots(new Uri(authority + "/robots.txt"), cancellationToken));

    /// <summary>RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx, network) disallows everything for now.</summary>
    private async Task<RobotsVerdict> LoadRobots(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var current = robotsUrl;
        for (int hop = 0; hop <= _options.MaxRedirects; hop++)
        {
            var outcome = await SendWithRetries(current, cancellationToken).ConfigureAwait(false);
            if (outcome.Failure is not null)
                return outcome.ServerAnswered
                    ? new RobotsVerdict(RobotsRules.DisallowAll, " (robots.txt could not be read: " + outcome.Failure.Reason + ")")
                    : new RobotsVerdict(RobotsRules.DisallowAll, "", outcome.Failure.Reason);
            using var message = outcome.Message!;
            int status = (int)message.StatusCode;
            if (status is >= 300 and < 400 && message.Headers.Location is { } location)
            {
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }
            if (status is >= 400 and < 500) return new RobotsVerdict(RobotsRules.AllowAll, "");
            if (status is < 200 or >= 300) return new RobotsVerdict(RobotsRules.DisallowAll, $" (robots.txt answered HTTP {status})");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                await using var stream = await message.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                // RFC 9309 asks crawlers to read at least 500 KiB of robots.txt.
                var bytes = await ReadCapped(stream, 512 * 1024, timeout.Token).ConfigureAwait(false);
                return new RobotsVerdict(RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(bytes), _options.RobotsAgent), "");
            }
            catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
            {
                return new RobotsVerdict(RobotsRules.DisallowAll, " (robots.txt could not be read)");
            }
        }
        return new RobotsVerdict(RobotsRules.AllowAll, "");
    }

    public void Dispose() => _client.Dispose();
}
