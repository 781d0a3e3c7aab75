namespace NewsDigest.Ingest.Html;

/// <summary>
/// Measures how deep a page's elements nest before it is parsed. HTML tree building does work proportional to the
/// depth of open elements for every tag, so a page of 100,000 nested divs would take hours; browsers cap the depth,
/// and this refuses such pages up front in one linear pass.
/// </summary>
public static class NestingGuard
{
    /// <summary>Real pages stay well under a few hundred levels; beyond this a page is treated as malformed.</summary>
    public const int MaxDepth = 1500;

    /// <summary>Elements that close themselves or are closed implicitly by their next sibling, so they never pile up.</summary>
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp",
        "html", "head", "body", "frame", "keygen", "basefont", "bgsound", "image", "isindex",
    };

    /// <summary>The deepest nesting of open elements, counted roughly (start tags minus end tags), stopping early once past <paramref name="limit"/>.</summary>
    public static int Depth(ReadOnlySpan<char> html, int limit = MaxDepth)
    {
        int depth = 0, max = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html[i..].IndexOf('<');
            if (lt < 0) break;
            i += lt + 1;
            if (i >= html.Length) break;
            if (html[i..].StartsWith("!--"))
            {
                int end = html[i..].IndexOf("-->");
                if (end < 0) break;
                i += end + 3;
                continue;
            }
            bool closing = html[i] == '/';
            if (closing) i++;
            int start = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or ':' or '_')) i++;
            if (i == start) continue;
            var name = html[start..i];
            int gt = html[i..].IndexOf('>');
            if (gt < 0) break;
            bool selfClosing = gt > 0 && html[i + gt - 1] == '/';
            i += gt + 1;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
            {
                if (closing) continue;
                // Raw text: skip to the matching end tag so markup inside a script is not counted.
                string endTag = "</" + name.ToString();
                int end = html[i..].IndexOf(endTag.AsSpan(), StringComparison.OrdinalIgnoreCase);
                if (end < 0) break;
                i += end;
                continue;
            }
            if (selfClosing || IsNotNesting(name)) continue;
            if (closing)
            {
                if (depth > 0) depth--;
                continue;
            }
            depth++;
            if (depth > max)
            {
                max = depth;
                if (max > limit) return max;
            }
        }
        return max;
    }

    private static bool IsNotNesting(ReadOnlySpan<char> name)
    {
        if (name.Length > 10) return false;
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
