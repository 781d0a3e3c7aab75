namespace NewsDigest.Ingest.Html;

/// <summary>
/// Trims the run of short fragments that often follows a story's last sentence inside its container: a source line
/// ("Source: agency"), a topic list, "See also", a lone credit or a title whose list was left out. A story ends with a
/// sentence, so short lines that are not sentences at the very end are furniture; list items and quotes are left alone
/// (a recipe's last ingredient, a song's last line).
/// </summary>
internal static class TrailingFurniture
{
    /// <summary>Below this many characters a line without end punctuation is a fragment rather than a closing sentence.</summary>
    private const int MaxFragmentChars = 40;

    public static List<WrittenBlock> Trim(List<WrittenBlock> blocks)
    {
        int end = blocks.Count;
        while (end > 1 && IsFragment(blocks[end - 1])) end--;
        return end == blocks.Count ? blocks : blocks.GetRange(0, end);
    }

    private static bool IsFragment(WrittenBlock block)
    {
        if (block.Kind is BlockKind.ListItem or BlockKind.Quote) return false;
        string text = block.Text;
        return text.Length < MaxFragmentChars && !EndsLikeASentence(text);
    }

    /// <summary>Sentence ends in the scripts the pages use, closing quotes and brackets included.</summary>
    private static bool EndsLikeASentence(string text) =>
        text[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '।' or '؟' or '"' or '”' or '»' or '«' or '“' or ')' or '」' or '』';
}
