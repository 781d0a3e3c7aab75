using System.Globalization;
using System.Text;
using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Ingest.Warc;

/// <summary>
/// Splits a WARC 1.0/1.1 file (plain, gzip per record as Common Crawl writes it, or gzip over the whole file) into records.
/// Only records that can hold a page (response, resource) are returned; the others are counted. Damage ends the file
/// with one failure record naming the offset, after every whole record before it.
/// </summary>
public sealed class WarcSplitter(WarcSkipCounts? skipped = null)
{
    /// <summary>A block above this size is not a page; it is skipped and reported, which keeps memory bounded.</summary>
    public const int MaxBlockBytes = 32 << 20;
    private const int MaxHeaderLine = 64 << 10;

    public WarcSkipCounts Skipped { get; } = skipped ?? new WarcSkipCounts();

    public IEnumerable<WarcRecord> Split(string file, Stream content)
    {
        using var stream = GzipDetector.OpenMaybeGzip(content);
        var reader = new CountingByteReader(stream);
        int number = 0;
        while (true)
        {
            WarcRecord? record;
            bool stop;
            try
            {
                (record, stop) = ReadRecord(file, reader, ++number);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                (record, stop) = (Damaged(file, reader.Offset, FailureKind.Truncated, $"is damaged at offset {reader.Offset} and cannot be read further ({e.Message})"), true);
            }
            if (record is not null) yield return record;
            if (stop) yield break;
        }
    }

    private (WarcRecord? Record, bool Stop) ReadRecord(string file, CountingByteReader reader, int number)
    {
        // Records are separated by two line ends; tolerate any number of blank lines.
        byte[]? line;
        do line = reader.ReadLine(MaxHeaderLine);
        while (line is { Length: 0 });
        if (line is null) return (null, true);
        long offset = reader.Offset - line.Length - 2;
        string version = Encoding.ASCII.GetString(line);
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
            return (Damaged(file, Math.Max(0, offset), FailureKind.Malformed, $"has no WARC record at offset {Math.Max(0, offset)} (found \"{Printable(version)}\"); reading stopped there"), true);

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            line = reader.ReadLine(MaxHeaderLine);
            if (line is null)
                return (Damaged(file, offset, FailureKind.Truncated, $"is truncated at offset {reader.Offset}: the headers of the record at offset {offset} never end"), true);
            if (line.Length == 0) break;
            string header = Encoding.UTF8.GetString(line);
            int colon = header.IndexOf(':');
            if (colon > 0) headers[header[..colon].Trim()] = header[(colon + 1)..].Trim();
        }
        string type = headers.GetValueOrDefault("WARC-Type") ?? "unknown";
        string id = (headers.GetValueOrDefault("WARC-Record-ID") ?? $"record{number}").Trim('<', '>');
        string source = $"{file}#{id}";
        if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out long length))
            return (Damaged(file, offset, FailureKind.Malformed, $"has a record at offset {offset} without a valid Content-Length; reading stopped there"), true);

        bool wanted = type.Equals("response", StringComparison.OrdinalIgnoreCase) || type.Equals("resource", StringComparison.OrdinalIgnoreCase);
        if (!wanted || length > MaxBlockBytes)
        {
            long skippedBytes = reader.Skip(length);
            if (skippedBytes < length) return (Truncated(file, source, offset, reader.Offset, length, skippedBytes), true);
            if (!wanted)
            {
                Skipped.Add(type);
                return (null, false);
            }
            return (new WarcRecord(source, file, offset, type, []) { SplitError = (FailureKind.TooLarge, $"record at offset {offset} of {file} holds {length} bytes, more than {MaxBlockBytes >> 20} MiB for a page") }, false);
        }
        var block = reader.ReadBlock((int)length);
        if (block.Length < length) return (Truncated(file, source, offset, reader.Offset, length, block.Length), true);
        return (new WarcRecord(source, file, offset, type, block)
        {
            TargetUri = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>'),
            ContentType = headers.GetValueOrDefault("Content-Type"),
            Date = DateTimeOffset.TryParse(headers.GetValueOrDefault("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null,
        }, false);
    }

    private static WarcRecord Truncated(string file, string source, long offset, long end, long declared, long present) =>
        new(source, file, offset, "truncated", [])
        {
            SplitError = (FailureKind.Truncated, $"is truncated at offset {end}: the record at offset {offset} declares {declared} bytes, only {present} are there"),
        };

    private static WarcRecord Damaged(string file, long offset, FailureKind kind, string reason) =>
        new($"{file}#offset{offset}", file, offset, "damaged", []) { SplitError = (kind, reason) };

    private static string Printable(string text)
    {
        var cut = text.Length > 40 ? text[..40] + "..." : text;
        return new string(cut.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
