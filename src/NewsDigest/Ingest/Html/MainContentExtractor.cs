using AngleSharp.Dom;
using NewsDigest.Learning.Models;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// Finds a page's story among its furniture, readability-style: paragraphs vote for the blocks that hold them,
/// weighted by text, commas and class/id hints and discounted by link density; the best block (climbing to
/// the block that holds clearly more of the prose), its good siblings and the standfirst just above it are
/// kept, then written without lists of links, captions and other leftovers.
/// </summary>
internal sealed class MainContentExtractor
{
    private const int MinParagraphChars = 25;

    /// <summary>
    /// How much of a class/id hint (±25, the cleaning threshold) counts in a block's score: names are site conventions and
    /// mislead often ("post-text" on a teaser, "sidebar" on a story wrapper), so the prose a block holds decides more than its name.
    /// </summary>
    private const double NameHintShare = 0.4;

    private static readonly HashSet<string> FurnitureTags = ["nav", "footer", "aside", "menu", "dialog"];

    /// <summary>
    /// Extracts the story's blocks from a parsed page; the page is modified (furniture removed). With a block scorer, the
    /// hand rules' choice is one of its inputs and the scorer decides block by block; without one, the hand rules decide.
    /// </summary>
    public static IReadOnlyList<string> Extract(IDocument document, PageDeclarations declarations, HtmlBlockScorer? scorer = null)
    {
        var analysis = Analyse(document, declarations, withBlocks: scorer is not null);
        if (scorer is null || analysis.Blocks is null) return analysis.RulesText;
        var chosen = scorer.Select(analysis.Blocks);
        // A page the scorer empties keeps the hand rules' text: an empty article is never better than a noisy one.
        return chosen.Count > 0 ? analysis.WithStandfirst(chosen) : analysis.RulesText;
    }

    /// <summary>
    /// Runs the hand rules and, when asked, lays out every block of the page with the rules' decision beside it. Pages whose
    /// text came from their scripts (JSON-LD, framework state) have no blocks to score.
    /// </summary>
    internal static PageAnalysis Analyse(IDocument document, PageDeclarations declarations, bool withBlocks)
    {
        var root = document.Body ?? document.DocumentElement;
        if (root is null) return new PageAnalysis([], null);
        string? description = MetaStandfirst.Read(declarations);
        var fieldForms = FormsWithFields(root);
        RemoveInert(root);
        var model = PageModel.Build(root);
        RemoveFurniture(model, fieldForms);
        model = PageModel.Build(root);
        var (content, top) = SelectContent(model);
        var blocks = ContentTextWriter.Write(content, model);
        int chars = blocks.Sum(b => b.Length);
        if (chars < 250 && model.Nodes[0].Text > chars * 2)
        {
            // The winning block is too small to be the story (a teaser, a caption): read the whole page, filtered.
            var whole = ContentTextWriter.Write([root], model);
            if (whole.Sum(b => b.Length) > chars)
            {
                blocks = whole;
                chars = whole.Sum(b => b.Length);
                content = [root];
            }
        }
        if (chars < 2000 && declarations.Scripts.Scripts.Count > 0)
        {
            // The markup holds a teaser only; the story may be kept whole in the page's scripts (JSON-LD or a framework's state).
            var scripted = ScriptStoryText.Paragraphs(declarations);
            int scriptedChars = scripted.Sum(b => b.Length);
            if (scriptedChars >= 500 && scriptedChars > chars * 2) return new PageAnalysis(MetaStandfirst.Prepend(scripted, description), null);
        }
        var text = MetaStandfirst.Prepend(blocks, description);
        string? standfirst = text.Count > blocks.Count ? text[0] : null;
        return new PageAnalysis(text, withBlocks ? PageBlocks.Build(model, content, top, blocks) : null, standfirst);
    }

