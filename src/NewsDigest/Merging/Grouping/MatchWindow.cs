using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;

namespace NewsDigest.Merging.Grouping;

/// <summary>The days a match may have been played on, first and last included: what a preview or a reaction says about the date of a match no report in the input describes.</summary>
public readonly record struct MatchWindow(DateOnly First, DateOnly Last)
{
    /// <summary>How far from its match a preview or a reaction may be published, in days (the same rule as attaching a piece to a reported match).</summary>
    public const int PieceDays = 7;

    /// <summary>
    /// The window a piece places its match in, by the rules that attach pieces to reported matches: a preview's match is in the week after
    /// its publication; a reaction's in the week before it (a day's slack: a match dated by publication carries the next day), narrowed to
    /// its stated date's ±<paramref name="slackDays"/> when it states one inside that week; any other piece's within
    /// ±<paramref name="slackDays"/> of its stated date, else of its publication date. Null when the piece gives no date to go by.
    /// </summary>
    public static MatchWindow? Of(ArticleReport piece, int slackDays)
    {
        DateOnly? published = piece.Article.Published is { } p ? DateOnly.FromDateTime(p.Date) : null;
        // A preview's stated dates are often earlier meetings' ("when they met in March"), so only its publication counts, as when attaching.
        DateOnly? stated = piece.Kind == ReportKind.Preview ? null : piece.Match?.Date?.Value;
        if (piece.Kind == ReportKind.Preview && published is { } before) return new MatchWindow(before, before.AddDays(PieceDays));
        if (piece.Kind == ReportKind.Reaction && published is { } after)
        {
            var week = new MatchWindow(after.AddDays(-PieceDays), after.AddDays(1));
            return stated is { } s && week.Intersect(Around(s, slackDays)) is { } narrowed ? narrowed : week;
        }
        return (stated ?? published) is { } anchor ? Around(anchor, slackDays) : null;
    }

    /// <summary>The days both windows share, or null when they share none.</summary>
    public MatchWindow? Intersect(MatchWindow other)
    {
        var first = First > other.First ? First : other.First;
        var last = Last < other.Last ? Last : other.Last;
        return first <= last ? new MatchWindow(first, last) : null;
    }

    private static MatchWindow Around(DateOnly day, int slackDays) => new(day.AddDays(-slackDays), day.AddDays(slackDays));
}
