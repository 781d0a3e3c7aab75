using System.Text;

namespace NewsDigest.Rendering.Tables;

/// <summary>Writes RFC 4180 CSV: UTF-8 without BOM, \n line ends, a field quoted when it holds a comma, a quote or a line break.</summary>
public sealed class CsvWriter(TextWriter writer)
{
    public void WriteRow(params object?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Escape(Format(fields[i])));
        }
        writer.Write('\n');
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static string Escape(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        var builder = new StringBuilder(field.Length + 8).Append('"');
        foreach (char c in field)
        {
            if (c == '"') builder.Append('"');
            builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
