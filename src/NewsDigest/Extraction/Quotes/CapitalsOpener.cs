using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A tabloid's opening on a name in capitals ("JOHANNA RYTTING KANERYD sees herself as a late bloomer ..."): the name finder reads
/// only capitalised words as names, so the person the passage is about is read here, written in title case.</summary>
internal static partial class CapitalsOpener
{
    /// <summary>The name in capitals opening one of the report's first three paragraphs, or null.</summary>
    public static string? Of(string text)
    {
        int start = 0;
        for (int paragraph = 0; paragraph < 3 && start < text.Length; paragraph++)
        {
            if (NameInCapitals().Match(text, start) is { Success: true } m)
                return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups["name"].Value.ToLowerInvariant());
            int next = text.IndexOf('\n', start);
            if (next < 0) break;
            start = next + 1;
        }
        return null;
    }

    [GeneratedRegex(@"\G(?<name>\p{Lu}{2,}(?:[-’']\p{Lu}+)?(?:\s\p{Lu}{2,}(?:[-’']\p{Lu}+)?){1,3})\s(?=\p{Ll})")]
    private static partial Regex NameInCapitals();
}
