using System.Buffers;
using System.Text;

namespace NewsDigest.Text;

/// <summary>
/// Repairs UTF-8 text that was once decoded as Windows-1252 (or Latin-1) before it reached the archive: "Ã˜degaard" for "Ødegaard",
/// "Â£5m" for "£5m", "itâ€™s" for "it’s". Scraped dumps and forum pages carry it, and it is worse than noise: the third character of a
/// misread dash ("â€“") is a left double quote and of a misread right quote ("â€\u009d") often lost, so quotes pair across sentences
/// and names stop matching their other spellings.
/// </summary>
/// <remarks>
/// Only sequences that cannot be meant as written are changed: a lead character standing for a UTF-8 lead byte followed by the
/// characters standing for its continuation bytes, which together decode to one character. Two-byte sequences are read only after
/// "Â", "Ã", "Ä" and "Å" (Latin-1 and Latin Extended-A letters); an upper-case accented letter before a curly quote ("JOSÉ’S") is
/// left alone because its lead is not one of these. Three-byte sequences are read only after "â" (punctuation, currency, symbols).
/// </remarks>
public static class MisdecodedUtf8
{
    /// <summary>The text with every misdecoded sequence repaired; the same string when there is none.</summary>
    public static string Repair(string text)
    {
        if (!MayHoldMisdecoding(text)) return text;
        var builder = new StringBuilder(text.Length);
        Append(text, builder, null, 0);
        return builder.Length == text.Length && builder.Equals(text.AsSpan()) ? text : builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> holds a character that can start a misdecoded sequence (the cheap test before a repair).</summary>
    public static bool MayHoldMisdecoding(ReadOnlySpan<char> text) => text.IndexOfAny(Leads) >= 0;

    /// <summary>
    /// Appends <paramref name="text"/> to <paramref name="builder"/> repaired. When <paramref name="offsets"/> is given, each index i of the
    /// text is mapped there (at <paramref name="offsetBase"/> + i) to the index its character landed on: every character of a repaired
    /// sequence maps to the one character it became, so a span annotated on the misdecoded text still covers the same words.
    /// </summary>
    public static void Append(ReadOnlySpan<char> text, StringBuilder builder, int[]? offsets, int offsetBase)
    {
        Span<byte> bytes = stackalloc byte[3];
        for (int i = 0; i < text.Length;)
        {
            int length = SequenceAt(text, i, bytes, out string? repaired);
            int landed = builder.Length;
            if (repaired is null)
            {
                builder.Append(text[i]);
                length = 1;
            }
            else builder.Append(repaired);
            if (offsets is not null)
                for (int k = 0; k < length; k++) offsets[offsetBase + i + k] = landed;
            i += length;
        }
    }

    private static readonly SearchValues<char> Leads = SearchValues.Create("ÂÃÄÅâ");

    /// <summary>The length of the misdecoded sequence starting at <paramref name="at"/> and what it stands for, or 0 and null.</summary>
    private static int SequenceAt(ReadOnlySpan<char> text, int at, Span<byte> bytes, out string? repaired)
    {
        repaired = null;
        char lead = text[at];
        int continuations = lead switch
        {
            'Â' or 'Ã' or 'Ä' or 'Å' => 1,
            'â' => 2,
            _ => 0,
        };
        if (continuations == 0 || at + 1 >= text.Length) return 0;
        bytes[0] = (byte)lead;
        int read = 0;
        while (read < continuations && at + 1 + read < text.Length && ContinuationByte(text[at + 1 + read]) is byte b)
        {
            bytes[1 + read] = b;
            read++;
        }
        // Three-byte sequences are read up to the dingbats (U+2000-U+29FF): past them lie blocks no report writes, where a dropped
        // middle byte would otherwise turn "â¯" (a narrow no-break space missing its "€") and the next dash into a symbol.
        if (lead == 'â' && read >= 1 && bytes[1] > 0xA7) return 0;
        if (read == continuations)
        {
            repaired = Decoded(bytes[..(1 + continuations)]);
            return repaired is null ? 0 : 1 + continuations;
        }
        // "â€" before a space or punctuation: a right double quote (E2 80 9D) whose last byte, undefined in Windows-1252, was dropped on
        // the way. Before a letter it may as well be a zero-width joiner (E2 80 8D) inside an emoji, which lost its last byte the same way.
        if (lead == 'â' && read == 1 && bytes[1] == 0x80 && (at + 2 == text.Length || char.IsWhiteSpace(text[at + 2]) || char.IsPunctuation(text[at + 2])))
        {
            repaired = "\u201D";
            return 2;
        }
        return 0;
    }

    /// <summary>The one character the bytes encode, or null when they are no valid UTF-8 or stand for an invisible C1 control.</summary>
    private static string? Decoded(ReadOnlySpan<byte> bytes)
    {
        try
        {
            string decoded = Strict.GetString(bytes);
            if (decoded.Length != 1 || decoded[0] < '\u00A0') return null;
            return decoded;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The byte 0x80-0xBF a character stands for when a UTF-8 continuation byte was decoded as Windows-1252 or Latin-1.</summary>
    private static byte? ContinuationByte(char c)
    {
        if (c >= '\u0080' && c <= '\u00BF') return (byte)c;
        if (c == '\0') return null;
        int index = Windows1252High.IndexOf(c);
        return index >= 0 ? (byte)(0x80 + index) : null;
    }

    /// <summary>Windows-1252's characters for the bytes 0x80-0x9F, in byte order ('\0' where the code page defines none).</summary>
    private const string Windows1252High =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";
}
