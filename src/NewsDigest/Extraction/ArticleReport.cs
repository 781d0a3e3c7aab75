using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Extraction;

/// <summary>An article and what extraction made of it.</summary>
public sealed record ArticleReport(Article Article, ReportKind Kind, double KindConfidence, MatchFacts? Match)
{
    public bool IsMatchReport => Kind == ReportKind.SingleMatchReport && Match is not null;
    /// <summary>Why the article is not a match report, or null; shown to users as a one-line note.</summary>
    public string? Note { get; init; }
}
