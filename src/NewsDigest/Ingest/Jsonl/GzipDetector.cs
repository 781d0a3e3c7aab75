using System.IO.Compression;

namespace NewsDigest.Ingest.Jsonl;

/// <summary>Opens a stream that may be gzip-compressed (told by its magic bytes, not its name), decompressing every concatenated member.</summary>
public static class GzipDetector
{
    public static Stream OpenMaybeGzip(Stream content)
    {
        var head = new byte[2];
        int read = content.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        // Put the peeked bytes back in front so that both branches see the whole stream, seekable or not.
        Stream whole = new PrefixedStream(head.AsMemory(0, read), content);
        bool gzip = read == 2 && head[0] == 0x1F && head[1] == 0x8B;
        return gzip ? new GZipStream(whole, CompressionMode.Decompress) : whole;
    }

    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;
}
