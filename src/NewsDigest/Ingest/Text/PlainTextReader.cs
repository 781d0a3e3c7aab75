using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Ingest.Text;

/// <summary>Reads .txt files and stdin: UTF-8 (with or without BOM) falling back to Windows-1252, and an optional dateline.</summary>
public sealed partial class PlainTextReader : IArticleReader
{
    /// <summary>Inputs above this size are not articles; refusing them keeps memory bounded.</summary>
    public const int MaxBytes = 16 << 20;

    public bool Accepts(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".text", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<IngestResult> Read(string source, Stream content)
    {
        yield return ReadOne(source, content);
    }

    public static IngestResult ReadOne(string source, Stream content)
    {
        byte[] bytes;
        try
        {
            bytes = ReadCapped(content, MaxBytes + 1);
        }
        catch (IOException e)
        {
            return IngestResult.Failed(source, FailureKind.Unreadable, $"cannot be read ({e.Message})");
        }
        if (bytes.Length > MaxBytes) return IngestResult.Failed(source, FailureKind.TooLarge, $"is larger than {MaxBytes >> 20} MiB, too large for an article");
        if (ContentSniffer.LooksBinary(bytes.AsSpan(0, Math.Min(bytes.Length, 4096)))) return IngestResult.Failed(source, FailureKind.Binary, "is a binary file, not text");
        string text = Decode(bytes);
        return FromText(source, text);
    }

    /// <summary>Builds an article from decoded text, reading a leading "date YYYY-MM-DD" dateline as the publication date.</summary>
    public static IngestResult FromText(string source, string text)
    {
        text = MisdecodedUtf8.Repair(text.Replace("\r\n", "\n").Replace('\r', '\n').Trim());
        if (text.Length == 0) return IngestResult.Failed(source, FailureKind.Empty, "is empty");
        DateTimeOffset? published = null;
        var dateline = Dateline().Match(text);
        if (dateline.Success && DateTime.TryParseExact(dateline.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = new DateTimeOffset(date, TimeSpan.Zero);
            text = text[dateline.Length..].TrimStart();
        }
        string? title = null;
        int firstBreak = text.IndexOf('\n');
        if (firstBreak > 0 && firstBreak < 200 && !".!?\"”".Contains(text[firstBreak - 1])) title = text[..firstBreak].Trim();
        return IngestResult.Success(new Article(source, text) { Published = published, Title = title });
    }

    internal static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    internal static byte[] ReadCapped(Stream content, int cap)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= cap) break;
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^\s*date\s+(\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();
}
