using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Evaluation;

/// <summary>How a gold goal without a minute is scored: matched by a minute-less extracted goal of the same scorer only in text-read gold.</summary>
public sealed class UnstatedMinuteMatchTests
{
    // Written for this test: the only goal has no minute in the text.
    private const string Text = "Arsenal beat Chelsea 1-0 at the Emirates Stadium on Sunday.\n\nBukayo Saka scored the only goal late on after a long spell of Arsenal pressure.";

    private static ExtractionScores Score(bool unstatedMinutesMatch, int? goldMinute)
    {
        var gold = new GoldReport("news", "unstated-minute-case", "Arsenal", "Chelsea", 1, 0)
        {
            Goals = [new GoldGoal("Bukayo Saka", "Arsenal", goldMinute, null, false, false)],
            UnstatedMinutesMatch = unstatedMinutesMatch,
        };
        var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(), DefaultPipeline.Extractors(ExtractionModels.None));
        var scores = evaluator.Score([new GoldCase("news", gold.Id, Text, gold)], [], new Dictionary<(string, string), string>(), new HashSet<DataSplit.Part>(), TextWriter.Null);
        return scores.Single().Value;
    }

    [Fact]
    public void The_extractor_reads_the_goal_without_a_minute()
    {
        var report = DefaultPipeline.Create().Extract(new NewsDigest.Ingest.Article("unstated-minute-case", Text));

        var goal = Assert.Single(report.Match!.Goals);
        Assert.Null(goal.Minute);
    }

    [Fact]
    public void Text_read_gold_matches_a_goal_both_leave_without_a_minute()
    {
        var s = Score(unstatedMinutesMatch: true, goldMinute: null);

        Assert.Equal(1, s.Goals.TruePositives);
        Assert.Equal(0, s.Goals.FalseNegatives);
    }

    [Fact]
    public void Table_gold_keeps_a_missing_minute_unmatchable()
    {
        var s = Score(unstatedMinutesMatch: false, goldMinute: null);

        Assert.Equal(0, s.Goals.TruePositives);
        Assert.Equal(1, s.Goals.FalseNegatives);
    }

    [Fact]
    public void A_gold_minute_is_not_matched_by_a_goal_without_one()
    {
        var s = Score(unstatedMinutesMatch: true, goldMinute: 88);

        Assert.Equal(0, s.Goals.TruePositives);
    }
}
