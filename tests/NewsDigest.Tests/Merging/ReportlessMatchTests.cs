using NewsDigest.Extraction.Reports;
using NewsDigest.Merging;
using NewsDigest.Merging.Grouping;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Summary;

namespace NewsDigest.Tests.Merging;

/// <summary>Matches the input has no report of: previews, reactions and related pieces that agree on the teams and the window form a match of their own.</summary>
public sealed class ReportlessMatchTests
{
    [Fact]
    public void A_preview_and_a_reaction_of_a_match_with_no_report_form_one_group()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("preview", "Real Madrid", "Manchester City").Kind(ReportKind.Preview).FactsRead().Published(2025, 12, 9).Title("Real Madrid's Rodrygo looks ahead to the Man City test").Build(),
            new ReportBuilder("elsewhere", "Arsenal", "Brentford").Kind(ReportKind.Reaction).FactsRead().Published(2025, 12, 10).Title("Arsenal 2-0 Brentford: ratings").Build(),
            new ReportBuilder("reaction", "Man City", "Real Madrid").Kind(ReportKind.Reaction).FactsRead().Published(2025, 12, 11).Score(2, 1).Title("Guardiola after the win in Madrid").Build(),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal(["preview", "reaction"], group.Select(m => m.Report.Article.Source));
        Assert.Equal([SourceRole.Preview, SourceRole.Reaction], group.Select(m => m.Role));
    }

    [Fact]
    public void Two_meetings_of_the_same_teams_known_only_from_pieces_stay_apart()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("first-leg-preview", "PSG", "Bayern Munich").Kind(ReportKind.Preview).FactsRead().Published(2023, 2, 13).Title("PSG v Bayern Munich: team news").Build(),
            new ReportBuilder("first-leg-reaction", "Paris Saint-Germain", "Bayern").Kind(ReportKind.Reaction).FactsRead().Published(2023, 2, 15).Build(),
            new ReportBuilder("second-leg-preview", "Bayern Munich", "PSG").Kind(ReportKind.Preview).FactsRead().Published(2023, 3, 7).Title("Bayern Munich vs PSG: how to watch").Build(),
            new ReportBuilder("second-leg-reaction", "Bayern Munich", "Paris Saint-Germain").Kind(ReportKind.Reaction).FactsRead().Published(2023, 3, 9).Build(),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["first-leg-preview", "first-leg-reaction"], groups[0].Select(m => m.Report.Article.Source));
        Assert.Equal(["second-leg-preview", "second-leg-reaction"], groups[1].Select(m => m.Report.Article.Source));
    }

    [Fact]
    public void Reactions_whose_scores_are_far_apart_are_two_matches_and_a_lone_piece_or_two_transfer_stories_are_none()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("men", "Liverpool", "Manchester United").Kind(ReportKind.Reaction).FactsRead().Published(2023, 12, 17).Score(0, 0).Title("Liverpool 0-0 Man Utd: ratings").Build(),
            new ReportBuilder("women", "Man Utd", "Liverpool").Kind(ReportKind.Reaction).FactsRead().Published(2023, 12, 17).Score(1, 2).Title("Man Utd 1-2 Liverpool: ratings").Build(),
            new ReportBuilder("transfer-1", "Chelsea", "Arsenal").Kind(ReportKind.Transfer).FactsRead().Published(2023, 12, 17).Title("Chelsea beat Arsenal to a winger").Build(),
            new ReportBuilder("transfer-2", "Chelsea", "Arsenal").Kind(ReportKind.Transfer).FactsRead().Published(2023, 12, 18).Title("Chelsea and Arsenal chase a winger").Build(),
        ]);
        Assert.Empty(groups);
    }

    [Fact]
    public void Copies_of_one_preview_or_pieces_naming_two_clubs_without_speaking_of_a_match_make_no_match()
    {
        const string preview = "Written for this test: the hosts welcome the league leaders on Sunday with a full squad to choose from, and the visitors arrive unbeaten in six. "
            + "The home manager said his players had trained well all week and that the crowd would play its part, while the visiting captain expected a hard game on a heavy pitch.";
        var groups = new MatchGrouper().Group([
            new ReportBuilder("preview", "Chelsea", "Aston Villa", preview).Kind(ReportKind.Preview).FactsRead().Published(2025, 12, 25).Title("Chelsea v Aston Villa: team news").Build(),
            new ReportBuilder("preview-copy", "Chelsea", "Aston Villa", preview).Kind(ReportKind.Preview).FactsRead().Published(2025, 12, 26).Title("Chelsea vs Aston Villa preview").Build(),
            new ReportBuilder("transfer", "Arsenal", "Chelsea").Kind(ReportKind.Transfer).FactsRead().Published(2023, 6, 28).Title("Arsenal sign Havertz from Chelsea").Build(),
            new ReportBuilder("reaction", "Arsenal", "Chelsea").Kind(ReportKind.Reaction).FactsRead().Published(2023, 6, 28).Title("Arsenal and Chelsea told the midfielder has everything").Build(),
        ]);
        Assert.Empty(groups);
    }

    [Fact]
    public void A_related_piece_joins_a_reportless_match_only_when_its_headline_names_both_teams()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("reaction", "Liverpool", "Aston Villa").Kind(ReportKind.Reaction).FactsRead().Published(2023, 5, 20).Score(1, 1).Title("Liverpool 1-1 Aston Villa: player ratings").Build(),
            new ReportBuilder("ratings", "Liverpool", "Aston Villa").Kind(ReportKind.OffTopic).FactsRead().Published(2023, 5, 20).Title("Liverpool 1-1 Aston Villa: the farewell game").Build(),
            new ReportBuilder("in-passing", "Liverpool", "Aston Villa").Kind(ReportKind.Transfer).FactsRead().Published(2023, 5, 21).Title("Midfielder set for summer move").Build(),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal(["reaction", "ratings"], group.Select(m => m.Report.Article.Source));
        Assert.Equal([SourceRole.Reaction, SourceRole.Related], group.Select(m => m.Role));
    }

    [Fact]
    public void A_piece_that_fits_a_reported_match_joins_it_rather_than_a_match_of_its_own()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("report", "Everton", "Liverpool").Date(2024, 4, 24).Score(2, 0).Build(),
            new ReportBuilder("preview", "Everton", "Liverpool").Kind(ReportKind.Preview).FactsRead().Published(2024, 4, 22).Build(),
            new ReportBuilder("reaction", "Liverpool", "Everton").Kind(ReportKind.Reaction).FactsRead().Published(2024, 4, 25).Build(),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal([SourceRole.Report, SourceRole.Preview, SourceRole.Reaction], group.Select(m => m.Role));
    }

    [Fact]
    public void The_digest_of_a_reportless_match_gives_teams_window_and_quotes_but_no_score_goals_or_cards()
    {
        var digest = Assert.Single(new MatchMerger().Merge([
            new ReportBuilder("preview", "Real Madrid", "Manchester City").Kind(ReportKind.Preview).FactsRead().Published(2025, 12, 9)
                .Title("Real Madrid v Man City: predicted line-ups").Score(3, 3).Goal("Old Scorer", "Real Madrid", 10).Quote("It is a big test for us.", "Xabi Alonso").Build(),
            new ReportBuilder("reaction", "Real Madrid", "Man City").Kind(ReportKind.Reaction).FactsRead().Published(2025, 12, 11)
                .Score(1, 2).Red("Someone", "Real Madrid", 80).Quote("We deserved the win tonight.", "Pep Guardiola").Competition("Champions League").Build(),
        ]));
        Assert.False(digest.HasReport);
        Assert.Null(digest.Result);
        Assert.Empty(digest.Goals);
        Assert.Empty(digest.Cards);
        Assert.Equal("Real Madrid", digest.FirstTeam.Value);
        Assert.Equal(new MatchWindow(new DateOnly(2025, 12, 9), new DateOnly(2025, 12, 12)), digest.Window);
        Assert.Equal(2, digest.Quotes.Count);
        Assert.Equal(["preview"], SourceLabels.RolesOf(digest, digest.Quotes[0].Sources));
        Assert.Equal("real-madrid-v-manchester-city-between-2025-12-09-and-2025-12-12", digest.Id);
        var summary = SummaryWriter.Instance.Write(digest).Text;
        Assert.StartsWith("No report of Real Madrid v Manchester City is among the sources; a preview and a reaction place the match in the Champions League between Tuesday 9th December 2025 and Friday 12th December 2025.", summary);
        Assert.DoesNotContain("beat", summary);

        var json = new StringWriter();
        new DigestJsonWriter().Render([digest], json);
        Assert.Contains("\"hasReport\": false", json.ToString());
        Assert.Contains("\"matchWindow\": {", json.ToString());
        Assert.Contains("\"result\": null", json.ToString());
    }

    [Fact]
    public void Markdown_text_and_html_show_a_reportless_match_with_its_window_explained()
    {
        var digests = new MatchMerger().Merge([
            new ReportBuilder("preview", "Liverpool", "Aston Villa").Kind(ReportKind.Preview).FactsRead().Published(2023, 5, 18).Title("Liverpool v Aston Villa: team news").Build(),
            new ReportBuilder("reaction", "Liverpool", "Aston Villa").Kind(ReportKind.Reaction).FactsRead().Published(2023, 5, 20).Quote("It was an emotional day.", "Jurgen Klopp").Build(),
        ]);
        foreach (NewsDigest.Rendering.IDigestRenderer renderer in new NewsDigest.Rendering.IDigestRenderer[]
                 { new NewsDigest.Rendering.Markdown.MarkdownDigestRenderer(true), new NewsDigest.Rendering.Text.TextDigestRenderer(true), new NewsDigest.Rendering.Html.HtmlDigestRenderer(true) })
        {
            var output = new StringWriter();
            renderer.Render(digests, output);
            Assert.Contains("No report of Liverpool v Aston Villa is among the sources; a preview and a reaction place the match between Thursday 18th May 2023 and Sunday 21st May 2023.", output.ToString());
            Assert.Contains("match window: 2023-05-18 to 2023-05-21", output.ToString());
        }
    }
}

