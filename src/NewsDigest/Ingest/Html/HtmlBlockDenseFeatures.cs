namespace NewsDigest.Ingest.Html;

/// <summary>
/// The numbers the block scorer's hashed features are bucketed from, unbucketed, as one dense row per block for the boosted
/// trees: shape (length, links, sentence ends, commas, digits), place (depth, position, ancestor score against the best
/// block's, place in the tree relative to it, landmark ancestors, class/id hints), the hand rules' decision about the block
/// and its neighbours and the distance to their text. Trees find the interactions (a long block dense with links, a short one
/// inside the story's container) that the linear model reads only through hand-made pairs.
/// </summary>
internal static class HtmlBlockDenseFeatures
{
    /// <summary>Name and version stored in a model file with trees; a model whose trees read other features is refused.</summary>
    public const string Name = "html-block-dense v1";

    private static readonly string[] Landmarks = ["header", "footer", "nav", "aside", "article", "main", "form", "li", "table", "figure", "blockquote", "section", "h1", "figcaption", "a"];

    /// <summary>Element names read as one flag each for the block's own element and its parent (a heading is any of h2-h6, a cell td or th ...).</summary>
    private static readonly string[][] TagGroups = [["p"], ["div"], ["li"], ["h2", "h3", "h4", "h5", "h6"], ["td", "th"], ["a"], ["span"], ["blockquote"], ["figcaption"], ["dd", "dt"]];

