using NewsDigest.Merging;

namespace NewsDigest.Rendering;

/// <summary>Writes match digests in one output format.</summary>
public interface IDigestRenderer
{
    void Render(IReadOnlyList<MatchDigest> digests, TextWriter output);
}
