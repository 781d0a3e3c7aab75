using NewsDigest.Extraction.Reports;
using NewsDigest.Merging;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Tests.Merging;

public sealed class MatchGrouperTests
{
    [Fact]
    public void Aliases_and_team_order_do_not_split_one_match()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("a", "Man Utd", "Arsenal FC").Date(2024, 5, 12).Build(),
            new ReportBuilder("b", "Arsenal", "Manchester United").Published(2024, 5, 13).Build(),
            new ReportBuilder("c", "The Red Devils", "Arsenal").Date(2024, 5, 12).Build(),
        ]);
        Assert.Equal(3, Assert.Single(groups).Count);
    }

    [Fact]
    public void Two_matches_between_the_same_teams_stay_apart()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("autumn", "Chelsea", "Fulham").Date(2023, 10, 2).Score(2, 0).Build(),
            new ReportBuilder("spring", "Fulham", "Chelsea").Date(2024, 4, 20).Score(0, 2).Build(),
            new ReportBuilder("autumn-2", "Chelsea", "Fulham").Published(2023, 10, 3).Build(),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["autumn", "autumn-2"], groups[0].Select(m => m.Report.Article.Source));
    }

    [Fact]
    public void A_mens_and_a_womens_match_of_one_day_stay_apart_but_a_one_goal_slip_does_not_split()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("men", "Liverpool", "Manchester United").Date(2023, 12, 17).Score(0, 0).Build(),
            new ReportBuilder("women", "Man Utd", "Liverpool").Date(2023, 12, 17).Score(1, 2).Build(),
            new ReportBuilder("slip", "Liverpool", "Manchester United").Date(2023, 12, 17).Score(1, 0).Build(),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["men", "slip"], groups[0].Select(m => m.Report.Article.Source));
    }

    [Fact]
    public void A_reaction_piece_with_its_own_facts_is_placed_by_them_and_its_facts_vote()
    {
        var reaction = new ReportBuilder("reaction", "Spurs", "Arsenal").Date(2024, 4, 28).Score(2, 3).Quote("We were brave today.", "Ange Postecoglou").Build();
        var merged = new MatchMerger().Merge([
            new ReportBuilder("report", "Tottenham", "Arsenal").Date(2024, 4, 28).Score(2, 3).Build(),
            new ReportBuilder("other", "Tottenham", "Arsenal").Date(2023, 9, 24).Score(2, 2).Build(),
            reaction with { Kind = ReportKind.Reaction },
        ]);
        var digest = merged.Single(d => d.Sources.Any(s => s.Source == "reaction"));
        Assert.Equal(SourceRole.Reaction, digest.Sources.Single(s => s.Source == "reaction").Role);
        Assert.Equal(["S1", "S2"], digest.Result!.Score.Sources);
        Assert.Equal("We were brave today.", Assert.Single(digest.Quotes).Text.Value);
    }

    [Fact]
    public void Without_dates_a_different_score_means_a_different_match()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("a", "Leeds", "Hull").Score(2, 0).Build(),
            new ReportBuilder("b", "Leeds", "Hull").Score(1, 1).Build(),
            new ReportBuilder("c", "Hull", "Leeds").Score(0, 2).Build(),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["a", "c"], groups[0].Select(m => m.Report.Article.Source));
    }

    [Fact]
    public void Reaction_pieces_and_previews_attach_labelled_as_such()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("report", "Everton", "Liverpool").Date(2024, 4, 24).Build(),
            new ReportBuilder("reaction", "x", "y").Kind(ReportKind.Reaction).Title("Klopp reacts to Everton defeat").Text("Liverpool's manager spoke after the derby loss.").Published(2024, 4, 25).Build(),
            new ReportBuilder("preview", "x", "y").Kind(ReportKind.Reaction).Title("Everton v Liverpool: team news").Text("The derby kicks off on Wednesday.").Published(2024, 4, 22).Build(),
            new ReportBuilder("unrelated", "x", "y").Kind(ReportKind.Reaction).Title("Arsenal win again").Text("Arsenal beat Chelsea.").Published(2024, 4, 25).Build(),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal([SourceRole.Report, SourceRole.Reaction, SourceRole.Preview], group.Select(m => m.Role));
    }
}
