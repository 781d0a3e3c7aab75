using AngleSharp.Dom;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// Every block of a page's text after the furniture was removed, with what the hand rules made of each: kept or not, inside
/// the blocks they chose, inside their best block. The learned block scorer reads these and decides block by block.
/// </summary>
internal sealed class PageBlocks
{
    private readonly byte[] _hints;
    private readonly bool[] _hintsKnown;

    private PageBlocks(PageModel model, List<BlockCandidate> candidates, int top)
    {
        Model = model;
        Candidates = candidates;
        Top = top;
        int n = candidates.Count;
        Owners = new int[n];
        RulesKept = new bool[n];
        RulesIndex = new int[n];
        Array.Fill(RulesIndex, -1);
        InContent = new bool[n];
        InTop = new bool[n];
        _hints = new byte[model.Nodes.Count];
        _hintsKnown = new bool[model.Nodes.Count];
    }

    public PageModel Model { get; }
    public IReadOnlyList<BlockCandidate> Candidates { get; }
    /// <summary>Index in the page model of the element each block came from.</summary>
    public int[] Owners { get; }
    /// <summary>Whether the hand rules' text holds the block.</summary>
    public bool[] RulesKept { get; }
    /// <summary>Where the block is in the hand rules' text, -1 when it is not there.</summary>
    public int[] RulesIndex { get; }
    /// <summary>The hand rules' text of the page, block by block.</summary>
    public IReadOnlyList<string> RulesText { get; private set; } = [];
    /// <summary>Whether the block lies inside one of the elements the hand rules chose (it may still have been cleaned away).</summary>
    public bool[] InContent { get; }
    /// <summary>Whether the block lies inside the hand rules' best-scoring element.</summary>
    public bool[] InTop { get; }
    /// <summary>Index in the page model of the best-scoring element.</summary>
    public int Top { get; }
    public int TotalChars { get; private set; }
    /// <summary>Index of the first block written from an h1 (the headline), -1 when there is none.</summary>
    public int Headline { get; private set; } = -1;

    private Dictionary<string, int>? _copies;
    private int[]? _previousKept, _nextKept;
    private sbyte[]? _linkedHeading;

    /// <summary>
    /// How many blocks away the nearest block the rules kept is, looking back (<paramref name="step"/> -1) or ahead (+1);
    /// int.MaxValue when there is none. Found from two arrays filled once, so a page of thousands of blocks stays linear.
    /// </summary>
    public int DistanceToKept(int i, int step)
    {
        if (_previousKept is null || _nextKept is null)
        {
            int n = Candidates.Count;
            _previousKept = new int[n];
            _nextKept = new int[n];
            for (int j = 0, last = -1; j < n; j++)
            {
                _previousKept[j] = last;
                if (RulesKept[j]) last = j;
            }
            for (int j = n - 1, next = -1; j >= 0; j--)
            {
                _nextKept[j] = next;
                if (RulesKept[j]) next = j;
            }
        }
        int k = step < 0 ? _previousKept[i] : _nextKept[i];
        return k < 0 ? int.MaxValue : Math.Abs(k - i);
    }

    /// <summary>
    /// Where an element sits in the tree relative to the rules' best block: the steps up from it, and from the best block, to
    /// their nearest common ancestor ((k, 0): inside the best block; (1, 1): a sibling; (2, 2): a cousin).
    /// </summary>
    public (int FromBlock, int FromTop) TreeDistanceToTop(int node)
    {
        var nodes = Model.Nodes;
        int a = node, b = Top, up = 0, down = 0;
        while (nodes[a].Depth > nodes[b].Depth) { a = nodes[a].Parent; up++; }
        while (nodes[b].Depth > nodes[a].Depth) { b = nodes[b].Parent; down++; }
        while (a != b && a >= 0 && b >= 0) { a = nodes[a].Parent; b = nodes[b].Parent; up++; down++; }
        return (up, down);
    }

    /// <summary>Whether an element has a heading child that is mostly a link (the title of a teaser card); read once per element.</summary>
    public bool HasLinkedHeadingChild(int node)
    {
        _linkedHeading ??= new sbyte[Model.Nodes.Count];
        if (_linkedHeading[node] == 0)
        {
            bool found = false;
            foreach (int c in Model.Nodes[node].Children)
            {
                var child = Model.Nodes[c];
                if (HtmlBlocks.IsHeading(child.Tag) && child.Text > 0 && child.LinkDensity > 0.5) { found = true; break; }
            }
            _linkedHeading[node] = found ? (sbyte)1 : (sbyte)-1;
        }
        return _linkedHeading[node] > 0;
    }

