using NewsDigest.Merging;

namespace NewsDigest.Rendering.Markdown;

/// <summary>The digest as Markdown, for reading in a terminal or pasting into a CMS.</summary>
public sealed class MarkdownDigestRenderer : IDigestRenderer
{
    public void Render(IReadOnlyList<MatchDigest> digests, TextWriter output)
    {
        foreach (var digest in digests)
        {
            var teams = digest.Reports[0].Match!.Teams!;
            output.WriteLine($"# {teams.First} v {teams.Second}");
            output.WriteLine();
            foreach (var report in digest.Reports) output.WriteLine($"- {report.Article.Source}");
            output.WriteLine();
        }
    }
}
