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
    public void A_report_read_from_its_headline_joins_the_accepted_reports_match_of_the_same_score_within_a_week()
    {
        // The reaction's text gives last Saturday, its previous match's day: five days from the match the report dates.
        var groups = new MatchGrouper().Group([
            new ReportBuilder("report", "Newcastle United", "Barcelona").Date(2025, 9, 18).Score(1, 2).Build(),
            new ReportBuilder("ratings", "Newcastle", "Barcelona").Date(2025, 9, 13).Score(1, 2).ReadFromHeadline().Build(),
        ]);

        var match = Assert.Single(groups);
        Assert.All(match, m => Assert.Equal(SourceRole.Report, m.Role));
    }

    [Fact]
    public void A_report_read_from_its_headline_with_another_score_or_two_accepted_reports_a_week_apart_stay_apart()
    {
        Assert.Equal(2, new MatchGrouper().Group([
            new ReportBuilder("report", "Newcastle United", "Barcelona").Date(2025, 9, 18).Score(1, 2).Build(),
            new ReportBuilder("ratings", "Newcastle", "Barcelona").Date(2025, 9, 13).Score(3, 0).ReadFromHeadline().Build(),
        ]).Count);
        Assert.Equal(2, new MatchGrouper().Group([
            new ReportBuilder("report", "Newcastle United", "Barcelona").Date(2025, 9, 18).Score(1, 2).Build(),
            new ReportBuilder("another", "Newcastle", "Barcelona").Date(2025, 9, 13).Score(1, 2).Build(),
        ]).Count);
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
    public void A_reaction_piece_is_placed_by_its_own_facts_and_adds_its_quotes_but_not_its_score()
    {
        var reaction = new ReportBuilder("reaction", "Spurs", "Arsenal").Date(2024, 4, 28).Score(2, 3).Quote("We were brave today.", "Ange Postecoglou").Build();
        var merged = new MatchMerger().Merge([
            new ReportBuilder("report", "Tottenham", "Arsenal").Date(2024, 4, 28).Score(2, 3).Build(),
            new ReportBuilder("other", "Tottenham", "Arsenal").Date(2023, 9, 24).Score(2, 2).Build(),
            reaction with { Kind = ReportKind.Reaction },
        ]);
        var digest = merged.Single(d => d.Sources.Any(s => s.Source == "reaction"));
        Assert.Equal(SourceRole.Reaction, digest.Sources.Single(s => s.Source == "reaction").Role);
        Assert.Equal(["S1"], digest.Result!.Score.Sources);
        Assert.Equal(["S2"], Assert.Single(digest.Quotes).Sources);
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

    [Fact]
    public void A_preview_joins_the_next_meeting_and_a_reaction_the_last_one_of_two_legs_a_week_apart()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("first-leg", "Real Madrid", "Manchester City").Date(2024, 4, 9).Score(3, 3).Build(),
            new ReportBuilder("second-leg", "Man City", "Real Madrid").Published(2024, 4, 18).Score(1, 1).Build(),
            new ReportBuilder("preview", "Manchester City", "Real Madrid").Kind(ReportKind.Preview).FactsRead().Published(2024, 4, 12).Build(),
            new ReportBuilder("reaction", "Manchester City", "Real Madrid").Kind(ReportKind.Reaction).FactsRead().Published(2024, 4, 12).Build(),
            new ReportBuilder("old-reaction", "Manchester City", "Real Madrid").Kind(ReportKind.Reaction).FactsRead().Published(2024, 3, 20).Build(),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["first-leg", "reaction"], groups[0].Select(m => m.Report.Article.Source));
        Assert.Equal(["second-leg", "preview"], groups[1].Select(m => m.Report.Article.Source));
        Assert.Equal([SourceRole.Report, SourceRole.Preview], groups[1].Select(m => m.Role));
    }

    [Fact]
    public void A_piece_of_another_kind_joins_by_its_teams_and_stated_date_as_related_and_only_its_quotes_count()
    {
        var merged = new MatchMerger().Merge([
            new ReportBuilder("report", "Chelsea", "Barcelona").Date(2025, 11, 25).Score(3, 0).Goal("Estevao", "Chelsea", 55).Build(),
            new ReportBuilder("round-up", "Barcelona", "Chelsea").Kind(ReportKind.RoundUp).FactsRead().Date(2025, 11, 25).Published(2025, 11, 26).Score(0, 2)
                .Title("Chelsea and Barcelona: what the night told us").Goal("Someone Else", "Chelsea", 12).Quote("It was a special night for us.", "Enzo Maresca").Build(),
            new ReportBuilder("transfer", "Chelsea", "Barcelona").Kind(ReportKind.Transfer).FactsRead().Published(2025, 11, 26)
                .Title("Midfielder weighs up his next move").Build(),
        ]);
        var digest = Assert.Single(merged);
        Assert.DoesNotContain(digest.Sources, s => s.Source == "transfer");
        var related = digest.Sources.Single(s => s.Source == "round-up");
        Assert.Equal(SourceRole.Related, related.Role);
        Assert.Equal(ReportKind.RoundUp, related.Kind);
        Assert.False(digest.Result!.Score.IsConflict);
        Assert.Equal("Estevao", Assert.Single(digest.Goals).Scorer.Value);
        Assert.Equal([related.Id], Assert.Single(digest.Quotes).Sources);
    }

    [Fact]
    public void A_reaction_is_told_between_two_matches_of_one_day_by_its_score_and_left_out_without_one()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("men", "Liverpool", "Manchester United").Date(2023, 12, 17).Score(0, 0).Build(),
            new ReportBuilder("women", "Man Utd", "Liverpool").Date(2023, 12, 17).Score(1, 2).Build(),
            new ReportBuilder("reaction", "Manchester United", "Liverpool").Kind(ReportKind.Reaction).FactsRead().Published(2023, 12, 17).Score(1, 2).Build(),
            new ReportBuilder("unsure", "Liverpool", "Manchester United").Kind(ReportKind.Reaction).FactsRead().Published(2023, 12, 18).Build(),
        ]);
        Assert.Equal(["men"], groups[0].Select(m => m.Report.Article.Source));
        Assert.Equal(["women", "reaction"], groups[1].Select(m => m.Report.Article.Source));
    }

    [Fact]
    public void Two_different_slips_of_one_score_end_in_one_group_whatever_their_order()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("three-nil", "Newcastle", "Liverpool").Date(2001, 10, 30).Score(3, 0).Build(),
            new ReportBuilder("two-one", "Newcastle United", "Liverpool").Published(2001, 10, 31).Score(2, 1).Build(),
            new ReportBuilder("two-nil", "Liverpool", "the Magpies").Published(2001, 11, 1).Score(0, 2).Build(),
        ]);
        Assert.Equal(3, Assert.Single(groups).Count);
    }

    [Fact]
    public void An_undated_report_joins_the_match_with_its_exact_score_but_not_when_a_match_without_a_score_could_be_its_own()
    {
        var reports = new[]
        {
            new ReportBuilder("autumn", "Everton", "Fulham").Date(2001, 11, 3).Score(2, 1).Build(),
            new ReportBuilder("spring", "Fulham", "Everton").Date(2002, 4, 16).Score(0, 0).Build(),
            new ReportBuilder("undated", "the Toffees", "Fulham").Score(2, 1).Build(),
        };
        var groups = new MatchGrouper().Group(reports);
        Assert.Equal(["autumn", "undated"], groups[0].Select(m => m.Report.Article.Source));

        var withScorelessMatch = new MatchGrouper().Group([reports[0], new ReportBuilder("spring", "Fulham", "Everton").Date(2002, 4, 16).Build(), reports[2]]);
        Assert.Equal(3, withScorelessMatch.Count);
    }
}
