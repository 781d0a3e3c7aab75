using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Tests.Merging;

public sealed class NonReportFactReaderTests
{
    private static readonly NonReportFactReader Reader = new(ExtractionModels.None);

    private static ArticleReport Piece(string title, string text, ReportKind kind = ReportKind.Reaction) =>
        new(new Article("piece", text) { Title = title }, kind, 0.8, null);

    [Fact]
    public void The_opening_gives_the_teams_and_the_full_read_adds_the_quotes_but_no_goals()
    {
        var piece = Piece("Fulham boss reacts after Everton defeat",
            "Fulham were beaten 2-1 by Everton on Saturday, with Dwight McNeil scoring the winner in the 80th minute.\n\n"
            + string.Concat(Enumerable.Repeat("The away side had chances in both halves but could not take them. ", 30))
            + "\n\n\"We were unlucky today, the players gave everything,\" said Marco Silva after the match.");
        var opened = Reader.Read(piece);
        Assert.Equal(ReportKind.Reaction, opened.Kind);
        Assert.False(opened.IsMatchReport);
        Assert.NotNull(opened.Match?.Teams);
        Assert.Empty(opened.Match!.Quotes);
        var full = Reader.ReadFully(opened);
        Assert.Contains(full.Match!.Quotes, q => q.Text.Contains("We were unlucky today", StringComparison.Ordinal));
        Assert.Empty(full.Match.Goals);
    }

    [Fact]
    public void Articles_without_two_teams_other_sports_and_set_aside_ones_are_left_as_they_are()
    {
        var noTeams = Piece("A quiet week", "Nothing happened in the league this week, the manager said.");
        Assert.Null(Reader.Read(noTeams).Match);
        var otherSport = Piece("Fulham v Everton", "Fulham played Everton at rugby.", ReportKind.OtherSport);
        Assert.Same(otherSport, Reader.Read(otherSport));
        var setAside = Piece("Fulham v Everton", "Fulham played Everton.") with { Note = "not English" };
        Assert.Same(setAside, Reader.Read(setAside));
    }
}
