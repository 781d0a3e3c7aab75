using AngleSharp.Dom;

namespace NewsDigest.Ingest.Html;

/// <summary>Measurements of one element of a page, gathered in one bottom-up pass so scoring never walks a subtree twice.</summary>
internal sealed class PageNode(IElement element, int parent, int depth)
{
    public IElement Element { get; } = element;
    /// <summary>Index of the parent element in the page's node list, -1 for the root.</summary>
    public int Parent { get; } = parent;
    public int Depth { get; } = depth;
    public string Tag { get; } = element.LocalName;
    public List<int> Children { get; } = [];
    /// <summary>Non-space characters in text nodes directly under this element.</summary>
    public int OwnText { get; set; }
    /// <summary>Non-space characters in the whole subtree.</summary>
    public int Text { get; set; }
    /// <summary>Non-space characters inside links in the subtree.</summary>
    public int LinkText { get; set; }
    public int Commas { get; set; }
    /// <summary>Paragraph-like blocks (p, pre, blockquote) in the subtree.</summary>
    public int Paragraphs { get; set; }
    public int ListItems { get; set; }
    public int Images { get; set; }
    public int Inputs { get; set; }
    public int Headings { get; set; }
    public bool HasBlockChild { get; set; }
    /// <summary>Text in paragraph-like blocks with few links: what a reader would call prose.</summary>
    public int GoodText { get; set; }
    public double Score { get; set; }
    public bool Scored { get; set; }
    public int ClassWeight { get; set; }
    /// <summary>On the path from the root to the best-scoring block: never cleaned away.</summary>
    public bool Protected { get; set; }

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}
