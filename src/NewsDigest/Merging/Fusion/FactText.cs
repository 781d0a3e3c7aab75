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
        Enum e => Camel(e.ToString()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Enum names as the JSON contracts spell them ("secondYellow"), so every format shows one spelling.</summary>
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
