using System.Text.RegularExpressions;
using NewsDigest.Extraction.Goals;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>The word-start search for goal triggers finds exactly what a free scan of the same regex finds: it only skips positions, never changes a match.</summary>
public sealed class GoalTriggersTests
{
    private static void AssertSameAsScan(string sentence)
    {
        var expected = GoalTriggers.Scan().Matches(sentence).Select(Describe).ToList();
        var actual = GoalTriggers.Find(sentence).Select(Describe).ToList();
        Assert.Equal(expected, actual);
    }

    private static (int Index, int Length, bool Noun) Describe(Match m) => (m.Index, m.Length, m.Groups["noun"].Success);

    [Theory]
    [InlineData("Smith SCORED twice before Jones Nodded Home a late equaliser.")]
    [InlineData("They went ahead in the 12th minute and were never in front again; the_goal and goal2 are not words.")]
    [InlineData("Rovers go ahead when the ball flew into the top corner, but it was ruled out: no goal.")]
    [InlineData("He had ta\u212Aen the lead with a header; then Brown's opener, a thunderbolt, was the winner.")]
    [InlineData("in on is go net lob hit")]
    [InlineData("A 3-1 win: 2nd-half goals, a penalty and a hat-trick for Kane's second of the night.")]
    [InlineData("")]
    [InlineData("x")]
    public void Written_sentences_give_the_same_matches(string sentence) => AssertSameAsScan(sentence);

    [Fact]
    public void First_words_are_lower_case_and_let_a_plain_goal_through()
    {
        // The prefix tables fold case by setting the ASCII lower-case bit, so an upper-case entry would never match.
        foreach (var word in GoalTriggers.FirstWords)
            Assert.Equal(word, word.ToLowerInvariant());
        Assert.Contains("scored", GoalTriggers.FirstWords);
        Assert.NotEmpty(GoalTriggers.Find("Kane scored."));
    }

    [SharedDataFact]
    public void Sentences_of_real_reports_give_the_same_matches() =>
        RealReportSentences.CheckEach(AssertSameAsScan, GoalTriggers.Scan(), 300, "triggers");
}