    private static void RemoveInert(IElement root)
    {
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element != root && (HtmlBlocks.IsInert(element.LocalName) || IsHidden(element) || IsSmallNoscript(element)))
            {
                doomed.Add(element);
                continue;
            }
            foreach (var child in element.Children) stack.Push(child);
        }
        foreach (var element in doomed) element.Remove();
    }

    /// <summary>Forms with two or more fields a reader fills in, found before the fields themselves are removed as inert.</summary>
    private static HashSet<IElement> FormsWithFields(IElement root)
    {
        var forms = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var form in root.GetElementsByTagName("form"))
            if (form.QuerySelectorAll("input:not([type=hidden]), textarea, select").Length >= 2) forms.Add(form);
        return forms;
    }

    /// <summary>Noscript usually holds a "please enable JavaScript" line or a tracking pixel, but an unclosed one can swallow the page; only small ones go.</summary>
    private static bool IsSmallNoscript(IElement element) => element.LocalName == "noscript" && element.TextContent.Length < 1000;

    /// <summary>Only the hidden attribute counts: display:none in a style is how many sites fold story text that a script reveals.</summary>
    private static bool IsHidden(IElement element) => element.HasAttribute("hidden");

    /// <summary>Removes navigation, footers, asides and anything named as comments, share bars, related lists and the like, unless it holds most of the page's text (then the name is lying).</summary>
    private static void RemoveFurniture(PageModel model, HashSet<IElement> fieldForms)
    {
        int prose = Math.Max(1, model.Nodes[0].GoodText);
        var doomed = new List<IElement>();
        var skipUnder = new bool[model.Nodes.Count];
        for (int i = 1; i < model.Nodes.Count; i++)
        {
            var node = model.Nodes[i];
            if (skipUnder[node.Parent]) { skipUnder[i] = true; continue; }
            if (IsFurniture(node, prose, fieldForms))
            {
                doomed.Add(node.Element);
                skipUnder[i] = true;
            }
        }
        foreach (var element in doomed) element.Remove();
    }

    /// <summary>Furniture by tag or by name; but an element holding much of the page's prose is kept whatever it is called (themes name story wrappers "sticky-sidebar").</summary>
    private static bool IsFurniture(PageNode node, int prose, HashSet<IElement> fieldForms)
    {
        if (node.Tag is "html" or "body" or "main" or "article") return false;
        double share = (double)node.GoodText / prose;
        if (FurnitureTags.Contains(node.Tag)) return share < 0.5;
        // A form with several fields is a log-in, sign-up or search panel; its help texts and error messages are not the story.
        if (fieldForms.Contains(node.Element)) return share < 0.35;
        // A modal dialog (a consent or sign-up overlay) sits on top of the story, however much text it holds.
        if (node.Element.GetAttribute("aria-modal") == "true" || node.Element.GetAttribute("role") is "dialog" or "alertdialog") return share < 0.9;
        string names = Names(node.Element);
        if (names.Length == 0) return false;
        if (BoilerplateHints.Consent().FoundIn(names)) return share < 0.9;
        if (!BoilerplateHints.Certain().FoundIn(names) || BoilerplateHints.LiveCoverage().FoundIn(names)) return false;
        // Reader comments can outweigh the story itself, so a name that says "comments" is believed up to a larger share.
        if (BoilerplateHints.Comments().FoundIn(names)) return share < 0.9;
        return share < (BoilerplateHints.Positive().FoundIn(names) ? 0.2 : 0.35);
    }

    internal static string Names(IElement element)
    {
        string? cls = element.GetAttribute("class");
        string? id = element.GetAttribute("id");
        if (cls is null) return id ?? "";
        return id is null ? cls : cls + " " + id;
    }

    internal static int ClassWeight(IElement element)
    {
        int weight = 0;
        foreach (var name in new[] { element.GetAttribute("class"), element.GetAttribute("id") })
        {
            if (string.IsNullOrEmpty(name)) continue;
            if (BoilerplateHints.Negative().FoundIn(name) && !BoilerplateHints.LiveCoverage().FoundIn(name)) weight -= 25;
            if (BoilerplateHints.Positive().FoundIn(name)) weight += 25;
        }
        return weight;
    }

    /// <summary>The blocks the hand rules keep, and the index of the best-scoring block among them (0, the root, when nothing scored).</summary>
    internal static (IReadOnlyList<IElement> Roots, int Top) SelectContent(PageModel model)
    {
        var nodes = model.Nodes;
        var candidates = new List<int>();
        for (int i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            int length = ParagraphLength(node);
            if (length < MinParagraphChars) continue;
            double score = 1 + Math.Min(node.Commas, 8) + Math.Min(length / 100, 5);
            int ancestor = node.Parent;
            for (int level = 0; ancestor >= 0 && level < 5; level++, ancestor = nodes[ancestor].Parent)
            {
                var a = nodes[ancestor];
                if (!a.Scored) Initialise(a, candidates, ancestor);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                a.Score += score / divider;
            }
        }
        if (candidates.Count == 0) return ([nodes[0].Element], 0);
        foreach (int c in candidates) nodes[c].Score *= 1 - nodes[c].LinkDensity;
        int top = candidates.MaxBy(c => nodes[c].Score);
        // The best block and its ancestors are never cleaned away, whatever their link density says.
        for (int n = top; n >= 0; n = nodes[n].Parent) nodes[n].Protected = true;
        // So is the chain of single wrappers inside it that hold nearly all of its text.
        for (int n = top; ;)
        {
            int inner = nodes[n].Children.Find(c => nodes[c].Text * 10 >= nodes[n].Text * 8 && nodes[n].Text > 0);
            if (inner <= 0) break;
            nodes[inner].Protected = true;
            n = inner;
        }
        top = Promote(nodes, candidates, top);
        var kept = WithSiblings(nodes, top);
        return (WithStandfirst(model, top, WithNearbyProse(model, top, kept)), top);
    }

    /// <summary>
    /// Adds the standfirst: the first plain paragraph of prose after the page's headline and before the story body.
    /// Headers often hold it in a block named "teaser" or "intro" far from the body, where the nearby-prose pass cannot reach.
    /// </summary>
    private static List<IElement> WithStandfirst(PageModel model, int top, List<IElement> kept)
    {
        var nodes = model.Nodes;
        int headline = -1;
        for (int i = 1; i < top; i++)
            if (nodes[i].Tag == "h1") { headline = i; break; }
        if (headline < 0) return kept;
        var keptIndexes = kept.Select(model.IndexOf).Where(i => i >= 0).Order().ToList();
        if (keptIndexes.Count == 0 || keptIndexes[0] <= headline) return kept;
        // Skip the headline's own subtree, then look a short way ahead for one paragraph.
        int end = Math.Min(keptIndexes[0], headline + 40);
        for (int i = headline + 1; i < end; i++)
        {
            var node = nodes[i];
            if (IsAncestor(nodes, headline, i) || node.HasBlockChild || HtmlBlocks.IsHeading(node.Tag)) continue;
            if (node.Tag is not ("p" or "div" or "section")) continue;
            if (node.Text < 60 || node.GoodText != node.Text || node.LinkDensity > 0.1) continue;
            keptIndexes.Add(i);
            return keptIndexes.Order().Select(k => nodes[k].Element).ToList();
        }
        return kept;
    }

    /// <summary>The text a node contributes as a paragraph: a whole p/pre/td, or a div's own text when it holds no blocks.</summary>
    private static int ParagraphLength(PageNode node) => node.Tag switch
    {
        "p" or "pre" or "td" or "blockquote" => node.Text,
        "div" or "section" or "article" or "center" or "main" => node.HasBlockChild ? node.OwnText : node.Text,
        _ => 0,
    };

    private static void Initialise(PageNode node, List<int> candidates, int index)
    {
        node.Scored = true;
        node.ClassWeight = ClassWeight(node.Element);
        node.Score = node.Tag switch
        {
            "div" => 5,
            "article" or "main" => 10,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        } + node.ClassWeight * NameHintShare;
        candidates.Add(index);
    }

    /// <summary>Moves up from the best block when its parent is as good or when the best few candidates share an ancestor.</summary>
    private static int Promote(List<PageNode> nodes, List<int> candidates, int top)
    {
        double topScore = nodes[top].Score;
        var rivals = candidates.Where(c => c != top && nodes[c].Score >= topScore * 0.75 && nodes[c].Text >= 100).OrderByDescending(c => nodes[c].Score).Take(5).ToList();
        if (rivals.Count >= 3)
        {
            for (int parent = nodes[top].Parent; parent > 0; parent = nodes[parent].Parent)
            {
                int containing = rivals.Count(r => IsAncestor(nodes, parent, r));
                if (containing >= 3) { top = parent; break; }
            }
        }
        double last = nodes[top].Score;
        double threshold = last / 3;
        for (int parent = nodes[top].Parent; parent > 0; parent = nodes[parent].Parent)
        {
            if (!nodes[parent].Scored) continue;
            double score = nodes[parent].Score;
            if (score < threshold) break;
            if (score > last) { top = parent; break; }
            last = score;
        }
        while (nodes[top].Parent > 0 && nodes[nodes[top].Parent].Children.Count == 1) top = nodes[top].Parent;
        // Page builders split one story over several widgets: climb to an enclosing block that holds clearly more prose, through
        // wrappers that add little, as long as each is still mostly prose with few links.
        bool skipped = false;
        for (int parent = nodes[top].Parent; parent >= 0; parent = nodes[parent].Parent)
        {
            var p = nodes[parent];
            if (p.LinkDensity >= 0.2 || p.GoodText * 10 < p.Text * 6) break;
            if (p.GoodText >= nodes[top].GoodText * (skipped ? 2 : 1.3))
            {
                top = parent;
                skipped = false;
            }
            else skipped = true;
        }
        return top;
    }

    private static bool IsAncestor(List<PageNode> nodes, int ancestor, int node)
    {
        for (int n = nodes[node].Parent; n >= 0; n = nodes[n].Parent)
            if (n == ancestor) return true;
        return false;
    }

    /// <summary>
    /// Adds prose blocks that sit just outside the chosen block, within a few levels of it (a standfirst in the header,
    /// a lead above the body), as long as the enclosing block is not much larger than the story itself.
    /// </summary>
    private static List<IElement> WithNearbyProse(PageModel model, int top, List<IElement> kept)
    {
        var nodes = model.Nodes;
        int scope = top;
        for (int level = 0; level < 5 && nodes[scope].Parent > 0; level++)
        {
            int parent = nodes[scope].Parent;
            if (nodes[parent].GoodText > nodes[top].GoodText * 1.5 + 400) break;
            scope = parent;
        }
        if (scope == top) return kept;
        var keptIndexes = kept.Select(model.IndexOf).Where(i => i >= 0).ToList();
        bool Inside(int node)
        {
            for (int n = node; n >= 0 && n >= scope; n = nodes[n].Parent)
                if (keptIndexes.Contains(n)) return true;
            return false;
        }
        var extra = new List<int>();
        var stack = new Stack<int>();
        stack.Push(scope);
        while (stack.Count > 0)
        {
            int n = stack.Pop();
            var node = nodes[n];
            if (keptIndexes.Contains(n)) continue;
            if (node.GoodText == 0) continue;
            bool prose = node.GoodText == node.Text && node.Tag is "p" or "blockquote" or "pre" or "h2" or "h3" or "h4" or "h5" or "h6" or "div" or "section" && !node.HasBlockChild;
            if (prose && n != scope && n < top && node.Text >= 50 && !Inside(n))
            {
                extra.Add(n);
                continue;
            }
            for (int c = node.Children.Count - 1; c >= 0; c--) stack.Push(node.Children[c]);
        }
        if (extra.Count == 0) return kept;
        return keptIndexes.Concat(extra).Order().Select(i => nodes[i].Element).ToList();
    }

    private static List<IElement> WithSiblings(List<PageNode> nodes, int top)
    {
        var topNode = nodes[top];
        if (topNode.Parent < 0) return [topNode.Element];
        double threshold = Math.Max(10, topNode.Score * 0.2);
        string topClass = topNode.Element.GetAttribute("class") ?? "";
        var kept = new List<IElement>();
        foreach (int s in nodes[topNode.Parent].Children)
        {
            var sibling = nodes[s];
            if (s == top) { kept.Add(sibling.Element); continue; }
            double bonus = topClass.Length > 0 && sibling.Element.GetAttribute("class") == topClass ? topNode.Score * 0.2 : 0;
            if (sibling.Scored && sibling.Score + bonus >= threshold) { kept.Add(sibling.Element); continue; }
            if (sibling.Tag is "p" or "blockquote" or "ul" or "ol" or "h2" or "h3" or "h4" or "pre")
            {
                double density = sibling.LinkDensity;
                if (sibling.Text > 80 && density < 0.25) kept.Add(sibling.Element);
                else if (sibling.Text > 0 && density == 0 && sibling.Tag == "p") kept.Add(sibling.Element);
            }
        }
        return kept;
    }
}
