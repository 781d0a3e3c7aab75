using System.Text;
using NewsDigest.Text;

namespace NewsDigest.Ingest.Jsonl;

/// <summary>Brings text with one paragraph per line (as JSON dumps store it) to the article form: trimmed paragraphs separated by a blank line,
/// with UTF-8 that was once misread as Windows-1252 repaired (<see cref="MisdecodedUtf8"/>).</summary>
public static class ParagraphText
{
    public static string Normalise(string text) => Normalised(text, null);

    /// <summary>
    /// <see cref="Normalise"/>'s text with, for every index of <paramref name="text"/> and its end, the index it moved to, so a span
    /// annotated on the one-paragraph-a-line text can be found in the text `extract` reads. An index in dropped whitespace maps to the
    /// next kept character (or the end).
    /// </summary>
    public static (string Text, int[] Offsets) NormaliseWithOffsets(string text)
    {
        var offsets = new int[text.Length + 1];
        return (Normalised(text, offsets), offsets);
    }

    /// <summary>The one normalisation both entry points share; <paramref name="offsets"/> is filled when given (the JSONL reader's hot
    /// path passes none and allocates no map).</summary>
    private static string Normalised(string text, int[]? offsets)
    {
        var builder = new StringBuilder(text.Length + text.Length / 20);
        int keptEnd = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var (start, length) = range.GetOffsetAndLength(text.Length);
            var raw = text.AsSpan(start, length);
            var line = raw.Trim();
            if (line.IsEmpty) continue;
            if (builder.Length > 0) builder.Append("\n\n");
            int lineStart = start + raw.Length - raw.TrimStart().Length;
            if (offsets is not null)
            {
                for (int i = keptEnd; i < lineStart; i++) offsets[i] = builder.Length;
                keptEnd = lineStart + line.Length;
            }
            if (MisdecodedUtf8.MayHoldMisdecoding(line)) MisdecodedUtf8.Append(line, builder, offsets, lineStart);
            else
            {
                if (offsets is not null)
                    for (int i = 0; i < line.Length; i++) offsets[lineStart + i] = builder.Length + i;
                builder.Append(line);
            }
        }
        // Whitespace after the last kept character, and the end itself, map to the end of the normalised text.
        if (offsets is not null)
            for (int i = keptEnd; i <= text.Length; i++) offsets[i] = builder.Length;
        return builder.ToString();
    }
}
