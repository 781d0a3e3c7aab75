using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Merging.Grouping;

/// <summary>Reads match facts from reaction pieces, which the pipeline leaves unread, so that their quotes and facts can join the match they attach to.</summary>
/// <remarks>A reaction keeps its kind (it is still not counted as a match report); it only gains the facts the extractors find in it.</remarks>
public sealed class ReactionFactReader
{
    private readonly Pipeline _anyArticle;

    public ReactionFactReader(ExtractionModels models)
    {
        _anyArticle = DefaultPipeline.Create(models with { ReportDetector = new EveryArticleIsAReport() });
    }

    public IReadOnlyList<ArticleReport> Read(IReadOnlyList<ArticleReport> reports) =>
        reports.Select(r => r.Kind == ReportKind.Reaction && r.Match is null && _anyArticle.Extract(r.Article).Match is { } facts ? r with { Match = facts } : r).ToArray();

    /// <summary>Lets the extractors run on every article.</summary>
    private sealed class EveryArticleIsAReport : IReportDetector
    {
        public (ReportKind Kind, double Confidence) Detect(Article article) => (ReportKind.SingleMatchReport, 1);
    }
}