    /// <summary>How many blocks of the page have the same text as block <paramref name="i"/> (itself included): furniture repeats, story text seldom does.</summary>
    public int Copies(int i)
    {
        if (_copies is null)
        {
            _copies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in Candidates) _copies[c.Text] = _copies.GetValueOrDefault(c.Text) + 1;
        }
        return _copies[Candidates[i].Text];
    }
    public int RulesChars { get; private set; }

    public static PageBlocks Build(PageModel model, IReadOnlyList<IElement> roots, int top, IReadOnlyList<string> rulesText)
    {
        var root = model.Nodes[0].Element;
        var page = new PageBlocks(model, BlockCandidateWriter.Write(root), top);
        var nodes = model.Nodes;
        var rootIndexes = new HashSet<int>(roots.Select(model.IndexOf));
        // Nodes are in pre-order, so a parent's flag is known before its children's.
        var underContent = new bool[nodes.Count];
        var underTop = new bool[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            int parent = nodes[i].Parent;
            underContent[i] = rootIndexes.Contains(i) || (parent >= 0 && underContent[parent]);
            underTop[i] = i == top || (parent >= 0 && underTop[parent]);
        }
        for (int i = 0; i < page.Candidates.Count; i++)
        {
            var candidate = page.Candidates[i];
            int owner = Math.Max(0, model.IndexOf(candidate.Owner));
            page.Owners[i] = owner;
            page.InContent[i] = underContent[owner];
            page.InTop[i] = underTop[owner];
            page.TotalChars += candidate.Chars;
            if (page.Headline < 0 && nodes[owner].Tag == "h1") page.Headline = i;
        }
        // The rules' text is matched to the blocks by their exact text (both writers write a block the same way), those inside
        // the chosen elements first, so that a line repeated elsewhere on the page ("Advertisement") is not taken for the kept one.
        page.RulesText = rulesText;
        var rules = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (int r = 0; r < rulesText.Count; r++)
        {
            if (!rules.TryGetValue(rulesText[r], out var places)) rules[rulesText[r]] = places = new Queue<int>();
            places.Enqueue(r);
        }
        foreach (bool inside in (ReadOnlySpan<bool>)[true, false])
        {
            for (int i = 0; i < page.Candidates.Count; i++)
            {
                var candidate = page.Candidates[i];
                if (page.InContent[i] != inside || !rules.TryGetValue(candidate.Text, out var places) || places.Count == 0) continue;
                page.RulesIndex[i] = places.Dequeue();
                page.RulesKept[i] = true;
                page.RulesChars += candidate.Chars;
            }
        }
        return page;
    }

    /// <summary>
    /// Whether block <paramref name="i"/> lies inside an element named as live coverage (a live blog's or match centre's
    /// entries): the rules keep those entries and their time stamps in order, and the scorer leaves what they kept there alone.
    /// </summary>
    public bool InLiveCoverage(int i)
    {
        for (int a = Owners[i]; a >= 0; a = Model.Nodes[a].Parent)
            if ((Hints(a) & NameHint.Live) != 0) return true;
        return false;
    }

    /// <summary>What the element's class and id names say (bits of <see cref="NameHint"/>), read once per element.</summary>
    public NameHint Hints(int node)
    {
        if (_hintsKnown[node]) return (NameHint)_hints[node];
        string names = MainContentExtractor.Names(Model.Nodes[node].Element);
        NameHint hints = NameHint.None;
        if (names.Length > 0)
        {
            if (BoilerplateHints.Negative().FoundIn(names)) hints |= NameHint.Negative;
            if (BoilerplateHints.Positive().FoundIn(names)) hints |= NameHint.Positive;
            if (BoilerplateHints.Certain().FoundIn(names)) hints |= NameHint.Certain;
            if (BoilerplateHints.Comments().FoundIn(names)) hints |= NameHint.Comments;
            if (BoilerplateHints.Consent().FoundIn(names)) hints |= NameHint.Consent;
            if (BoilerplateHints.LiveCoverage().FoundIn(names)) hints |= NameHint.Live;
        }
        _hints[node] = (byte)hints;
        _hintsKnown[node] = true;
        return hints;
    }

    /// <summary>
    /// The page's text from the blocks chosen: the rules' text with the blocks the scorer dropped taken out and the ones it
    /// added put in after the nearest kept block before them. Choosing exactly what the rules chose gives exactly their text
    /// (their clean-up passes and order included).
    /// </summary>
    public List<string> Assemble(ReadOnlySpan<bool> keep) => Assemble(RulesText, Candidates.Select(c => c.Text).ToList(), RulesIndex, keep);

    /// <summary>The same for a page laid out earlier: the rules' text, the blocks' texts and where each block is in the rules' text (-1: not in it).</summary>
    public static List<string> Assemble(IReadOnlyList<string> rulesText, IReadOnlyList<string> blocks, ReadOnlySpan<int> rulesIndex, ReadOnlySpan<bool> keep)
    {
        var dropped = new bool[rulesText.Count];
        var added = new List<string>?[rulesText.Count + 1];
        int anchor = -1;
        for (int i = 0; i < blocks.Count; i++)
        {
            int r = rulesIndex[i];
            if (r >= 0)
            {
                anchor = r;
                if (!keep[i]) dropped[r] = true;
            }
            else if (keep[i] && !BoilerplateLines.IsFurniture(blocks[i]))
            {
                (added[anchor + 1] ??= []).Add(blocks[i]);
            }
        }
        var text = new List<string>(rulesText.Count);
        if (added[0] is { } first) text.AddRange(first);
        for (int r = 0; r < rulesText.Count; r++)
        {
            if (!dropped[r]) text.Add(rulesText[r]);
            if (added[r + 1] is { } more) text.AddRange(more);
        }
        return text;
    }
}

/// <summary>What an element's class and id names hint at, as bits.</summary>
[Flags]
internal enum NameHint : byte
{
    None = 0,
    Negative = 1,
    Positive = 2,
    Certain = 4,
    Comments = 8,
    Consent = 16,
    Live = 32,
}
