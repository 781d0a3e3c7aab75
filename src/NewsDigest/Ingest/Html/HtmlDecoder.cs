using System.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>The text of a page and the encoding it was read with, and why that encoding was chosen.</summary>
public readonly record struct DecodedHtml(string Html, Encoding Encoding, string EncodingSource);

/// <summary>Decodes page bytes the way a browser would: byte-order mark, then the HTTP charset, then a &lt;meta&gt; declaration, then detection.</summary>
public static class HtmlDecoder
{
    /// <summary>How far into the page a &lt;meta charset&gt; declaration is looked for (browsers use 1024; real pages put long head material first).</summary>
    private const int PrescanBytes = 8192;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? httpCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Encoding.UTF8.GetString(bytes[3..]), Encoding.UTF8, "byte-order mark");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, "byte-order mark");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, "byte-order mark");

        var utf8 = Utf8Kind(bytes);
        var declared = Lookup(httpCharset);
        string source = "HTTP charset";
        if (declared is null)
        {
            declared = Lookup(MetaCharset(bytes[..Math.Min(bytes.Length, PrescanBytes)]));
            source = "meta charset";
        }
        if (declared is not null)
        {
            // Pages often declare Latin-1 (or nothing useful) while their bytes are UTF-8; valid multi-byte
            // UTF-8 almost never occurs by accident in single-byte text, so the bytes win in that case.
            if (utf8 == Utf8Evidence.ValidWithMultiByte && declared.IsSingleByte)
                return new(Encoding.UTF8.GetString(bytes), Encoding.UTF8, "detected UTF-8 (declared " + declared.WebName + ")");
            return new(declared.GetString(bytes), declared, source);
        }
        if (utf8 != Utf8Evidence.Invalid) return new(Encoding.UTF8.GetString(bytes), Encoding.UTF8, "detected UTF-8");
        var guess = GuessLegacy(bytes);
        return new(guess.GetString(bytes), guess, "detected " + guess.WebName);
    }

    /// <summary>Maps a charset label to an encoding, following the web's aliases (Latin-1 means Windows-1252, GB2312 means GBK).</summary>
    public static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "utf8" or "unicode-1-1-utf-8" or "x-unicode20utf8" => "utf-8",
            "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" => "windows-1252",
            "iso-8859-9" or "latin5" => "windows-1254",
            "gb2312" or "gbk" or "x-gbk" or "cp936" => "gbk",
            "sjis" or "x-sjis" or "shift-jis" or "ms_kanji" or "windows-31j" => "shift_jis",
            "unicode" or "utf-16" => "utf-16",
            _ => name,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A page that calls itself UTF-16 but arrived without a byte-order mark is ASCII-compatible in practice.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private enum Utf8Evidence { AsciiOnly, ValidWithMultiByte, Invalid }

    private static Utf8Evidence Utf8Kind(ReadOnlySpan<byte> bytes)
    {
        bool multi = false;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int extra = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
            if (extra < 0 || b > 0xF4) return Utf8Evidence.Invalid;
            if (i + extra >= bytes.Length)
            {
                // A page cut off in the middle of a character is still UTF-8.
                break;
            }
            for (int k = 1; k <= extra; k++)
                if ((bytes[i + k] & 0xC0) != 0x80) return Utf8Evidence.Invalid;
            multi = true;
            i += extra + 1;
        }
        return multi ? Utf8Evidence.ValidWithMultiByte : Utf8Evidence.AsciiOnly;
    }

    /// <summary>Without a declaration and not UTF-8: tells the common double-byte East Asian encodings from Windows-1252 by their lead/trail byte patterns.</summary>
    private static Encoding GuessLegacy(ReadOnlySpan<byte> bytes)
    {
        int gbk = 0, sjis = 0, high = 0;
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            byte a = bytes[i], b = bytes[i + 1];
            if (a < 0x80) continue;
            high++;
            if (a >= 0xB0 && a <= 0xF7 && b >= 0xA1 && b <= 0xFE) { gbk++; }
            if (((a >= 0x81 && a <= 0x9F) || (a >= 0xE0 && a <= 0xEF)) && b >= 0x40 && b <= 0xFC && b != 0x7F) { sjis++; }
            if (a >= 0x81) i++;
        }
        if (high >= 20)
        {
            if (gbk * 10 >= high * 8 && gbk >= sjis) return Encoding.GetEncoding("gbk");
            if (sjis * 10 >= high * 8) return Encoding.GetEncoding("shift_jis");
        }
        return Encoding.GetEncoding("windows-1252");
    }

    /// <summary>Finds charset=... in a &lt;meta&gt; tag of the page's head, reading the bytes as ASCII.</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> head)
    {
        string ascii = Encoding.Latin1.GetString(head);
        int at = 0;
        while ((at = ascii.IndexOf("<meta", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int end = ascii.IndexOf('>', at);
            if (end < 0) break;
            var tag = ascii.AsSpan(at, end - at);
            int cs = tag.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
            if (cs >= 0)
            {
                var rest = tag[(cs + 7)..].TrimStart();
                if (rest.Length > 0 && rest[0] == '=')
                {
                    rest = rest[1..].TrimStart().TrimStart("\"'");
                    int stop = 0;
                    while (stop < rest.Length && (char.IsLetterOrDigit(rest[stop]) || rest[stop] is '-' or '_' or ':' or '.')) stop++;
                    if (stop > 0) return rest[..stop].ToString();
                }
            }
            at = end;
        }
        return null;
    }
}