/// <summary>Near-copies of one text are about one match, whatever a misread score or a late republication says.</summary>
public sealed class NearCopyGroupingTests
{
    private const string Wire = "Real Madrid cruised into the semi-finals on Tuesday, completing an emphatic aggregate win that ends a disastrous season for the London club. "
        + "The home side, with their interim manager back in the dugout, came into the match needing a small miracle after losing the first leg in Spain. "
        + "They created chances early on, but the visitors' goalkeeper saved well twice before the break and the crowd grew restless as time went on. "
        + "Rodrygo struck first after a swift counter-attack in the second half, and then added a second late on to settle any lingering doubt. "
        + "The holders now face a familiar opponent in the last four, while the hosts are left to reflect on a campaign of expensive mistakes.";

    [Fact]
    public void A_near_copy_read_with_a_far_score_joins_its_match_and_an_unrelated_text_does_not()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("agency", "Chelsea", "Real Madrid", Wire).Date(2023, 4, 18).Score(0, 2).Build(),
            new ReportBuilder("misread", "Real Madrid", "Chelsea", Wire.Replace("Tuesday", "Tuesday night")).Date(2023, 4, 18).Score(0, 0).Build(),
            new ReportBuilder("women", "Chelsea", "Real Madrid", "A different match entirely, written for this test: the women's sides drew in a quiet game at Kingsmeadow.").Date(2023, 4, 18).Score(3, 3).Build(),
        ]);
        Assert.Equal(2, groups.Count);
        Assert.Equal(["agency", "misread"], groups[0].Select(m => m.Report.Article.Source));
    }

    [Fact]
    public void A_preview_republished_after_its_match_joins_it_through_its_earlier_copy_but_not_a_meeting_weeks_later()
    {
        var preview = "Written for this test: the forward is determined to carry his side past the German champions in the second leg, "
            + "saying the squad believes it can overturn the deficit at the Allianz Arena despite a long list of injuries and a difficult week. "
            + "The coach is expected to name an attacking side, with the captain returning from suspension and the young winger keeping his place after a bright display at the weekend.";
        var groups = new MatchGrouper().Group([
            new ReportBuilder("report", "Bayern Munich", "PSG").Date(2023, 3, 8).Score(2, 0).Build(),
            new ReportBuilder("preview", "PSG", "Bayern Munich", preview).Kind(ReportKind.Preview).FactsRead().Published(2023, 3, 7).Build(),
            new ReportBuilder("late-copy", "PSG", "Bayern Munich", preview).Kind(ReportKind.Transfer).FactsRead().Published(2023, 3, 12)
                .Title("Forward determined to carry PSG past Bayern").Build(),
            new ReportBuilder("next-season-copy", "PSG", "Bayern Munich", preview).Kind(ReportKind.Transfer).FactsRead().Published(2023, 4, 20)
                .Title("Forward determined to carry PSG past Bayern").Build(),
        ]);
        var group = Assert.Single(groups);
        Assert.Equal(["report", "preview", "late-copy"], group.Select(m => m.Report.Article.Source));
        Assert.Equal(SourceRole.Related, group[2].Role);
    }

    [Fact]
    public void A_piece_of_another_kind_joins_when_its_headline_names_both_teams_by_an_alias()
    {
        var groups = new MatchGrouper().Group([
            new ReportBuilder("report", "Liverpool", "Manchester United").Date(2023, 12, 17).Score(0, 0).Build(),
            new ReportBuilder("misfiled", "Manchester United", "Liverpool").Kind(ReportKind.Transfer).FactsRead().Published(2023, 12, 17).Score(0, 0)
                .Title("Man United defiant show against Liverpool earns them a draw").Build(),
        ]);
        Assert.Equal(["report", "misfiled"], Assert.Single(groups).Select(m => m.Report.Article.Source));
    }
}
