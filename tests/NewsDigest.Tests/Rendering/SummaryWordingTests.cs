using NewsDigest.Merging;
using NewsDigest.Rendering.Summary;
using NewsDigest.Tests.Merging;

namespace NewsDigest.Tests.Rendering;

public sealed class SummaryWordingTests
{
    private static MatchDigest ShootOut() => Assert.Single(new MatchMerger().Merge([
        new ReportBuilder("cup.txt", "Celtic", "Rangers", "the cup semi-final went to penalties").ScoreWithShootout(1, 1, 5, 4)
            .Goal("Daizen Maeda", "Celtic", 90).Goal("Cyriel Dessers", "Rangers", 38).Build(),
    ]));

    [Fact]
    public void A_shoot_out_is_told_once_with_its_score()
    {
        var first = SummaryWriter.Instance.Write(ShootOut()).Sentences[0].Text;
        Assert.StartsWith("Celtic beat Rangers 5-4 on penalties after a 1-1 draw", first);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(first, "on penalties"));
    }

    [Fact]
    public void A_team_name_ending_in_s_takes_the_apostrophe_alone()
    {
        var text = SummaryWriter.Instance.Write(ShootOut()).Text;
        Assert.Contains("Rangers' goal came from Cyriel Dessers", text);
        Assert.Contains("Celtic's goal came from Daizen Maeda", text);
        Assert.DoesNotContain("Rangers's", text);
    }
}

public sealed class VenueWordingTests
{
    private static string FirstSentence(string venue, string sentence) =>
        SummaryWriter.Instance.Write(Assert.Single(new MatchMerger().Merge([
            new ReportBuilder("venue.txt", "Brighton", "Fulham").Score(0, 0).Venue(venue, sentence).Build(),
        ]))).Sentences[0].Text;

    [Fact]
    public void A_ground_the_source_calls_the_Amex_Stadium_keeps_its_article()
    {
        Assert.Contains("at the Amex Stadium", FirstSentence("Amex Stadium", "Brighton were held at the Amex Stadium on Sunday."));
    }

    [Fact]
    public void A_ground_written_bare_stays_bare()
    {
        var first = FirstSentence("Elland Road", "The crowd at Elland Road saw no goals.");
        Assert.Contains("at Elland Road", first);
        Assert.DoesNotContain("the Elland Road", first);
    }
}

public sealed class CountedScoreWordingTests
{
    private static string FirstSentence(ReportBuilder report) =>
        SummaryWriter.Instance.Write(Assert.Single(new MatchMerger().Merge([report.Build()]))).Sentences[0].Text;

    [Fact]
    public void A_score_counted_from_the_goals_says_no_report_states_it()
    {
        var first = FirstSentence(new ReportBuilder("counted.txt", "Ferndale Town", "Harwick Rovers").CountedScore(2, 1)
            .Goal("Sam Pryce", "Ferndale Town", 20).Goal("Lee Corbin", "Harwick Rovers", 60).Goal("Sam Pryce", "Ferndale Town", 81));
        Assert.StartsWith("Ferndale Town beat Harwick Rovers 2-1", first);
        Assert.Contains("no report states the score", first);
    }

    [Fact]
    public void A_stated_score_says_nothing_of_counting()
    {
        var first = FirstSentence(new ReportBuilder("stated.txt", "Ferndale Town", "Harwick Rovers").Score(2, 1));
        Assert.DoesNotContain("states the score", first);
    }
}
