using System.Text;
using AngleSharp.Dom;
using NewsDigest.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>Writes the chosen part of a page as paragraphs (headings, list items and quotes each their own), leaving out leftovers such as link lists, captions and forms.</summary>
internal static class ContentTextWriter
{
    public static List<string> Write(IReadOnlyList<IElement> roots, PageModel model)
    {
        var blocks = new List<WrittenBlock>();
        bool inHeading = false;
        // Open list items and quotes around the text being written: their short lines are content, not furniture.
        int listDepth = 0, quoteDepth = 0;
        var paragraph = new StringBuilder();
        bool pendingSpace = false;
        var stack = new Stack<(INode Node, bool Closing)>();
        for (int r = roots.Count - 1; r >= 0; r--) stack.Push((roots[r], false));
        var rootSet = new HashSet<IElement>(roots, ReferenceEqualityComparer.Instance);

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                // NFC, so that text compares equal however the page composed its accents and conjuncts.
                string text = UnicodeNormalisation.ToFormC(paragraph.ToString().Trim());
                var kind = inHeading ? BlockKind.Heading : quoteDepth > 0 ? BlockKind.Quote : listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph;
                if (text.Length > 0 && !BoilerplateLines.IsFurniture(text))
                    blocks.Add(new WrittenBlock(text, kind));
                paragraph.Clear();
            }
            pendingSpace = false;
            inHeading = false;
        }

        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText text)
            {
                AppendCollapsed(paragraph, text.Data, ref pendingSpace);
                continue;
            }
            if (node is not IElement element) continue;
            string tag = element.LocalName;
            bool block = HtmlBlocks.IsBlock(tag) || tag is "td" or "th" or "dd" or "dt" or "br";
            if (closing)
            {
                if (block) Flush();
                if (tag is "li" or "dd" or "dt") listDepth--;
                else if (tag == "blockquote") quoteDepth--;
                else if (tag is "td" or "th") pendingSpace = true;
                continue;
            }
            if (tag == "br")
            {
                // A line break inside a paragraph ends a line; the metric and readers both see a space.
                if (paragraph.Length > 0) paragraph.Append('\n');
                pendingSpace = false;
                continue;
            }
            if (!rootSet.Contains(element) && Skip(element, model)) continue;
            if (block) Flush();
            if (HtmlBlocks.IsHeading(tag)) inHeading = true;
            if (tag is "li" or "dd" or "dt") listDepth++;
            else if (tag == "blockquote") quoteDepth++;
            stack.Push((element, true));
            var children = element.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--) stack.Push((children[c], false));
        }
        Flush();
        return CleanUp(blocks).ConvertAll(b => b.Text);
    }

    /// <summary>The passes over the written blocks as a whole: date lines, empty section titles, lone labels, shouted lines after the story and trailing fragments.</summary>
    public static List<WrittenBlock> CleanUp(List<WrittenBlock> blocks) =>
        TrailingFurniture.Trim(ShoutedLines.Without(WithoutLoneLabels(WithoutEmptySections(WithoutDatelines(blocks)))));

    /// <summary>
    /// Drops the story's date lines ("Published: 4 May 2021 | News"): page metadata written beside the headline or under the
    /// story. A page with several of them is a series of entries (a live blog, a forum thread, a diary) whose stamps belong
    /// to the text, so they are only dropped when there are one or two; stamps in lists and quotes are always kept.
    /// </summary>
    private static List<WrittenBlock> WithoutDatelines(List<WrittenBlock> blocks)
    {
        static bool IsDateline(WrittenBlock b) => b.Kind is BlockKind.Paragraph or BlockKind.Heading && BoilerplateLines.IsDateline(b.Text);
        int datelines = blocks.Count(IsDateline);
        if (datelines == 0 || datelines > 2) return blocks;
        return blocks.FindAll(b => !IsDateline(b));
    }

    /// <summary>
    /// Drops short headings with nothing under them (the last block, or one followed straight by another heading): they
    /// introduced a related-links list or a widget that was left out ("More on this", "You may also like").
    /// </summary>
    private static List<WrittenBlock> WithoutEmptySections(List<WrittenBlock> blocks)
    {
        var kept = new List<WrittenBlock>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading && IsShortTitle(blocks[i].Text) && (i + 1 == blocks.Count || blocks[i + 1].Kind == BlockKind.Heading)) continue;
            kept.Add(blocks[i]);
        }
        return kept;
    }

    /// <summary>A section title such as "More on this": short, and not a sentence (a heading that is a sentence is often the story's lead).</summary>
    private static bool IsShortTitle(string block) => block.Length < 50 && block[^1] is not ('.' or '!' or '?' or '。');

    /// <summary>
    /// Drops label lines ("Contact:", "Share this:") unless they are a phrase of three words or more followed by prose:
    /// a line that introduces a paragraph ("Here is our advice:") is part of the story, one followed by nothing readable introduced furniture that was left out.
    /// </summary>
    private static List<WrittenBlock> WithoutLoneLabels(List<WrittenBlock> blocks)
    {
        var kept = new List<WrittenBlock>(blocks.Count);
        for (int i = 0; i < blocks.Count; i++)
        {
            string text = blocks[i].Text;
            if (IsLabel(text) && !(Words(text) >= 3 && i + 1 < blocks.Count && blocks[i + 1].Text.Length >= 100 && !IsLabel(blocks[i + 1].Text))) continue;
            kept.Add(blocks[i]);
        }
        return kept;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A short line ending in a colon ("Contact:", "Source:") introduces furniture such as contact details; on its own it says nothing.</summary>
    private static bool IsLabel(string block) => block.Length < 40 && block[^1] is ':' or '：';

    /// <summary>Appends text with its white space collapsed; returns the number of visible characters appended.</summary>
    public static int AppendCollapsed(StringBuilder paragraph, string data, ref bool pendingSpace)
    {
        int visible = 0;
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && paragraph.Length > 0 && paragraph[^1] != '\n') paragraph.Append(' ');
            pendingSpace = false;
            paragraph.Append(c);
            visible++;
        }
        return visible;
    }

    /// <summary>Readability's conditional cleaning, adapted: blocks that look like furniture rather than story.</summary>
    private static bool Skip(IElement element, PageModel model)
    {
        string tag = element.LocalName;
        if (tag is "figcaption" or "h1" || HtmlBlocks.IsInert(tag)) return true;
        var node = model.Find(element);
        if (node is null || node.Protected) return false;
        if (HtmlBlocks.IsHeading(tag)) return node.LinkDensity > 0.33 || MainContentExtractor.ClassWeight(element) < 0;
        if (tag is "li" or "dd" or "dt") return node.Text > 0 && node.LinkDensity > 0.7;
        if (tag == "p") return node.LinkDensity > 0.5 && node.Text < 150;
        if (tag is not ("div" or "section" or "ul" or "ol" or "table" or "form" or "fieldset" or "header" or "dl" or "figure")) return false;
        int weight = MainContentExtractor.ClassWeight(element);
        bool prose = node.GoodText >= 200 && node.GoodText * 2 >= node.Text;
        if (weight + (node.Scored ? node.Score : 0) < 0 && !prose) return true;
        if (node.LinkDensity > 0.5) return true;
        if (prose) return false;
        bool isList = tag is "ul" or "ol" or "dl";
        int p = node.Paragraphs;
        if (node.Images > 1 && (double)p / node.Images < 0.5 && node.Text < 200) return true;
        if (node.Inputs > p / 3 + 1) return true;
        if (weight < 25 && node.LinkDensity > 0.3 && !isList && node.GoodText * 2 < node.Text) return true;
        return false;
    }
}
