using System.Text;
using AngleSharp.Dom;
using NewsDigest.Text;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// Writes every block of text under a page's root, without the hand rules' cleaning, remembering the element each block
/// came from. The text of a block is written exactly as <see cref="ContentTextWriter"/> writes it, so the two can be
/// matched: that is how the scorer knows which blocks the hand rules kept.
/// </summary>
internal static class BlockCandidateWriter
{
    public static List<BlockCandidate> Write(IElement root)
    {
        var blocks = new List<BlockCandidate>();
        var open = new List<IElement> { root };
        bool inHeading = false;
        int listDepth = 0, quoteDepth = 0, anchorDepth = 0;
        int chars = 0, linkChars = 0;
        var paragraph = new StringBuilder();
        bool pendingSpace = false;
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));

        void Flush(IElement owner)
        {
            if (paragraph.Length > 0)
            {
                string text = UnicodeNormalisation.ToFormC(paragraph.ToString().Trim());
                var kind = inHeading ? BlockKind.Heading : quoteDepth > 0 ? BlockKind.Quote : listDepth > 0 ? BlockKind.ListItem : BlockKind.Paragraph;
                if (text.Length > 0) blocks.Add(new BlockCandidate(text, kind, owner, chars, linkChars));
                paragraph.Clear();
            }
            chars = linkChars = 0;
            pendingSpace = false;
            inHeading = false;
        }

        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText text)
            {
                int visible = ContentTextWriter.AppendCollapsed(paragraph, text.Data, ref pendingSpace);
                chars += visible;
                if (anchorDepth > 0) linkChars += visible;
                continue;
            }
            if (node is not IElement element) continue;
            string tag = element.LocalName;
            bool block = HtmlBlocks.IsBlock(tag) || tag is "td" or "th" or "dd" or "dt";
            if (closing)
            {
                if (block)
                {
                    Flush(element);
                    open.RemoveAt(open.Count - 1);
                }
                if (tag is "li" or "dd" or "dt") listDepth--;
                else if (tag == "blockquote") quoteDepth--;
                else if (tag is "td" or "th") pendingSpace = true;
                else if (tag == "a") anchorDepth--;
                continue;
            }
            if (tag == "br")
            {
                if (paragraph.Length > 0) paragraph.Append('\n');
                pendingSpace = false;
                continue;
            }
            if (HtmlBlocks.IsInert(tag)) continue;
            if (block && element != root)
            {
                Flush(open[^1]);
                open.Add(element);
            }
            if (HtmlBlocks.IsHeading(tag)) inHeading = true;
            if (tag is "li" or "dd" or "dt") listDepth++;
            else if (tag == "blockquote") quoteDepth++;
            else if (tag == "a") anchorDepth++;
            if (element != root) stack.Push((element, true));
            var children = element.ChildNodes;
            for (int c = children.Length - 1; c >= 0; c--) stack.Push((children[c], false));
        }
        Flush(open[^1]);
        return blocks;
    }
}
