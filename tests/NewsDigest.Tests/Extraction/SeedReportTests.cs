using NewsDigest.Extraction;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Text;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>The two seed reports of England 1-2 France (../shared/seeds) yield every fact issue 2 lists, by the same code that reads any report.</summary>
public sealed class SeedReportTests
{
    private static (MatchFacts Short, MatchFacts Long) Seeds()
    {
        var files = Directory.GetFiles(SharedData.PathTo("seeds"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        MatchFacts Read(string path)
        {
            var article = PlainTextReader.FromText(path, File.ReadAllText(path)).Article!;
            var report = DefaultPipeline.Create().Extract(article);
            Assert.True(report.IsMatchReport, $"{path} should read as a match report");
            return report.Match!;
        }
        return (Read(files[0]), Read(files[1]));
    }

    [SharedDataFact]
    public void Both_seeds_give_teams_score_competition_and_stage()
    {
        var (a, b) = Seeds();
        foreach (var m in new[] { a, b })
        {
            Assert.Equal(("England", "France"), (m.Teams!.First, m.Teams.Second));
            Assert.Equal((1, 2), (m.Result!.Score.First, m.Result.Score.Second));
            Assert.Equal("FIFA World Cup", m.Competition?.Value);
            Assert.Equal("quarter-final", m.Stage?.Value);
        }
        Assert.Equal("Al Bayt Stadium", a.Venue?.Value);
        Assert.Equal(new DateOnly(2022, 12, 10), a.Date?.Value);
    }

    [SharedDataFact]
    public void The_long_seed_gives_goals_with_minutes_penalty_header_and_assist()
    {
        var (_, b) = Seeds();
        var goals = b.Goals.Select(g => (g.Player.Split(' ')[^1], g.Minute?.Regular, g.Penalty, g.Team)).ToArray();
        Assert.Equal([("Tchouameni", 17, false, "France"), ("Kane", 54, true, "England"), ("Giroud", 78, false, "France")], goals);
        Assert.Equal(NewsDigest.Extraction.Goals.GoalMethod.Header, b.Goals[2].Method);
        Assert.Contains("Griezmann", b.Goals[2].Assist);
        var missed = Assert.Single(b.MissedPenalties);
        Assert.Equal(("Harry Kane", 84), (missed.Player, missed.Minute?.Regular));
    }

    [SharedDataFact]
    public void The_seeds_give_quotes_ratings_player_of_the_match_and_next_fixture()
    {
        var (a, b) = Seeds();
        Assert.Equal(new string?[] { "Didier Deschamps", "Didier Deschamps", "Gareth Southgate" }, a.Quotes.Select(q => q.Speaker).ToArray());
        Assert.Equal(new string?[] { "France coach", "France coach", "England coach" }, a.Quotes.Select(q => q.SpeakerRole).ToArray());
        Assert.Equal("Olivier Giroud", b.PlayerOfTheMatch?.Value);
        Assert.Equal(27, b.Ratings.Count);
        Assert.Contains(b.Ratings, r => r.Player == "Mount" && r.Rating is null && r.Team == "England");
        Assert.Equal(("France", "Morocco", "semi-final", DayOfWeek.Wednesday), (b.NextFixture!.Team, b.NextFixture.Opponent, b.NextFixture.Stage, b.NextFixture.Weekday));
        Assert.All(b.Goals.Select(g => g.Evidence).Concat(a.Quotes.Select(q => q.Evidence)), e => Assert.False(string.IsNullOrEmpty(e.Sentence)));
    }

    [Fact]
    public void An_article_that_names_no_match_gives_no_facts()
    {
        var report = DefaultPipeline.Create().Extract(new Article("note", "The club announced a new kit supplier and a summer tour of Asia."));
        Assert.False(report.IsMatchReport);
        Assert.Null(report.Match);
    }
}
