using NewsDigest.Extraction;

namespace NewsDigest.Merging.Grouping;

/// <summary>The earlier name of <see cref="NonReportFactReader"/>, kept for its callers: it now reads every article the detector turned down, not only reactions.</summary>
public sealed class ReactionFactReader
{
    private readonly NonReportFactReader _reader;

    public ReactionFactReader(ExtractionModels models)
    {
        _reader = new NonReportFactReader(models);
    }

    public IReadOnlyList<ArticleReport> Read(IReadOnlyList<ArticleReport> reports) => _reader.Read(reports);
}
