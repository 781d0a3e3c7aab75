using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Extraction.Score;
using NewsDigest.Extraction.Teams;
using NewsDigest.Ingest;
using NewsDigest.Text;

namespace NewsDigest.Tests.ExtractionTests;

public class GoalTeamsFromScoreTests
{
    private static IReadOnlyList<Goal> Run(int first, int second, params (string Player, string? Team)[] goals)
    {
        var context = new ExtractionContext(new Article("case.txt", "Home beat Away."));
        var evidence = context.EvidenceFor(new TextSpan(0, 15));
        context.Facts = context.Facts with
        {
            Teams = new TeamPair("Home", "Away", evidence),
            Result = new MatchResult(new Scoreline(first, second), null, false, evidence),
        };
        context.Goals.AddRange(goals.Select(g => new Goal(g.Player, g.Team, null, evidence)));
        new GoalTeamsFromScoreExtractor().Extract(context);
        return context.Complete().Goals;
    }

    [Fact]
    public void The_only_goal_of_a_one_nil_win_is_the_winners()
    {
        Assert.Equal("Home", Assert.Single(Run(1, 0, ("Gabriel", null))).Team);
    }

    [Fact]
    public void Unknown_goals_go_to_the_side_that_still_lacks_them()
    {
        var goals = Run(2, 1, ("Calvert-Lewin", "Away"), ("James", null), ("Gray", null));
        Assert.Equal(["Away", "Home", "Home"], goals.Select(g => g.Team));
    }

    [Theory]
    [InlineData(2, 2)] // either side could own the unknown goals
    [InlineData(3, 1)] // the goals read do not add up to the score
    public void Nothing_is_guessed_when_the_score_leaves_a_choice(int first, int second)
    {
        var goals = Run(first, second, ("A", "Home"), ("B", null), ("C", null));
        Assert.Null(goals[1].Team);
        Assert.Null(goals[2].Team);
    }
}
