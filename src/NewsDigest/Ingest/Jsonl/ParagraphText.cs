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
}
