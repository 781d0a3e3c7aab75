using NewsDigest.Evaluation.Html;

namespace NewsDigest.Learning.Training;

/// <summary>What the benchmark's passages say about one block of a page.</summary>
public enum BlockLabel
{
    /// <summary>No passage touches the block (or passages of both kinds do): it says nothing either way and is not trained on.</summary>
    Unknown,
    Content,
    Boilerplate,
}

/// <summary>
/// Labels the blocks of a benchmark page from its gold passages. The benchmark gives a few passages of the story that the
/// text must hold and a few of furniture that it must not, not the whole story, so a block is content when it holds a
/// story passage, lies inside one, or shares a long stretch with one that runs across blocks; boilerplate the same way
/// with the furniture passages; and unknown when neither or both touch it.
/// </summary>
public sealed class HtmlBlockLabeler
{
    /// <summary>The shortest stretch shared by a block's edge and a passage that counts as an overlap; shorter ones are coincidences.</summary>
    public const int MinOverlap = 15;

    /// <summary>A block shorter than this inside a passage is not labelled: "Home" or "2" would be found in any passage.</summary>
    public const int MinInsideChars = 8;

    private readonly string[] _content;
    private readonly string[] _boilerplate;

    public HtmlBlockLabeler(IEnumerable<string> contentPassages, IEnumerable<string> boilerplatePassages)
    {
        _content = contentPassages.Select(PassageScore.Normalise).Where(p => p.Length > 0).ToArray();
        _boilerplate = boilerplatePassages.Select(PassageScore.Normalise).Where(p => p.Length > 0).ToArray();
    }

    public static HtmlBlockLabeler For(HtmlBenchmarkCase page) => new(page.With, page.Without);

    public BlockLabel Label(string blockText)
    {
        string block = PassageScore.Normalise(blockText);
        if (block.Length == 0) return BlockLabel.Unknown;
        bool content = _content.Any(p => Overlaps(block, p));
        bool boilerplate = _boilerplate.Any(p => Overlaps(block, p));
        return content == boilerplate ? BlockLabel.Unknown : content ? BlockLabel.Content : BlockLabel.Boilerplate;
    }

    /// <summary>True when the block holds the passage, lies inside it, or one runs into the other by at least <see cref="MinOverlap"/> characters.</summary>
    public static bool Overlaps(string block, string passage)
    {
        if (block.Contains(passage, StringComparison.Ordinal)) return true;
        if (block.Length >= MinInsideChars && passage.Contains(block, StringComparison.Ordinal)) return true;
        int longest = Math.Min(block.Length, passage.Length) - 1;
        for (int k = longest; k >= MinOverlap; k--)
        {
            // The passage starts near the block's end, or ends near its start.
            if (block.AsSpan().EndsWith(passage.AsSpan(0, k), StringComparison.Ordinal)) return true;
            if (block.AsSpan().StartsWith(passage.AsSpan(passage.Length - k), StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
