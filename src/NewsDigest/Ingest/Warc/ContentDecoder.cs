using System.IO.Compression;

namespace NewsDigest.Ingest.Warc;

/// <summary>Undoes HTTP content codings (gzip, deflate, br), in the reverse order of the Content-Encoding list.</summary>
public static class ContentDecoder
{
    public static (byte[]? Body, string? Error) Decode(byte[] body, string? contentEncoding, int maxBytes)
    {
        if (string.IsNullOrWhiteSpace(contentEncoding)) return (body, null);
        var codings = contentEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var coding in codings.Reverse())
        {
            var name = coding.ToLowerInvariant();
            if (name is "identity") continue;
            // As with chunking, a stored body may already be decoded: gzip has magic bytes, and text that is not binary is not compressed.
            if (name is "gzip" or "x-gzip" && !(body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B)) continue;
            if (name is "br" or "deflate" && ContentSniffer.LooksLikeHtml(System.Text.Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 256)))) continue;
            try
            {
                body = name switch
                {
                    "gzip" or "x-gzip" => InflateGzip(body, maxBytes),
                    "br" => Inflate(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes),
                    "deflate" => InflateDeflate(body, maxBytes),
                    _ => throw new NotSupportedException(name),
                };
            }
            catch (NotSupportedException)
            {
                return (null, $"uses the content coding \"{coding}\", which is not supported");
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                return (null, $"has a damaged {name} body ({e.Message})");
            }
            catch (InvalidOperationException e)
            {
                return (null, e.Message);
            }
        }
        return (body, null);
    }

    /// <summary>GZipStream ends quietly at a cut-off body; the trailer's size field (the last four bytes) tells a whole body from a cut one.</summary>
    private static byte[] InflateGzip(byte[] body, int maxBytes)
    {
        var inflated = Inflate(new GZipStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
        uint declared = body.Length >= 18 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(body.AsSpan(body.Length - 4)) : uint.MaxValue;
        if (declared != (uint)inflated.Length) throw new InvalidDataException($"the gzip body is cut short ({inflated.Length} bytes decompressed, its trailer declares {declared})");
        return inflated;
    }

    /// <summary>"deflate" means zlib-wrapped by the standard, but many servers send raw deflate; try zlib first.</summary>
    private static byte[] InflateDeflate(byte[] body, int maxBytes)
    {
        if (body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0)
            return Inflate(new ZLibStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
        return Inflate(new DeflateStream(new MemoryStream(body), CompressionMode.Decompress), maxBytes);
    }

    private static byte[] Inflate(Stream decompressing, int maxBytes)
    {
        using (decompressing)
        {
            using var output = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = decompressing.Read(chunk, 0, chunk.Length)) > 0)
            {
                output.Write(chunk, 0, read);
                if (output.Length > maxBytes) throw new InvalidOperationException($"its body decompresses to more than {maxBytes >> 20} MiB");
            }
            return output.ToArray();
        }
    }
}
