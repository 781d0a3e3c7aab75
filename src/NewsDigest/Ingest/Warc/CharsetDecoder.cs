using System.Text;
using System.Text.RegularExpressions;

namespace NewsDigest.Ingest.Warc;

/// <summary>Decodes a web page's bytes the way browsers choose: byte-order mark, then HTTP charset, then a meta tag, then UTF-8 if valid, else Windows-1252.</summary>
public static partial class CharsetDecoder
{
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpContentType)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return Encoding.UTF8.GetString(bytes[3..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        var declared = EncodingFor(CharsetOf(httpContentType)) ?? EncodingFor(MetaCharset(bytes));
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage) return declared.GetString(bytes);
        if (declared is null && !System.Text.Unicode.Utf8.IsValid(bytes)) return WindowsLatin().GetString(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The charset parameter of a Content-Type value, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        var match = CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaTag().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? EncodingFor(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().Trim('"', '\'').ToLowerInvariant();
        // WHATWG maps these labels to windows-1252, and pages labelled so often use its extra characters.
        if (name is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1") return WindowsLatin();
        if (name is "utf8") name = "utf-8";
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding WindowsLatin() => Encoding.GetEncoding(1252);

    [GeneratedRegex(@"charset\s*=\s*[""']?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();
}
