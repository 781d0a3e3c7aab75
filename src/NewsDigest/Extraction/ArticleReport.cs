using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;

namespace NewsDigest.Extraction;

/// <summary>An article and what extraction made of it.</summary>
public sealed record ArticleReport(Article Article, ReportKind Kind, double KindConfidence, MatchFacts? Match)
{
    public bool IsMatchReport => Kind == ReportKind.SingleMatchReport && Match is not null;
    /// <summary>Why the article is not a match report, or null; shown to users as a one-line note.</summary>
    public string? Note { get; init; }
    /// <summary>The kind the report detector gave when it was overruled, else null: by the user asking for every input to be read as a match report (`--as-reports`), or by the article's headline telling the result (<see cref="ReadAsReportBecause"/>); <see cref="KindConfidence"/> is still the detector's confidence in that kind.</summary>
    public ReportKind? DetectedKind { get; init; }
    /// <summary>Why an article the detector turned down was read as a match report all the same (its headline tells the result its text
    /// reads), or null; <see cref="DetectedKind"/> then holds the detector's kind. Null for `--as-reports`, where the user decided.</summary>
    public string? ReadAsReportBecause { get; init; }
}
