using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Merging.Grouping;

/// <summary>Reads match facts from the articles the report detector turned down (reactions, previews, round-ups and the reports it missed), so that grouping can place them at the match they are about.</summary>
/// <remarks>
/// The pipeline runs the extractors on single-match reports only. This runs the teams extractor on every other article and, when it
/// finds two teams, the remaining extractors too; the article keeps its kind (it is still not a match report), it only gains facts.
/// Articles set aside with a note (a foreign language, no two teams) and other sports are left as they are.
/// </remarks>
public sealed class NonReportFactReader
{
    private readonly IReadOnlyList<IFactExtractor> _extractors;

    public NonReportFactReader(ExtractionModels models)
    {
        _extractors = DefaultPipeline.Extractors(models);
    }

    public IReadOnlyList<ArticleReport> Read(IReadOnlyList<ArticleReport> reports) => reports.Select(Read).ToArray();

    /// <summary>The article with the facts the extractors find in it, or unchanged when it is a report already, was set aside, or names no two teams.</summary>
    public ArticleReport Read(ArticleReport report)
    {
        if (report.Match is not null || report.Note is not null || report.Kind is ReportKind.SingleMatchReport or ReportKind.OtherSport) return report;
        var context = new ExtractionContext(report.Article);
        // The teams come first and most articles name no match: stopping there keeps the cost of reading every article small.
        int next = 0;
        for (; next < _extractors.Count; next++)
        {
            _extractors[next].Extract(context);
            if (_extractors[next] is TeamExtractor) break;
        }
        if (context.Facts.Teams is null) return report;
        for (next++; next < _extractors.Count; next++) _extractors[next].Extract(context);
        return report with { Match = context.Complete() };
    }
}
