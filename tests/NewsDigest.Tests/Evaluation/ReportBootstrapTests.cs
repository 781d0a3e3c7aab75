using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Evaluation;

/// <summary>Report-bootstrap intervals of the extraction figures: how far a split of that many reports lets a figure move.</summary>
public sealed class ReportBootstrapTests
{
    private static ExtractionScores Reports(int right, int wrong)
    {
        var s = new ExtractionScores();
        for (int i = 0; i < right; i++) s.ReportOutcomes.Add(new ReportOutcome(true, true, true, new PrecisionRecall(2, 0, 0)));
        for (int i = 0; i < wrong; i++) s.ReportOutcomes.Add(new ReportOutcome(false, false, true, new PrecisionRecall(0, 1, 2)));
        return s;
    }

    [Fact]
    public void A_split_read_right_throughout_has_no_room_to_move()
    {
        var i = ReportBootstrap.Of(Reports(20, 0), 500, 7);

        Assert.Equal(new ReportBootstrap.Interval(1, 1), i.Teams);
        Assert.Equal(new ReportBootstrap.Interval(1, 1), i.GoalsF1);
    }

    [Fact]
    public void The_interval_holds_the_figure_and_is_the_same_for_the_same_seed()
    {
        var s = Reports(68, 16);

        var first = ReportBootstrap.Of(s, 1000, 11);
        var again = ReportBootstrap.Of(s, 1000, 11);

        Assert.Equal(first, again);
        var teams = first.Teams!.Value;
        Assert.InRange(68.0 / 84, teams.Low, teams.High);
        Assert.True(teams.High - teams.Low is > 0.05 and < 0.3, $"{teams}");
    }

    [Fact]
    public void Ten_times_the_reports_give_a_narrower_interval()
    {
        var small = ReportBootstrap.Of(Reports(8, 2), 1000, 3).Teams!.Value;
        var large = ReportBootstrap.Of(Reports(80, 20), 1000, 3).Teams!.Value;

        Assert.True(large.High - large.Low < (small.High - small.Low) / 2, $"small {small}, large {large}");
    }

    [Fact]
    public void Quotes_move_with_their_article()
    {
        // One article with 30 quotes all wrong beside 30 articles of one right quote each: drawing articles, not quotes, makes the
        // speaker figure swing with whether that article is drawn.
        var clustered = new ExtractionScores();
        clustered.QuoteOutcomes.Add(new QuoteArticleOutcome(30, 0));
        for (int i = 0; i < 30; i++) clustered.QuoteOutcomes.Add(new QuoteArticleOutcome(1, 1));
        var spread = new ExtractionScores();
        for (int i = 0; i < 30; i++) spread.QuoteOutcomes.Add(new QuoteArticleOutcome(2, 1));

        var wide = ReportBootstrap.Of(clustered, 1000, 5).Speakers!.Value;
        var narrow = ReportBootstrap.Of(spread, 1000, 5).Speakers!.Value;

        Assert.Equal(new ReportBootstrap.Interval(0.5, 0.5), narrow);
        Assert.True(wide.High - wide.Low > 0.3, $"{wide}");
    }

    [Fact]
    public void Nothing_to_resample_gives_no_interval()
    {
        var i = ReportBootstrap.Of(new ExtractionScores(), 100, 1);

        Assert.Null(i.Teams);
        Assert.Null(i.GoalsF1);
        Assert.Null(i.Speakers);
    }

    [Fact]
    public void The_evaluator_keeps_one_outcome_per_report()
    {
        // Written for this test.
        const string text = "Arsenal beat Chelsea 2-0 at the Emirates Stadium on Sunday.\n\nBukayo Saka scored in the 12th minute and Kai Havertz added a second in the 70th minute.";
        var gold = new GoldReport("news", "bootstrap-case", "Arsenal", "Chelsea", 2, 0)
        {
            Goals = [new GoldGoal("Bukayo Saka", "Arsenal", 12, null, false, false), new GoldGoal("Declan Rice", "Arsenal", 70, null, false, false)],
        };
        var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(), DefaultPipeline.Extractors(ExtractionModels.None));

        var s = evaluator.Score([new GoldCase("news", gold.Id, text, gold)], [], new Dictionary<(string, string), string>(), new HashSet<DataSplit.Part>(), TextWriter.Null).Single().Value;

        var outcome = Assert.Single(s.ReportOutcomes);
        Assert.True(outcome.TeamsRight);
        Assert.True(outcome.ScoreRight);
        Assert.True(outcome.GoalsScored);
        Assert.Equal(new PrecisionRecall(1, 1, 1), outcome.Goals);
    }
}
