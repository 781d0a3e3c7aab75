using AngleSharp.Dom;

namespace NewsDigest.Ingest.Html;

/// <summary>A flat, pre-ordered list of a page's elements with their measurements; built without recursion so that absurdly deep pages cannot exhaust the stack.</summary>
internal sealed class PageModel
{
    private readonly Dictionary<IElement, int> _index;

    private PageModel(List<PageNode> nodes, Dictionary<IElement, int> index)
    {
        Nodes = nodes;
        _index = index;
    }

    public List<PageNode> Nodes { get; }

    public PageNode? Find(IElement element) => _index.TryGetValue(element, out int i) ? Nodes[i] : null;

    public int IndexOf(IElement element) => _index.TryGetValue(element, out int i) ? i : -1;

    public static PageModel Build(IElement root)
    {
        var nodes = new List<PageNode>();
        var index = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<(IElement Element, int Parent, int Depth)>();
        stack.Push((root, -1, 0));
        while (stack.Count > 0)
        {
            var (element, parent, depth) = stack.Pop();
            int me = nodes.Count;
            var node = new PageNode(element, parent, depth);
            nodes.Add(node);
            index[element] = me;
            if (parent >= 0) nodes[parent].Children.Add(me);
            // Children are pushed in reverse so that they are numbered in document order.
            var children = element.Children;
            for (int c = children.Length - 1; c >= 0; c--) stack.Push((children[c], me, depth + 1));
            foreach (var child in element.ChildNodes)
            {
                if (child is IText text)
                {
                    var (chars, commas) = Count(text.Data);
                    node.OwnText += chars;
                    node.Commas += commas;
                }
            }
        }
        // Children were added in pop order, which is document order; sums go bottom-up in reverse pre-order.
        for (int i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            node.Text += node.OwnText;
            string tag = node.Tag;
            if (tag == "a") node.LinkText = node.Text;
            if (tag is "p" or "pre" or "blockquote") node.Paragraphs++;
            else if (tag == "li") node.ListItems++;
            else if (tag == "img") node.Images++;
            else if (tag is "input" or "textarea" or "select" or "button") node.Inputs++;
            else if (tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") node.Headings++;
            bool paragraphLike = tag is "p" or "pre" or "blockquote" or "td" or "dd" || HtmlBlocks.IsHeading(tag)
                || (tag is "div" or "section" or "li" or "span" && !node.HasBlockChild);
            if (paragraphLike && node.Text >= 20 && node.LinkText * 10 < node.Text * 3) node.GoodText = node.Text;
            // Text written straight into a div beside its blocks (a live entry after its time stamp) is prose too.
            else if (node.HasBlockChild && node.OwnText >= 20 && tag is "div" or "section" or "li" or "td" or "article") node.GoodText += node.OwnText;
            if (node.Parent < 0) continue;
            var parent = nodes[node.Parent];
            parent.GoodText += node.GoodText;
            parent.Text += node.Text;
            parent.LinkText += node.LinkText;
            parent.Commas += node.Commas;
            parent.Paragraphs += node.Paragraphs;
            parent.ListItems += node.ListItems;
            parent.Images += node.Images;
            parent.Inputs += node.Inputs;
            parent.Headings += node.Headings;
            if (HtmlBlocks.IsBlock(tag)) parent.HasBlockChild = true;
        }
        return new PageModel(nodes, index);
    }

    private static (int Chars, int Commas) Count(string text)
    {
        int chars = 0, commas = 0;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            chars++;
            if (c is ',' or '，' or '、' or '،' or '。' or '；') commas++;
        }
        return (chars, commas);
    }
}
