using NewsDigest.Extraction;
using NewsDigest.Extraction.Cards;
using NewsDigest.Extraction.Dates;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Penalties;
using NewsDigest.Extraction.Reports;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;

namespace NewsDigest.Merging.Grouping;

/// <summary>Reads match facts from the articles the report detector turned down (reactions, previews, round-ups and the reports it missed), so that grouping can place them at the match they are about and fusion can use their quotes.</summary>
/// <remarks>
/// The pipeline runs the extractors on single-match reports only. Half of all other articles name two teams somewhere, but few of them
/// belong to a match in the input, so reading is done in two steps. <see cref="Read(ArticleReport)"/> looks at the headline and opening
/// only, for what grouping needs (the teams, a stated score and date), which is cheap enough for every article of an archive;
/// <see cref="ReadFully"/> then reads a piece that grouping attached to a match in full, for what it contributes there (quotes, its
/// setting, ratings, next fixture; never its goals, penalties or cards, which an attached piece does not vote on). The article keeps
/// its kind (it is still not a match report). Articles set aside with a note (a foreign language, no two teams) and other sports are left as they are.
/// </remarks>
public sealed class NonReportFactReader
{
    private readonly IReadOnlyList<IFactExtractor> _full;
    private readonly IReadOnlyList<IFactExtractor> _opening;

    /// <summary>How much of the text the first look reads: the opening paragraphs, cut at a paragraph or sentence end (800 characters gave the same grouping figures as 1,500, at less cost).</summary>
    private const int OpeningChars = 800;

    public NonReportFactReader(ExtractionModels models) : this(DefaultPipeline.Extractors(models))
    {
    }

    /// <param name="extractors">The pipeline's extractors in their order, the teams extractor among them.</param>
    public NonReportFactReader(IReadOnlyList<IFactExtractor> extractors)
    {
        // The goal extractor is most of a report's extraction time, and nothing of an attached piece's goals, penalties or cards is used.
        _full = extractors.Where(e => e is not (GoalExtractor or ScoreFromGoalsExtractor or CountedScoreExtractor or GoalTeamsFromScoreExtractor or MissedPenaltyExtractor or RedCardExtractor)).ToArray();
        // An opening of a piece that is no report (a preview, a round-up, a transfer story) names sides of several matches: the side reader
        // corrects no pair there, which over the archive cost a quarter of extraction time for the tens of thousands of such openings.
        _opening = extractors.Where(e => e is TeamExtractor or ScoreExtractor or MatchDateExtractor).Select(e => e is TeamExtractor teams ? teams.FillingOnly() : e).ToArray();
        if (!_opening.Any(e => e is TeamExtractor)) _opening = [new TeamExtractor(), .. _opening];
    }

    public IReadOnlyList<ArticleReport> Read(IReadOnlyList<ArticleReport> reports) => reports.Select(Read).ToArray();

    /// <summary>The article with the teams, score and date its headline and opening give, or unchanged when it is a report already, was set aside, or names no two teams there.</summary>
    public ArticleReport Read(ArticleReport report)
    {
        if (report.Match is not null || report.Note is not null || report.Kind is ReportKind.SingleMatchReport or ReportKind.OtherSport) return report;
        // The opening is a prefix of the text, so the evidence offsets found in it hold for the whole article.
        var context = new ExtractionContext(report.Article with { Text = OpeningOf(report.Article.Text) });
        foreach (var extractor in _opening)
        {
            extractor.Extract(context);
            if (extractor is TeamExtractor && context.Facts.Teams is null) return report;
        }
        return report with { Match = context.Complete() };
    }

    /// <summary>A piece attached to a match, read in full for what it contributes to the digest; a report, or a piece that named no teams, is returned as it is.</summary>
    public ArticleReport ReadFully(ArticleReport report)
    {
        if (report.IsMatchReport || report.Match is null) return report;
        var context = new ExtractionContext(report.Article);
        foreach (var extractor in _full) extractor.Extract(context);
        return context.Facts.Teams is null ? report : report with { Match = context.Complete() };
    }

    private static string OpeningOf(string text)
    {
        if (text.Length <= OpeningChars) return text;
        int cut = text.LastIndexOf('\n', OpeningChars);
        if (cut < OpeningChars / 2) cut = text.LastIndexOf(". ", OpeningChars, StringComparison.Ordinal) + 1;
        return text[..(cut > OpeningChars / 2 ? cut : OpeningChars)];
    }
}
