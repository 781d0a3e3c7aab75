namespace NewsDigest.Ingest.Html;

/// <summary>Which HTML elements start a new block of text, and which carry no readable text at all.</summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Blocks =
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
        "caption", "html", "legend", "option", "frameset",
    ];

    /// <summary>Elements whose content is never story text: code, styles, media, form controls, embedded documents.</summary>
    private static readonly HashSet<string> Inert =
    [
        "script", "style", "template", "svg", "math", "canvas", "iframe", "frame", "object", "embed", "video",
        "audio", "source", "track", "picture", "img", "map", "button", "select", "option", "input", "textarea", "link",
        "meta", "head", "title", "base", "param", "dialog",
        // Ruby annotations (furigana) are pronunciation aids, not part of the sentence.
        "rt", "rp",
    ];

    public static bool IsBlock(string tag) => Blocks.Contains(tag);

    public static bool IsInert(string tag) => Inert.Contains(tag);

    public static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
