using AngleSharp.Dom;

namespace NewsDigest.Ingest.Html;

/// <summary>
/// One block of text of a whole page, as the learned block scorer sees it: what was written, the element it came from and
/// how many of its characters sit inside links.
/// </summary>
/// <param name="Chars">Non-space characters of the block.</param>
/// <param name="LinkChars">Non-space characters of the block inside links.</param>
internal sealed record BlockCandidate(string Text, BlockKind Kind, IElement Owner, int Chars, int LinkChars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
