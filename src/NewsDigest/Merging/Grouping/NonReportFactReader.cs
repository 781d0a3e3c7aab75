using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Merging.Grouping;

/// <summary>Reads match facts from the articles the report detector turned down (reactions, previews, round-ups and the reports it missed), so that grouping can place them at the match they are about.</summary>
/// <remarks>
/// The pipeline runs the extractors on single-match reports only. This runs the teams extractor on every other article's headline and
/// opening and, when it finds two teams there, every extractor on the whole article; the article keeps its kind (it is still not a match report), it only gains facts.
/// Articles set aside with a note (a foreign language, no two teams) and other sports are left as they are.
/// </remarks>
public sealed class NonReportFactReader
{
    private readonly IReadOnlyList<IFactExtractor> _extractors;
    private readonly IFactExtractor _teams;

    /// <summary>How much of the text the first look for two teams reads: the opening paragraphs, cut at a paragraph or sentence end.</summary>
    private const int OpeningChars = 1500;

    public NonReportFactReader(ExtractionModels models) : this(DefaultPipeline.Extractors(models))
    {
    }

    /// <param name="extractors">The pipeline's extractors in their order, the teams extractor among them.</param>
    public NonReportFactReader(IReadOnlyList<IFactExtractor> extractors)
    {
        _extractors = extractors;
        _teams = extractors.FirstOrDefault(e => e is TeamExtractor) ?? new TeamExtractor();
    }

    private static string OpeningOf(string text)
    {
        if (text.Length <= OpeningChars) return text;
        int cut = text.LastIndexOf('\n', OpeningChars);
        if (cut < OpeningChars / 2) cut = text.LastIndexOf(". ", OpeningChars, StringComparison.Ordinal) + 1;
        return text[..(cut > OpeningChars / 2 ? cut : OpeningChars)];
    }

    public IReadOnlyList<ArticleReport> Read(IReadOnlyList<ArticleReport> reports) => reports.Select(Read).ToArray();

    /// <summary>The article with the facts the extractors find in it, or unchanged when it is a report already, was set aside, or names no two teams.</summary>
    public ArticleReport Read(ArticleReport report)
    {
        if (report.Match is not null || report.Note is not null || report.Kind is ReportKind.SingleMatchReport or ReportKind.OtherSport) return report;
        // Most articles name no match. The teams are looked for in the headline and opening first, which costs a fraction of reading the
        // whole text; only an article that names two teams there is read in full (grouping places pieces by their headline and opening too).
        var probe = new ExtractionContext(report.Article with { Text = OpeningOf(report.Article.Text) });
        _teams.Extract(probe);
        if (probe.Facts.Teams is null) return report;
        var context = new ExtractionContext(report.Article);
        foreach (var extractor in _extractors) extractor.Extract(context);
        if (context.Facts.Teams is null) return report;
        return report with { Match = context.Complete() };
    }
}
