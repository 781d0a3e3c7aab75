namespace NewsDigest.Evaluation.Html;

/// <summary>
/// The language group a benchmark page is reported under, from its declared language (`&lt;html lang&gt;`): German and
/// English hold most of the pages the hand rules were read from, so the other languages and the pages that declare none are
/// reported apart, where the extractor is weakest.
/// </summary>
public static class PageLanguageGroup
{
    public const string German = "de";
    public const string English = "en";
    public const string Other = "other languages";
    public const string NotDeclared = "not declared";

    /// <summary>The groups in the order they are reported.</summary>
    public static IReadOnlyList<string> All { get; } = [German, English, Other, NotDeclared];

    /// <summary>The group of a declared language tag ("de-DE", "en_GB", "es"); null or blank is not declared.</summary>
    public static string Of(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return NotDeclared;
        var tag = language.AsSpan().Trim();
        int end = tag.IndexOfAny('-', '_');
        var primary = end >= 0 ? tag[..end] : tag;
        if (primary.Equals(German, StringComparison.OrdinalIgnoreCase)) return German;
        if (primary.Equals(English, StringComparison.OrdinalIgnoreCase)) return English;
        return Other;
    }
}
