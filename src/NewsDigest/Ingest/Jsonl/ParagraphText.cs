using System.Text;

namespace NewsDigest.Ingest.Jsonl;

/// <summary>Brings text with one paragraph per line (as JSON dumps store it) to the article form: trimmed paragraphs separated by a blank line.</summary>
public static class ParagraphText
{
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length + text.Length / 20);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty) continue;
            if (builder.Length > 0) builder.Append("\n\n");
            builder.Append(line);
        }
        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Normalise"/>'s text with, for every index of <paramref name="text"/> and its end, the index it moved to, so a span
    /// annotated on the one-paragraph-a-line text can be found in the text `extract` reads. An index in dropped whitespace maps to the
    /// next kept character (or the end).
    /// </summary>
    public static (string Text, int[] Offsets) NormaliseWithOffsets(string text)
    {
        var builder = new StringBuilder(text.Length + text.Length / 20);
        var offsets = new int[text.Length + 1];
        int mapped = 0, lineStart = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var (start, length) = range.GetOffsetAndLength(text.Length);
            var raw = text.AsSpan(start, length);
            int lead = raw.Length - raw.TrimStart().Length;
            var line = raw.Trim();
            if (!line.IsEmpty)
            {
                if (builder.Length > 0) builder.Append("\n\n");
                for (int i = lineStart; i < start + lead; i++) offsets[i] = builder.Length;
                for (int i = 0; i < line.Length; i++) offsets[start + lead + i] = builder.Length + i;
                builder.Append(line);
                lineStart = start + lead + line.Length;
                mapped = builder.Length;
            }
        }
        // Whitespace after the last kept character, and the end itself, map to the end of the normalised text.
        for (int i = lineStart; i <= text.Length; i++) offsets[i] = mapped;
        return (builder.ToString(), offsets);
    }
}
