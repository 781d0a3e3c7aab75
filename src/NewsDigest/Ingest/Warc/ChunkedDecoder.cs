using System.Globalization;
using System.Text;

namespace NewsDigest.Ingest.Warc;

/// <summary>Undoes HTTP/1.1 chunked transfer coding: hex size line, data, line end, up to the zero-size chunk.</summary>
public static class ChunkedDecoder
{
    /// <summary>Whether the body starts with a chunk-size line (hex digits, optional extension, line end).</summary>
    public static bool LooksChunked(ReadOnlySpan<byte> body)
    {
        int i = 0;
        while (i < body.Length && i < 16 && Uri.IsHexDigit((char)body[i])) i++;
        if (i == 0 || i == body.Length) return false;
        return body[i] is (byte)'\r' or (byte)'\n' or (byte)';' or (byte)' ';
    }

    public static (byte[]? Body, string? Error) Decode(ReadOnlySpan<byte> chunked, int maxBytes)
    {
        using var body = new MemoryStream();
        int position = 0;
        while (true)
        {
            int lineEnd = chunked[position..].IndexOf((byte)'\n');
            if (lineEnd < 0) return (null, $"its chunked body ends without a last chunk after {body.Length} bytes");
            var sizeLine = Encoding.ASCII.GetString(chunked.Slice(position, lineEnd)).Trim();
            int extension = sizeLine.IndexOf(';');
            if (extension >= 0) sizeLine = sizeLine[..extension].Trim();
            if (!int.TryParse(sizeLine, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int size) || size < 0)
                return (null, $"has a bad chunk size \"{sizeLine}\" in its chunked body");
            position += lineEnd + 1;
            if (size == 0) return (body.ToArray(), null);
            if (position + size > chunked.Length) return (null, $"its chunked body is cut short: a chunk declares {size} bytes, {chunked.Length - position} remain");
            if (body.Length + size > maxBytes) return (null, $"its body is larger than {maxBytes >> 20} MiB");
            body.Write(chunked.Slice(position, size));
            position += size;
            // The data is followed by CRLF (or a bare LF from lenient servers).
            if (position < chunked.Length && chunked[position] == '\r') position++;
            if (position < chunked.Length && chunked[position] == '\n') position++;
        }
    }
}
