namespace NewsDigest.Ingest.Html;

/// <summary>
/// Drops short lines set in capitals after the story's last long paragraph: calls to action and brand lines below a story
/// ("BECOME A MEMBER AND ENJOY EXCLUSIVE BENEFITS", "RENT A SALESMAN®") shout in any language, while a story's own
/// capitals (a heading, an acronym) sit among its paragraphs or are too short to count. Quotes are left alone.
/// </summary>
internal static class ShoutedLines
{
    /// <summary>A paragraph at least this long is story prose; only what follows the last one is looked at.</summary>
    private const int LongParagraphChars = 200;

    /// <summary>Lines shorter than this can be a shouted line; longer ones are prose whatever their case.</summary>
    private const int MaxLineChars = 200;

    /// <summary>Fewer cased letters than this (an acronym, "FAQ") cannot tell a shouted line from a short one.</summary>
    private const int MinCasedLetters = 10;

    /// <summary>Share of capitals among the cased letters that makes a line shouted.</summary>
    private const double MinUpperShare = 0.7;

    public static List<WrittenBlock> Without(List<WrittenBlock> blocks)
    {
        int last = blocks.FindLastIndex(b => b.Text.Length >= LongParagraphChars);
        if (last < 0) return blocks;
        List<WrittenBlock>? kept = null;
        for (int i = last + 1; i < blocks.Count; i++)
        {
            if (!IsShouted(blocks[i])) { kept?.Add(blocks[i]); continue; }
            kept ??= blocks.GetRange(0, i);
        }
        return kept ?? blocks;
    }

    internal static bool IsShouted(WrittenBlock block)
    {
        if (block.Kind == BlockKind.Quote || block.Text.Length >= MaxLineChars) return false;
        int cased = 0, upper = 0;
        foreach (char c in block.Text)
        {
            if (char.IsUpper(c)) { cased++; upper++; }
            else if (char.IsLower(c)) cased++;
        }
        return cased >= MinCasedLetters && upper >= cased * MinUpperShare;
    }
}
