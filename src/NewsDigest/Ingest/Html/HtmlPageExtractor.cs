using AngleSharp.Html.Parser;

namespace NewsDigest.Ingest.Html;

/// <summary>The story of one page: its paragraphs in reading order and its metadata.</summary>
public sealed record HtmlExtraction(IReadOnlyList<string> Paragraphs, PageMetadata Metadata)
{
    /// <summary>The paragraphs joined with blank lines, the form every reader of Article.Text expects.</summary>
    public string Text => string.Join("\n\n", Paragraphs);
}

/// <summary>Parses a page with AngleSharp (no scripting, no loaders: nothing runs, nothing is fetched) and extracts its story and metadata.</summary>
public static class HtmlPageExtractor
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
    };

    /// <summary>Extracts with the default choice of story blocks: the committed block scorer when it loads, else the hand rules.</summary>
    public static HtmlExtraction Extract(string html) => Extract(html, HtmlExtractionOptions.Default);

    public static HtmlExtraction Extract(string html, HtmlExtractionOptions options)
    {
        // A parser per call: AngleSharp's parser is cheap to make and this keeps extraction free of shared state across threads.
        var parser = new HtmlParser(Options);
        using var document = parser.ParseDocument(html);
        // Read before extraction removes anything: the metadata and the extractor share one reading of the meta tags and scripts.
        var declarations = PageDeclarations.Read(document);
        var metadata = PageMetadataReader.Read(document, declarations);
        var paragraphs = MainContentExtractor.Extract(document, declarations, options.Scorer);
        return new HtmlExtraction(paragraphs, metadata);
    }

    /// <summary>Parses a page and runs the hand rules, laying out its blocks for the block scorer; <paramref name="use"/> sees them before the page is let go.</summary>
    internal static T Analyse<T>(string html, Func<PageAnalysis, T> use)
    {
        var parser = new HtmlParser(Options);
        using var document = parser.ParseDocument(html);
        return use(MainContentExtractor.Analyse(document, PageDeclarations.Read(document), withBlocks: true) with { Language = document.DocumentElement?.GetAttribute("lang") });
    }
}
