namespace NewsDigest.Ingest.Html;

/// <summary>
/// A second, generic reading of where a page's story is, independent of the hand rules' readability vote: every element of
/// the whole page is weighed by the prose it holds against everything else it holds (link lists, short lines, labels), and
/// the element with the largest surplus is the page's densest region of prose. It reads no class names and no tag scores,
/// so a layout the rules were never tuned on is judged by its text alone, as text-density extractors (CETD, jusText) do.
/// </summary>
internal sealed class DensityContentSignal
{
    /// <summary>How much a character of other text (links, short lines) costs against a character of prose.</summary>
    public const double OtherTextCost = 0.5;

    private readonly PageModel _model;
    private bool[]? _inRegion;

    private DensityContentSignal(PageModel model, int region, double surplus)
    {
        _model = model;
        Region = region;
        Surplus = surplus;
    }

    /// <summary>Index in the page model of the densest region of prose (0, the root, when no element holds more prose than other text).</summary>
    public int Region { get; }

    /// <summary>The region's prose characters minus the cost of its other text (0 when the root stands for a page without a dense region).</summary>
    public double Surplus { get; }

    /// <summary>Characters of prose in the region.</summary>
    public int RegionProse => _model.Nodes[Region].GoodText;

    /// <summary>Finds the densest region of a page; linear in the page's elements.</summary>
    public static DensityContentSignal Read(PageModel model, double otherTextCost = OtherTextCost)
    {
        var nodes = model.Nodes;
        // The root stands when no element holds more prose than it costs (a page of links and labels): then no region is better than the whole.
        int best = 0;
        double bestSurplus = 0;
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            double surplus = node.GoodText - otherTextCost * (node.Text - node.GoodText);
            // Ties go to the outermost element (pre-order visits it first): a wrapper adding nothing changes no text.
            if (surplus > bestSurplus)
            {
                bestSurplus = surplus;
                best = i;
            }
        }
        return new DensityContentSignal(model, best, bestSurplus);
    }

    /// <summary>Whether element <paramref name="node"/> lies inside the densest region (or is it).</summary>
    public bool InRegion(int node)
    {
        if (_inRegion is null)
        {
            var nodes = _model.Nodes;
            _inRegion = new bool[nodes.Count];
            // Pre-order: a parent's flag is set before its children are visited.
            for (int i = 0; i < nodes.Count; i++)
                _inRegion[i] = i == Region || (nodes[i].Parent >= 0 && _inRegion[nodes[i].Parent]);
        }
        return _inRegion[node];
    }

    /// <summary>How the densest region stands to another element (the rules' best block): 0 the same, 1 it holds it, 2 inside it, 3 apart.</summary>
    public int Relation(int node)
    {
        if (node == Region) return 0;
        var nodes = _model.Nodes;
        for (int n = nodes[node].Parent; n >= 0; n = nodes[n].Parent)
            if (n == Region) return 1;
        for (int n = nodes[Region].Parent; n >= 0; n = nodes[n].Parent)
            if (n == node) return 2;
        return 3;
    }

    /// <summary>
    /// The share of prose in the text around an element, from its nearest ancestor (itself included) holding at least
    /// <paramref name="minChars"/> characters: a line among paragraphs reads as story, a line among links as furniture.
    /// </summary>
    public double SurroundingDensity(int node, int minChars = 200)
    {
        var nodes = _model.Nodes;
        int n = node;
        while (nodes[n].Text < minChars && nodes[n].Parent >= 0) n = nodes[n].Parent;
        return nodes[n].Text == 0 ? 0 : (double)nodes[n].GoodText / nodes[n].Text;
    }

    /// <summary><see cref="SurroundingDensity"/> in sixths, 0 (no prose) to 5 (all prose), for a feature.</summary>
    public int SurroundingDensityBucket(int node) => Math.Min(5, (int)(SurroundingDensity(node) * 6));
}
