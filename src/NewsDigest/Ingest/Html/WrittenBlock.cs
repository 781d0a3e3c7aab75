namespace NewsDigest.Ingest.Html;

/// <summary>What kind of element a written block of text came from; the clean-up passes treat headings, list items and quotes differently from paragraphs.</summary>
internal enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
}

/// <summary>One block of a page's main text as written, with the kind of element it came from.</summary>
internal readonly record struct WrittenBlock(string Text, BlockKind Kind);
