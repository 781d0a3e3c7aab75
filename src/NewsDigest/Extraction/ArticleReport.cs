using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Extraction;

/// <summary>An article and what extraction made of it.</summary>
public sealed record ArticleReport(Article Article, ReportKind Kind, double KindConfidence, MatchFacts? Match)
{
    public bool IsMatchReport => Kind == ReportKind.SingleMatchReport && Match is not null;
    /// <summary>Why the article is not a match report, or null; shown to users as a one-line note.</summary>
    public string? Note { get; init; }
    /// <summary>The kind the report detector gave when the user overrode it by asking for every input to be read as a match report (`--as-reports`), else null; <see cref="KindConfidence"/> is still the detector's confidence in that kind.</summary>
    public ReportKind? DetectedKind { get; init; }
}
