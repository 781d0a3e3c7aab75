using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NewsDigest.Tests.Http;

/// <summary>One request as the loopback server saw it.</summary>
public sealed record SeenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers);

/// <summary>What the loopback server answers: status, headers, body, and an optional pause before answering.</summary>
public sealed record CannedResponse(int Status, byte[] Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static CannedResponse Html(string html, string contentType = "text/html; charset=utf-8") =>
        new(200, Encoding.UTF8.GetBytes(html), new Dictionary<string, string> { ["Content-Type"] = contentType });

    public static CannedResponse WithStatus(int status, params (string Name, string Value)[] headers) =>
        new(status, [], headers.ToDictionary(h => h.Name, h => h.Value));
}

/// <summary>A small real HTTP/1.1 server on 127.0.0.1 (a TcpListener), answering each request from a handler; every connection is closed after one answer.</summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<SeenRequest, CannedResponse> _handler;
    private readonly Task _loop;

    public LoopbackHttpServer(Func<SeenRequest, CannedResponse> handler)
    {
        _handler = handler;
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    public int CountFor(string path) => Requests.Count(r => r.Path == path);

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream);
                if (request is null) return;
                Requests.Enqueue(request);
                var response = _handler(request);
                if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, _stop.Token);
                var head = new StringBuilder($"HTTP/1.1 {response.Status} {Reason(response.Status)}\r\n");
                foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>()) head.Append($"{name}: {value}\r\n");
                if (response.Headers?.ContainsKey("Content-Length") != true) head.Append($"Content-Length: {response.Body.Length}\r\n");
                head.Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                await stream.WriteAsync(response.Body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // The client gave up (a timeout under test) or the server is stopping.
            }
        }
    }

    private static async Task<SeenRequest?> ReadRequest(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 65536)
        {
            int read = await stream.ReadAsync(one);
            if (read == 0) return null;
            buffer.Add(one[0]);
            int n = buffer.Count;
            if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n') break;
        }
        var lines = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n");
        var first = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return new SeenRequest(first[0], first.Length > 1 ? first[1] : "/", headers);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK", 301 => "Moved Permanently", 302 => "Found", 404 => "Not Found", 429 => "Too Many Requests",
        500 => "Internal Server Error", 503 => "Service Unavailable", _ => "Status",
    };

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation; nothing to report.
        }
        _stop.Dispose();
    }
}
