using System.Globalization;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;

namespace NewsDigest.Merging.Fusion;

/// <summary>The one way a fused value is shown as text in every format, so a conflict reads the same in Markdown, HTML and JSON.</summary>
public static class FactText
{
    public static string Of(object value) => value switch
    {
        string s => s,
        bool b => b ? "yes" : "no",
        Minute m => m.ToString(),
        Scoreline s => s.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        Enum e => Rendering.Json.JsonNaming.Camel(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
