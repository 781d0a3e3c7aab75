using System.Globalization;
using System.Text;

namespace NewsDigest.Ingest.Warc;

/// <summary>An HTTP response as a WARC response record stores it: status, headers, and the body exactly as sent.</summary>
public sealed record HttpMessage(int Status, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Parses the status line and headers; null with a reason when the block is not an HTTP response.</summary>
    public static (HttpMessage? Message, string? Error) Parse(byte[] block)
    {
        int headerEnd = IndexOfHeaderEnd(block, out int separatorLength);
        if (headerEnd < 0) return (null, "has no end to its HTTP headers");
        var head = Encoding.Latin1.GetString(block, 0, headerEnd);
        var lines = head.Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
            return (null, $"does not start with an HTTP status line (found \"{Shorten(lines[0])}\")");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string name = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim();
            // Repeated headers combine with commas (RFC 9110), which is what Content-Encoding lists need.
            headers[name] = headers.TryGetValue(name, out var previous) ? previous + ", " + value : value;
        }
        int bodyStart = headerEnd + separatorLength;
        return (new HttpMessage(code, headers, block.AsMemory(bodyStart)), null);
    }

    private static int IndexOfHeaderEnd(byte[] block, out int separatorLength)
    {
        var span = block.AsSpan();
        int crlf = span.IndexOf("\r\n\r\n"u8);
        int lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf))
        {
            separatorLength = 4;
            return crlf;
        }
        separatorLength = 2;
        return lf;
    }

    private static string Shorten(string line)
    {
        line = line.TrimEnd('\r');
        var cut = line.Length > 40 ? line[..40] + "..." : line;
        return new string(cut.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
