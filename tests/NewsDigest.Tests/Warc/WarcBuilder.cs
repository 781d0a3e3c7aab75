using System.IO.Compression;
using System.Text;

namespace NewsDigest.Tests.Warc;

/// <summary>Builds WARC files byte by byte for tests: records of any type, HTTP responses with chosen headers and body bytes, gzip per record or over the file.</summary>
internal sealed class WarcBuilder(string version = "WARC/1.1")
{
    private readonly List<byte[]> _records = [];
    private int _next = 1;

    public WarcBuilder Warcinfo() => Record("warcinfo", "application/warc-fields", Encoding.UTF8.GetBytes("software: test\r\nformat: WARC File Format 1.1\r\n"), null);

    public WarcBuilder Request(string uri) =>
        Record("request", "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET {new Uri(uri).PathAndQuery} HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"), uri);

    public WarcBuilder Metadata(string uri) => Record("metadata", "application/warc-fields", Encoding.UTF8.GetBytes("fetchTimeMs: 12\r\n"), uri);

    /// <summary>An HTTP response record; the body bytes are stored as given (already chunked or compressed if the headers say so).</summary>
    public WarcBuilder Response(string uri, byte[] body, params string[] headers)
    {
        var http = new MemoryStream();
        var head = new StringBuilder("HTTP/1.1 200 OK\r\n");
        foreach (var header in headers) head.Append(header).Append("\r\n");
        head.Append("\r\n");
        http.Write(Encoding.ASCII.GetBytes(head.ToString()));
        http.Write(body);
        return Record("response", "application/http; msgtype=response", http.ToArray(), uri);
    }

    public WarcBuilder ResponseWithStatus(string uri, string statusLine, byte[] body, params string[] headers)
    {
        var head = new StringBuilder(statusLine + "\r\n");
        foreach (var header in headers) head.Append(header).Append("\r\n");
        head.Append("\r\n");
        var block = Encoding.ASCII.GetBytes(head.ToString()).Concat(body).ToArray();
        return Record("response", "application/http; msgtype=response", block, uri);
    }

    public WarcBuilder Record(string type, string contentType, byte[] block, string? uri)
    {
        var head = new StringBuilder();
        head.Append(version).Append("\r\n");
        head.Append("WARC-Type: ").Append(type).Append("\r\n");
        head.Append("WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-").Append(_next++.ToString("D12")).Append(">\r\n");
        head.Append("WARC-Date: 2024-03-02T17:30:00Z\r\n");
        if (uri is not null) head.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        _records.Add(Encoding.ASCII.GetBytes(head.ToString()).Concat(block).Concat("\r\n\r\n"u8.ToArray()).ToArray());
        return this;
    }

    public byte[] Plain() => _records.SelectMany(r => r).ToArray();

    /// <summary>One gzip member per record, as Common Crawl writes WARC.gz files.</summary>
    public byte[] GzipPerRecord() => _records.SelectMany(Gzip).ToArray();

    public byte[] GzipWhole() => Gzip(Plain());

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }

    public static byte[] Chunked(byte[] body, int chunkSize)
    {
        var output = new MemoryStream();
        for (int i = 0; i < body.Length; i += chunkSize)
        {
            int n = Math.Min(chunkSize, body.Length - i);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(body, i, n);
            output.Write("\r\n"u8);
        }
        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] bytes, bool zlib)
    {
        using var output = new MemoryStream();
        using (Stream d = zlib ? new ZLibStream(output, CompressionLevel.Fastest, true) : new DeflateStream(output, CompressionLevel.Fastest, true)) d.Write(bytes);
        return output.ToArray();
    }

    public static byte[] Brotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var b = new BrotliStream(output, CompressionLevel.Fastest, true)) b.Write(bytes);
        return output.ToArray();
    }
}
