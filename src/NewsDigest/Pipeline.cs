using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Language;
using NewsDigest.Merging;

namespace NewsDigest;

/// <summary>The built pipeline: immutable, shared by all worker threads. Make one with <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    private readonly IReportDetector _detector;
    private readonly IReadOnlyList<IFactExtractor> _extractors;
    private readonly IMatchMerger _merger;
    private readonly Merging.Grouping.NonReportFactReader _nonReports;

    internal Pipeline(IReportDetector detector, IReadOnlyList<IFactExtractor> extractors, IMatchMerger merger)
    {
        _detector = detector;
        _extractors = extractors;
        _merger = merger;
        _nonReports = new Merging.Grouping.NonReportFactReader(extractors);
    }

    /// <summary>Reads one article: its kind, and for a single match's report the facts with their evidence.</summary>
    public ArticleReport Extract(Article article)
    {
        // The extractors read English only; a foreign article is set aside with a note rather than misread.
        if (ForeignLanguageGuard.Check(article) is { } foreign)
            return new ArticleReport(article, ReportKind.OffTopic, foreign.Confidence, null) { Note = foreign.Note };
        var (kind, confidence) = _detector.Detect(article);
        if (kind != ReportKind.SingleMatchReport) return HeadlineTellsResult(article, kind, confidence) ?? new ArticleReport(article, kind, confidence, null);
        var facts = ReadFacts(article);
        if (facts.Teams is null)
            return new ArticleReport(article, ReportKind.OffTopic, confidence, null) { Note = "names no two teams playing each other" };
        return new ArticleReport(article, kind, confidence, facts);
    }

    /// <summary>
    /// An article the detector turned down whose headline tells the result its text reads (<see cref="HeadlineResult"/>), read as that
    /// match's report with the detector's kind kept beside it; null for any other.
    /// </summary>
    private ArticleReport? HeadlineTellsResult(Article article, ReportKind kind, double confidence)
    {
        // The headline is looked at first: the facts are read only for the few turned-down articles whose headline holds a result.
        if (!HeadlineResult.MayApply(kind) || !HeadlineResult.MayTell(article.Title, article.Url)) return null;
        var facts = ReadFacts(article);
        return HeadlineResult.Confirms(article.Title, article.Url, kind, facts, Extraction.Gazetteers.Gazetteer.Default) is { } because
            ? new ArticleReport(article, ReportKind.SingleMatchReport, confidence, facts) { DetectedKind = kind, ReadAsReportBecause = because }
            : null;
    }

    /// <summary>
    /// For `extract`: an article the detector turned down, with every fact the extractors read in it when they find two teams playing each
    /// other; unchanged when it is a report already, was set aside with a note, or names no two teams.
    /// </summary>
    /// <remarks>
    /// Whoever hands `extract` an article wants what it says, and the detector's kind is a judgement that can be wrong (it turns away
    /// reports from outlets it never saw): the facts come with the kind, and the reader decides. The article keeps its kind, so a digest
    /// never lets it vote on a match's facts. Digests and batches do not call this: they read turned-down articles for grouping only.
    /// </remarks>
    public ArticleReport ReadAllFacts(ArticleReport report)
    {
        if (report.IsMatchReport || report.Note is not null) return report;
        var facts = ReadFacts(report.Article);
        return facts.Teams is null ? report : report with { Match = facts };
    }

    /// <summary>
    /// For `--as-reports`: an article the detector turned down, read as a single match's report because the user says it is one; it keeps
    /// the detector's kind in <see cref="ArticleReport.DetectedKind"/>. An article that names no two teams playing each other is set aside
    /// with that note, as a report would be; one already a report, or set aside with a note (a foreign language), is unchanged.
    /// </summary>
    /// <remarks>The user, not the detector, knows a batch of wire copy is all reports of one match; the detector turns away some reports from outlets it never saw.</remarks>
    public ArticleReport ReadAsReport(ArticleReport report)
    {
        if (report.IsMatchReport || report.Note is not null) return report;
        var read = ReadAllFacts(report);
        return read.Match is null
            ? report with { Note = "names no two teams playing each other" }
            : read with { Kind = ReportKind.SingleMatchReport, DetectedKind = report.Kind };
    }

    /// <summary>Every extractor over the article, in the pipeline's order.</summary>
    private MatchFacts ReadFacts(Article article)
    {
        var context = new ExtractionContext(article);
        foreach (var extractor in _extractors) extractor.Extract(context);
        return context.Complete();
    }

    /// <summary>For an article the detector turned down: the same article with the facts the extractors find in it when it names two teams, so that grouping can attach it to its match (it stays a non-report).</summary>
    public ArticleReport ReadNonReport(ArticleReport report) => _nonReports.Read(report);

    /// <summary>Groups reports of the same match and fuses them into one digest per match.</summary>
    public IReadOnlyList<MatchDigest> Merge(IReadOnlyList<ArticleReport> reports) => _merger.Merge(reports);
}
