using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Score;
using NewsDigest.Merging;
using NewsDigest.Merging.Fusion;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Tests.Merging;

public sealed class DigestFuserTests
{
    private static MatchDigest MergeOne(params ArticleReport[] reports) => Assert.Single(new MatchMerger().Merge(reports));

    [Fact]
    public void Scores_are_read_with_the_team_order_so_2_1_and_1_2_agree()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France").Score(1, 2).Build(),
            new ReportBuilder("b", "France", "England").Score(2, 1).Build());

        Assert.Equal("England", digest.FirstTeam.Value);
        Assert.Equal(new Scoreline(1, 2), digest.Result!.Score.Value);
        Assert.False(digest.Result.Score.IsConflict);
        Assert.Equal(["S1", "S2"], digest.Result.Score.Sources);
        Assert.Equal("France", digest.Winner);
    }

    [Fact]
    public void Sources_sharing_one_team_in_different_places_never_make_the_team_play_itself()
    {
        // The grouper keeps such reports apart unless something else ties them (in the archive, one report's misread side); the fuser must
        // still give a group it is handed two different sides. Each side's vote is a tie that the fuller name wins, and the shared team is
        // the fuller name in both.
        var digest = new DigestFuser().Fuse([
            new GroupMember(new ReportBuilder("a", "Ayr", "Harbour Town Rovers", "Ayr played Harbour Town Rovers, one outlet wrote.").Build(), SourceRole.Report),
            new GroupMember(new ReportBuilder("b", "Kelso", "Harbour Town Rovers", "Kelso and Harbour Town Rovers, as another outlet read the same game.").Build(), SourceRole.Report)]);

        Assert.NotEqual(digest.FirstTeam.Value, digest.SecondTeam.Value);
        Assert.Contains("Harbour Town Rovers", new[] { digest.FirstTeam.Value, digest.SecondTeam.Value });
    }

    [Fact]
    public void A_reversed_score_in_the_same_team_order_is_a_conflict_and_the_majority_wins()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France", "first independent text about the quarter-final").Date(2022, 12, 10).Score(1, 2).Build(),
            new ReportBuilder("b", "England", "France", "second independent text, from another outlet").Date(2022, 12, 10).Score(2, 1).Build(),
            new ReportBuilder("c", "England", "France", "third account written by a third outlet entirely").Date(2022, 12, 10).Score(1, 2).Build());

        var score = digest.Result!.Score;
        Assert.True(score.IsConflict);
        Assert.Equal(new Scoreline(1, 2), score.Value);
        Assert.Equal(["S1", "S3"], score.Sources);
        Assert.Equal(["S2"], score.Variants[1].Sources);
    }

    [Fact]
    public void A_missing_minute_and_a_misspelt_assist_are_kept_as_variants_of_one_goal()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France").Goal("Harry Kane", "England", null, penalty: true).Goal("Olivier Giroud", "France", 78, assist: "Antoine Griezmann").Build(),
            new ReportBuilder("b", "England", "France").Goal("Kane", "England", 54, penalty: true).Goal("Olivier Giroud", "France", 78, assist: "Antonie Griezmann", method: GoalMethod.Header).Build());

        Assert.Equal(2, digest.Goals.Count);
        var kane = digest.Goals[0];
        Assert.Equal("Harry Kane", kane.Scorer.Value);
        Assert.Equal(new Minute(54), kane.Minute!.Value);
        Assert.Equal(["S1"], kane.Minute.NotStatedBy);
        Assert.True(kane.Minute.IsConflict);
        Assert.Equal(["S1", "S2"], kane.Sources);
        Assert.True(kane.Penalty.Value);

        var giroud = digest.Goals[1];
        Assert.Equal(2, giroud.Assist!.Variants.Count);
        Assert.Equal(["Antoine Griezmann", "Antonie Griezmann"], giroud.Assist.Variants.Select(v => v.Value));
        Assert.Equal(GoalMethod.Header, giroud.Method!.Value);
        Assert.Equal(["S1"], giroud.Method.NotStatedBy);
    }

    [Fact]
    public void A_goal_without_a_minute_joins_the_account_it_fits_best_and_a_surplus_goal_is_unconfirmed()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France", "first outlet").Score(1, 2).Goal("Harry Kane", "England", null, penalty: true).Build(),
            new ReportBuilder("b", "England", "France", "second outlet").Score(1, 2).Goal("Harry Kane", "England", 17).Goal("Harry Kane", "England", 54, penalty: true).Build());

        var penalty = digest.Goals.Single(g => g.Minute?.Value == new Minute(54));
        Assert.Equal(["S1", "S2"], penalty.Sources);
        Assert.False(penalty.Unconfirmed);
        var surplus = digest.Goals.Single(g => g.Minute?.Value == new Minute(17));
        Assert.True(surplus.Unconfirmed);
        Assert.DoesNotContain("17th", NewsDigest.Rendering.Summary.SummaryWriter.Instance.Write(digest).Text);
    }

    [Fact]
    public void Near_copies_of_one_wire_story_count_as_one_source()
    {
        const string wire = "United snatched a late winner against Town when the striker turned in a low cross from the right in the seventy-seventh minute, " +
            "ending a run of four games without a goal. Town had been the better side for long spells and hit the post twice before the break, " +
            "and their manager said afterwards that the result was cruel on his players, who had worked tirelessly from the first whistle.";
        var digest = MergeOne(
            new ReportBuilder("wire-1", "United", "Town", wire).Goal("Sam Striker", "United", 77).Build(),
            new ReportBuilder("wire-2", "United", "Town", wire.Replace("cruel", "harsh")).Goal("Sam Striker", "United", 77).Build(),
            new ReportBuilder("own-1", "United", "Town", "A different account: the striker scored with eleven minutes left after Town had wasted chances.").Goal("Sam Striker", "United", 78).Build(),
            new ReportBuilder("own-2", "United", "Town", "Yet another independent report noting a seventy-eighth minute goal and little else of note.").Goal("Sam Striker", "United", 78).Build());

        var nearCopies = Assert.Single(digest.NearCopies);
        Assert.Equal(["S1", "S2"], nearCopies.Sources);
        var minute = Assert.Single(digest.Goals).Minute!;
        Assert.Equal(new Minute(78), minute.Value);
        Assert.Equal(2, minute.Variants[0].Stories);
        Assert.Equal(1, minute.Variants[1].Stories);
        Assert.Equal(["S1", "S2"], minute.Variants[1].Sources);
    }

    [Fact]
    public void A_goal_credited_to_different_players_at_the_same_minute_is_one_goal_with_two_scorers()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "Rovers", "City", "first text").Goal("Ben Able", "Rovers", 30).Build(),
            new ReportBuilder("b", "Rovers", "City", "second text").Goal("Carl Baker", "Rovers", 30).Build());

        var goal = Assert.Single(digest.Goals);
        Assert.True(goal.Scorer.IsConflict);
        Assert.Equal(["Ben Able", "Carl Baker"], goal.Scorer.Variants.Select(v => v.Value));
    }

    [Fact]
    public void Quotes_are_deduplicated_despite_punctuation_and_truncation_and_keep_every_source()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France").Quote("We gave them a little ammunition with two penalties, but we held on.", "Didier Deschamps", "France coach").Build(),
            new ReportBuilder("b", "England", "France").Quote("we gave them a little ammunition with two penalties", "Deschamps").Quote("It's fine margins.", "Gareth Southgate").Build());

        Assert.Equal(2, digest.Quotes.Count);
        var first = digest.Quotes[0];
        Assert.Equal(["S1", "S2"], first.Sources);
        Assert.Equal("We gave them a little ammunition with two penalties, but we held on.", first.Text.Value);
        Assert.Equal("Didier Deschamps", first.Speaker!.Value);
        Assert.Equal("France coach", first.Role!.Value);
    }

    [Fact]
    public void A_next_fixture_given_as_a_weekday_resolves_against_the_match_date_when_the_article_is_undated()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France").Date(2022, 12, 10).Build(),
            new ReportBuilder("b", "England", "France").Next("France", "Morocco", "France will now meet Morocco on Wednesday.", stage: "semi-final").Build());

        var next = digest.NextFixture!;
        Assert.Equal(new DateOnly(2022, 12, 14), next.Date!.Value);
        Assert.True(next.DateFromWeekday);
        Assert.Equal("Morocco", next.Opponent.Value);
        Assert.Equal("semi-final", next.Stage!.Value);
    }

    [Fact]
    public void A_dated_article_resolves_its_weekday_against_its_own_publication_date()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France").Date(2022, 12, 10).Published(2022, 12, 15).Next("France", "Morocco", "They face Morocco on Wednesday.").Build());
        Assert.Equal(new DateOnly(2022, 12, 21), digest.NextFixture!.Date!.Value);
    }

    [Fact]
    public void Ratings_and_player_of_the_match_keep_their_sources()
    {
        var digest = MergeOne(
            new ReportBuilder("a", "England", "France").Rating("Bellingham", "England", 7).Rating("Mount", "England", null).PlayerOfTheMatch("Olivier Giroud").Build(),
            new ReportBuilder("b", "England", "France").Rating("Jude Bellingham", "England", 8).Build());

        var bellingham = digest.Ratings.Single(r => r.Player.Value == "Jude Bellingham");
        Assert.True(bellingham.Rating.IsConflict);
        Assert.Null(digest.Ratings.Single(r => r.Player.Value == "Mount").Rating.Value.Value);
        Assert.Equal(["S1"], digest.PlayerOfTheMatch!.Sources);
    }
}
