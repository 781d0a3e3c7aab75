using NewsDigest.Learning.Features;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// Features of one block of a page for the learned block scorer: its shape (length, links, punctuation), where it sits
/// (tags, ancestors, depth, position, class/id hints, its place in the tree relative to the rules' best block), what the
/// hand rules decided about it and its neighbours, how far it is from the text they kept, and its words (of a short block,
/// or the opening and closing stretch of a long one). Every feature is also paired with the rules' decision, so the model
/// learns when to overrule them rather than starting from nothing.
/// </summary>
internal static class HtmlBlockFeatures
{
    /// <summary>Name and version stored in the model file; a model trained on other features is refused.</summary>
    public const string Name = "html-blocks v3";

    private static readonly uint Bias = FeatureHasher.Namespace(1);
    private static readonly uint Kept = FeatureHasher.Namespace(2);
    private static readonly uint Kind = FeatureHasher.Namespace(3);
    private static readonly uint Tag = FeatureHasher.Namespace(4);
    private static readonly uint TagPath = FeatureHasher.Namespace(5);
    private static readonly uint Length = FeatureHasher.Namespace(6);
    private static readonly uint Links = FeatureHasher.Namespace(7);
    private static readonly uint Sentences = FeatureHasher.Namespace(8);
    private static readonly uint SentenceEnd = FeatureHasher.Namespace(9);
    private static readonly uint Commas = FeatureHasher.Namespace(10);
    private static readonly uint Digits = FeatureHasher.Namespace(11);
    private static readonly uint Shape = FeatureHasher.Namespace(12);
    private static readonly uint Depth = FeatureHasher.Namespace(13);
    private static readonly uint Position = FeatureHasher.Namespace(14);
    private static readonly uint Content = FeatureHasher.Namespace(15);
    private static readonly uint AncestorScore = FeatureHasher.Namespace(16);
    private static readonly uint Hint = FeatureHasher.Namespace(17);
    private static readonly uint Landmark = FeatureHasher.Namespace(18);
    private static readonly uint Neighbour = FeatureHasher.Namespace(19);
    private static readonly uint Distance = FeatureHasher.Namespace(20);
    private static readonly uint PageShare = FeatureHasher.Namespace(21);
    private static readonly uint OwnerShape = FeatureHasher.Namespace(22);
    private static readonly uint Teaser = FeatureHasher.Namespace(23);
    private static readonly uint Repeated = FeatureHasher.Namespace(24);
    private static readonly uint Headline = FeatureHasher.Namespace(25);
    private static readonly uint Tree = FeatureHasher.Namespace(27);
    private static readonly uint Word = FeatureHasher.Namespace(28);

    private static readonly string[] Landmarks = ["header", "footer", "nav", "aside", "article", "main", "form", "li", "table", "figure", "blockquote", "section", "h1", "figcaption", "a"];

