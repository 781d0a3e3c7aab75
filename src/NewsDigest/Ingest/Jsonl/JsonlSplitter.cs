using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsDigest.Batch;

namespace NewsDigest.Ingest.Jsonl;

/// <summary>Splits a JSONL or JSONL.gz stream into records, reading only each record's id; the full parse is left to <see cref="JsonlArticleParser"/>.</summary>
public sealed class JsonlSplitter(JsonlFields fields)
{
    /// <summary>A longer line is not an article; it is reported and skipped so memory stays bounded.</summary>
    public const int MaxLineBytes = 16 << 20;

    private readonly byte[] _idName = Encoding.UTF8.GetBytes(fields.Id);

    public IEnumerable<JsonlRecord> Split(string file, Stream content)
    {
        using var stream = GzipDetector.OpenMaybeGzip(content);
        // Ids repeat in real dumps; a repeated id gets its line number added so every source stays unique within the run.
        // Hashes, not the ids themselves, keep this set small on large files.
        var seenIds = new HashSet<ulong>();
        long lineNumber = 0;
        foreach (var (line, tooLong, readError, binary) in Lines(stream))
        {
            lineNumber++;
            if (binary)
            {
                // Noise under a .jsonl name would otherwise give one "not valid JSON" failure per "line" of noise: one for the file.
                yield return new JsonlRecord(file, file, 0, []) { SplitError = "is a binary file, not JSON Lines", SplitErrorKind = FailureKind.Binary };
                yield break;
            }
            if (readError is not null)
            {
                yield return new JsonlRecord($"{file}#line{lineNumber}", file, lineNumber, []) { SplitError = readError };
                yield break;
            }
            if (tooLong)
            {
                yield return new JsonlRecord($"{file}#line{lineNumber}", file, lineNumber, []) { SplitError = $"is longer than {MaxLineBytes >> 20} MiB" };
                continue;
            }
            if (IsBlank(line)) continue;
            string? id = ReadId(line);
            string source;
            if (id is null) source = $"{file}#line{lineNumber}";
            else if (seenIds.Add(StableHash.Of(id))) source = $"{file}#{id}";
            else source = $"{file}#{id}#line{lineNumber}";
            yield return new JsonlRecord(source, file, lineNumber, line);
        }
    }

    private static bool IsBlank(byte[] line)
    {
        foreach (byte b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    /// <summary>The id property's value at the top level, as text; null when absent or when the line is not valid JSON (the parser reports that).</summary>
    private string? ReadId(byte[] line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) return null;
                bool isId = reader.ValueTextEquals(_idName);
                if (!reader.Read()) return null;
                if (isId)
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => NullIfEmpty(reader.GetString()),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                reader.Skip();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>How many leading bytes are looked at to tell a text dump from binary noise.</summary>
    private const int SniffBytes = 4096;

    /// <summary>The stream's lines as byte arrays; a read error (a damaged gzip member) ends the sequence with its message, and a
    /// stream whose first bytes are not text ends it at once with <c>Binary</c> set.</summary>
    private static IEnumerable<(byte[] Line, bool TooLong, string? ReadError, bool Binary)> Lines(Stream stream)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int start = 0, end = 0;
            bool skippingLongLine = false;
            // No line is given out before the first bytes have been judged text, so noise yields nothing but the one failure.
            bool sniffed = false;
            bool ended = false;
            string? readError = null;
            while (true)
            {
                if (!sniffed && (ended || end >= SniffBytes))
                {
                    sniffed = true;
                    if (ContentSniffer.LooksBinary(buffer.AsSpan(0, Math.Min(end, SniffBytes))))
                    {
                        yield return ([], false, null, true);
                        yield break;
                    }
                }
                int newline = sniffed ? buffer.AsSpan(start, end - start).IndexOf((byte)'\n') : -1;
                if (newline >= 0)
                {
                    int lineEnd = start + newline;
                    if (skippingLongLine) skippingLongLine = false;
                    else yield return (buffer.AsSpan(start, lineEnd - start).ToArray(), false, null, false);
                    start = lineEnd + 1;
                    continue;
                }
                if (ended)
                {
                    if (readError is not null) yield return ([], false, readError, false);
                    else if (end > start && !skippingLongLine) yield return (buffer.AsSpan(start, end - start).ToArray(), false, null, false);
                    yield break;
                }
                // No line end in the buffer: move the partial line to the front, grow if it fills the buffer, and read more.
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes || skippingLongLine)
                    {
                        if (!skippingLongLine) yield return ([], true, null, false);
                        skippingLongLine = true;
                        end = 0;
                    }
                    else
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                }
                try
                {
                    int read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0) ended = true;
                    end += read;
                }
                catch (Exception e) when (e is InvalidDataException or IOException)
                {
                    ended = true;
                    readError = $"cannot be read past this line ({e.Message})";
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