    /// <summary>The features' names, in row order (the model card lists them with how often the trees split on each).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "kept by rules", "kind", "chars", "link density", "sentence ends", "ends like sentence", "commas", "digits per char",
        "starts upper", "separators", "ends with colon", "date line", "depth", "position", "in rules' content", "in best block",
        "ancestor score / best", "owner prose share", "owner link density", "owner chars",
        "kept -2", "kept -1", "kept +1", "kept +2", "chars -1", "chars +1", "link density -1", "link density +1",
        "same owner -1", "same owner +1", "blocks to kept before", "blocks to kept after", "linked heading 1 up", "linked heading 2 up",
        "copies on page", "place to headline", "steps up from block", "steps up from best block", "share of page chars",
        "rules' share of page chars", "words", "hint negative", "hint positive", "hint certain", "hint comments", "hint consent",
        "hint live", "own hints", "parent hints",
        .. Landmarks.Select(l => "under " + l),
        .. TagGroups.Select(g => "tag " + g[0]),
        .. TagGroups.Select(g => "parent tag " + g[0]),
    ];

    public static int Count => Names.Count;

    /// <summary>Fills <paramref name="row"/> (Count long) with the features of block <paramref name="i"/>.</summary>
    public static void Fill(PageBlocks page, int i, Span<float> row)
    {
        var blocks = page.Candidates;
        var block = blocks[i];
        var nodes = page.Model.Nodes;
        int owner = page.Owners[i];
        var node = nodes[owner];
        var shape = TextShape.Of(block.Text);
        int k = 0;
        row[k++] = page.RulesKept[i] ? 1 : 0;
        row[k++] = (int)block.Kind;
        row[k++] = block.Chars;
        row[k++] = (float)block.LinkDensity;
        row[k++] = shape.SentenceEnds;
        row[k++] = shape.EndsLikeSentence ? 1 : 0;
        row[k++] = shape.Commas;
        row[k++] = block.Chars == 0 ? 0 : (float)shape.Digits / block.Chars;
        row[k++] = shape.StartsUpper ? 1 : 0;
        row[k++] = shape.Separators;
        row[k++] = shape.EndsColon ? 1 : 0;
        row[k++] = BoilerplateLines.IsDateline(block.Text) ? 1 : 0;
        row[k++] = node.Depth;
        row[k++] = blocks.Count <= 1 ? 0 : (float)i / (blocks.Count - 1);
        row[k++] = page.InContent[i] ? 1 : 0;
        row[k++] = page.InTop[i] ? 1 : 0;

        double topScore = nodes[page.Top].Scored ? nodes[page.Top].Score : 0;
        int scored = owner, steps = 0;
        while (scored >= 0 && !nodes[scored].Scored && steps < 6) { scored = nodes[scored].Parent; steps++; }
        // No scored ancestor near: -1, below any real ratio.
        row[k++] = scored < 0 || !nodes[scored].Scored || topScore <= 0 ? -1 : (float)Math.Clamp(nodes[scored].Score / topScore, -10, 10);
        row[k++] = node.Text == 0 ? 0 : (float)node.GoodText / node.Text;
        row[k++] = (float)node.LinkDensity;
        row[k++] = node.Text;

        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            row[k++] = j < 0 || j >= blocks.Count ? -1 : page.RulesKept[j] ? 1 : 0;
        }
        foreach (int d in (ReadOnlySpan<int>)[-1, 1])
        {
            int j = i + d;
            row[k++] = j < 0 || j >= blocks.Count ? -1 : blocks[j].Chars;
        }
        foreach (int d in (ReadOnlySpan<int>)[-1, 1])
        {
            int j = i + d;
            row[k++] = j < 0 || j >= blocks.Count ? -1 : (float)blocks[j].LinkDensity;
        }
        foreach (int d in (ReadOnlySpan<int>)[-1, 1])
        {
            int j = i + d;
            row[k++] = j < 0 || j >= blocks.Count ? -1 : page.Owners[j] == owner ? 2 : nodes[page.Owners[j]].Parent == node.Parent ? 1 : 0;
        }
        row[k++] = Math.Min(page.DistanceToKept(i, -1), 1000);
        row[k++] = Math.Min(page.DistanceToKept(i, 1), 1000);
        int parent = node.Parent;
        row[k++] = parent >= 0 && page.HasLinkedHeadingChild(parent) ? 1 : 0;
        row[k++] = parent >= 0 && nodes[parent].Parent >= 0 && page.HasLinkedHeadingChild(nodes[parent].Parent) ? 1 : 0;
        row[k++] = page.Copies(i);
        row[k++] = page.Headline < 0 ? 0 : i < page.Headline ? 1 : i == page.Headline ? 2 : 3;
        var (fromBlock, fromTop) = page.TreeDistanceToTop(owner);
        row[k++] = Math.Min(fromBlock, 1000);
        row[k++] = Math.Min(fromTop, 1000);
        row[k++] = page.TotalChars == 0 ? 0 : (float)block.Chars / page.TotalChars;
        row[k++] = page.TotalChars == 0 ? 0 : (float)page.RulesChars / page.TotalChars;
        row[k++] = Words(block.Text);

        NameHint anyHint = NameHint.None;
        int landmarks = 0;
        for (int a = owner; a >= 0; a = nodes[a].Parent)
        {
            anyHint |= page.Hints(a);
            string tag = nodes[a].Tag;
            for (int l = 0; l < Landmarks.Length; l++)
                if (tag == Landmarks[l]) landmarks |= 1 << l;
        }
        for (int bit = 0; bit < 6; bit++) row[k++] = ((int)anyHint & (1 << bit)) != 0 ? 1 : 0;
        row[k++] = (int)page.Hints(owner);
        row[k++] = parent >= 0 ? (int)page.Hints(parent) : 0;
        for (int l = 0; l < Landmarks.Length; l++) row[k++] = (landmarks & (1 << l)) != 0 ? 1 : 0;
        string parentTag = parent >= 0 ? nodes[parent].Tag : "";
        foreach (var group in TagGroups) row[k++] = Array.IndexOf(group, node.Tag) >= 0 ? 1 : 0;
        foreach (var group in TagGroups) row[k++] = Array.IndexOf(group, parentTag) >= 0 ? 1 : 0;
    }

    private static int Words(string text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