    /// <summary>Adds the features of block <paramref name="i"/> of <paramref name="page"/> to <paramref name="buffer"/>.</summary>
    public static void Featurize(PageBlocks page, int i, FeatureBuffer buffer)
    {
        var blocks = page.Candidates;
        var block = blocks[i];
        var nodes = page.Model.Nodes;
        uint kept = page.RulesKept[i] ? 1u : 2u;

        void Add(uint hash)
        {
            buffer.Add(hash);
            buffer.Add(FeatureHasher.Add(hash, kept));
        }
        void AddText(uint ns, string text) => Add(FeatureHasher.Add(ns, text));
        void AddNumber(uint ns, int value) => Add(FeatureHasher.Add(ns, (uint)value));
        void AddPair(uint ns, int a, int b) => Add(FeatureHasher.Add(FeatureHasher.Add(ns, (uint)a), (uint)b));

        buffer.Add(Bias);
        buffer.Add(FeatureHasher.Add(Kept, kept));
        AddNumber(Kind, (int)block.Kind);

        int owner = page.Owners[i];
        var node = nodes[owner];
        AddText(Tag, node.Tag);
        int parent = node.Parent;
        string parentTag = parent >= 0 ? nodes[parent].Tag : "";
        string grandTag = parent >= 0 && nodes[parent].Parent >= 0 ? nodes[nodes[parent].Parent].Tag : "";
        Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(TagPath, node.Tag), "/"), parentTag));
        Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Add(TagPath, node.Tag), "/"), parentTag), "/"), grandTag));

        AddNumber(Length, LengthBucket(block.Chars));
        AddPair(Length, (int)block.Kind + 100, LengthBucket(block.Chars));
        AddNumber(Links, LinkBucket(block.LinkDensity));
        AddPair(Links, LinkBucket(block.LinkDensity), LengthBucket(block.Chars));
        var shape = TextShape.Of(block.Text);
        AddNumber(Sentences, Math.Min(shape.SentenceEnds, 6));
        AddNumber(SentenceEnd, shape.EndsLikeSentence ? 1 : 0);
        AddPair(SentenceEnd, shape.EndsLikeSentence ? 1 : 0, LengthBucket(block.Chars));
        AddNumber(Commas, Math.Min(shape.Commas, 5));
        AddNumber(Digits, block.Chars == 0 ? 0 : Math.Min(shape.Digits * 10 / block.Chars, 5));
        AddNumber(Shape, (shape.StartsUpper ? 1 : 0) | (shape.Separators > 0 ? 2 : 0) | (shape.EndsColon ? 4 : 0));
        if (BoilerplateLines.IsDateline(block.Text)) AddNumber(Shape, 100);

        AddNumber(Depth, Math.Min(node.Depth / 3, 8));
        AddNumber(Position, blocks.Count <= 1 ? 0 : i * 10 / blocks.Count);
        AddNumber(Content, (page.InContent[i] ? 1 : 0) | (page.InTop[i] ? 2 : 0));
        AddPair(Content, (page.InContent[i] ? 1 : 0) | (page.InTop[i] ? 2 : 0), LinkBucket(block.LinkDensity));

        // The nearest scored ancestor's readability score against the best block's: how much of a story the surroundings are.
        double topScore = nodes[page.Top].Scored ? nodes[page.Top].Score : 0;
        int scored = owner;
        int steps = 0;
        while (scored >= 0 && !nodes[scored].Scored && steps < 6) { scored = nodes[scored].Parent; steps++; }
        int scoreBucket = scored < 0 || !nodes[scored].Scored || topScore <= 0 ? 7 : ScoreBucket(nodes[scored].Score / topScore);
        AddNumber(AncestorScore, scoreBucket);

        // Class/id hints of the element and its ancestors, by level (the nearest three) and anywhere above.
        int landmarks = 0;
        NameHint anyHint = NameHint.None;
        int level = 0;
        for (int a = owner; a >= 0; a = nodes[a].Parent, level++)
        {
            var hints = page.Hints(a);
            if (level < 3 && hints != NameHint.None) AddPair(Hint, level, (int)hints);
            anyHint |= hints;
            string tag = nodes[a].Tag;
            for (int l = 0; l < Landmarks.Length; l++)
                if (tag == Landmarks[l]) landmarks |= 1 << l;
        }
        for (int bit = 0; bit < 6; bit++)
            if (((int)anyHint & (1 << bit)) != 0) AddPair(Hint, 10, bit);
        for (int l = 0; l < Landmarks.Length; l++)
            if ((landmarks & (1 << l)) != 0) AddNumber(Landmark, l);

        // The element's own subtree: mostly prose or mostly links.
        AddPair(OwnerShape, node.GoodText * 10 >= node.Text * 8 ? 1 : 0, LinkBucket(node.LinkDensity));

        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            if (j < 0 || j >= blocks.Count) { AddPair(Neighbour, d, 99); continue; }
            AddPair(Neighbour, d, page.RulesKept[j] ? 1 : 0);
            if (d is -1 or 1)
            {
                AddPair(Neighbour, d + 10, LengthBucket(blocks[j].Chars));
                AddPair(Neighbour, d + 20, LinkBucket(blocks[j].LinkDensity));
                AddPair(Neighbour, d + 30, (int)blocks[j].Kind);
                AddPair(Neighbour, d + 40, page.Owners[j] == owner ? 1 : nodes[page.Owners[j]].Parent == parent ? 2 : 0);
            }
        }

        int before = page.DistanceToKept(i, -1), after = page.DistanceToKept(i, 1);
        AddPair(Distance, DistanceBucket(before), DistanceBucket(after));

        // A teaser card: the block sits beside a heading that is a link (a title leading to another story).
        for (int up = 1, a = parent; up <= 2 && a >= 0; up++, a = nodes[a].Parent)
            if (page.HasLinkedHeadingChild(a)) AddNumber(Teaser, up);
        int copies = page.Copies(i);
        if (copies > 1) AddNumber(Repeated, Math.Min(copies, 4));
        AddNumber(Headline, page.Headline < 0 ? 0 : i < page.Headline ? 1 : i == page.Headline ? 2 : 3);

        // Where the block sits relative to the rules' best block (inside it, a sibling, a cousin ...): story text the rules
        // missed is usually close by in the tree, furniture further off.
        var (fromBlock, fromTop) = page.TreeDistanceToTop(owner);
        AddPair(Tree, Math.Min(fromBlock, 5), Math.Min(fromTop, 5));
        AddWords(block.Text, buffer, kept);

        AddNumber(PageShare, page.TotalChars == 0 ? 0 : Math.Min(block.Chars * 20 / page.TotalChars, 6));
        AddNumber(PageShare, 10 + (page.TotalChars == 0 ? 0 : page.RulesChars * 5 / page.TotalChars));
    }

    /// <summary>
    /// The words of a short block, or of the opening and closing stretch of a long one: furniture written as prose ("follow us
    /// on", "subscribe", "download our app") says so in words that structure cannot show.
    /// </summary>
    private static void AddWords(string text, FeatureBuffer buffer, uint kept)
    {
        const int Stretch = 120;
        var span = text.AsSpan();
        if (span.Length > Stretch * 2)
        {
            AddWordsOf(span[..Stretch], buffer, kept);
            AddWordsOf(span[^Stretch..], buffer, kept);
        }
        else AddWordsOf(span, buffer, kept);
    }

    private static void AddWordsOf(ReadOnlySpan<char> text, FeatureBuffer buffer, uint kept)
    {
        Span<char> word = stackalloc char[24];
        int length = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (length < word.Length) word[length++] = char.ToLowerInvariant(c);
                continue;
            }
            if (length >= 2)
            {
                uint hash = FeatureHasher.Add(Word, word[..length]);
                buffer.Add(hash);
                buffer.Add(FeatureHasher.Add(hash, kept));
            }
            length = 0;
        }
    }

    private static int DistanceBucket(int d) => d switch { 1 => 1, 2 => 2, <= 5 => 3, <= 15 => 4, int.MaxValue => 6, _ => 5 };

    private static int LengthBucket(int chars) => chars switch { < 10 => 0, < 20 => 1, < 40 => 2, < 80 => 3, < 160 => 4, < 320 => 5, < 640 => 6, _ => 7 };

    private static int LinkBucket(double density) => density switch { 0 => 0, < 0.1 => 1, < 0.3 => 2, < 0.6 => 3, < 0.9 => 4, _ => 5 };

    private static int ScoreBucket(double ratio) => ratio switch { < 0 => 0, < 0.1 => 1, < 0.3 => 2, < 0.6 => 3, < 1 => 4, _ => 5 };
}
