using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

public sealed class ReportShapeTests
{
    [Fact]
    public void Quote_share_counts_the_letters_inside_straight_and_curly_quotes()
    {
        Assert.Equal(0, ReportShape.QuotePercent("Rovers won 2-1 at home."));
        Assert.Equal(0, ReportShape.QuotePercent(""));
        // 10 letters outside ("abcde", "fghij"), 10 inside.
        Assert.Equal(50, ReportShape.QuotePercent("abcde \"klmnopqrst\" fghij"));
        Assert.Equal(50, ReportShape.QuotePercent("abcde “klmnopqrst” fghij"));
        Assert.Equal(100, ReportShape.QuotePercent("“all of it quoted”"));
    }

    [Fact]
    public void Distinct_scorelines_count_each_result_once_whichever_side_leads()
    {
        Assert.Equal(1, ReportShape.DistinctScorelines("Rovers won 2-1. Town had led before the 1-2 became a 2 - 1 win."));
        Assert.Equal(3, ReportShape.DistinctScorelines("City won 3-0, United drew 1–1 and Albion lost 0-2."));
        Assert.Equal(0, ReportShape.DistinctScorelines("No goals today."));
    }

    [Fact]
    public void Seasons_formations_dates_and_long_numbers_are_not_scorelines()
    {
        Assert.Equal(0, ReportShape.DistinctScorelines("The 2023-24 season, a 4-3-3 shape, kick-off 19/08-20 and code A3-1."));
        Assert.Equal(0, ReportShape.DistinctScorelines("Crowd of 123-45 people."));
    }

    [Theory]
    [InlineData("5 talking points from the derby", true)]
    [InlineData("Three things we learned at Wembley", true)]
    [InlineData("  10 standout players of the round", true)]
    [InlineData("3-1 win keeps Rovers top", false)]
    [InlineData("Rovers 3 Town 1: match report", false)]
    [InlineData("Threepeat for City", false)]
    [InlineData("2024 review", false)]
    public void A_title_opening_on_a_count_is_a_list_piece(string title, bool expected) =>
        Assert.Equal(expected, ReportShape.OpensOnCount(title));

    [Theory]
    [InlineData("Rovers beat Town", 1)]
    [InlineData("Rovers beat Town; City, Albion win", 3)]
    [InlineData("Rovers stun Town while City held", 2)]
    [InlineData("a, b, c, d, e, f", 4)]
    public void Title_clauses_are_counted_up_to_four(string title, int expected) =>
        Assert.Equal(expected, ReportShape.TitleClauses(title));

    [Fact]
    public void The_threshold_is_the_centre_of_the_best_neighbourhood_not_a_lone_peak()
    {
        // Reports sit between 0.40 and 0.60, other kinds below 0.40 except one stray at 0.80 and one at 0.15 among the reports' side.
        var probabilities = new List<double>();
        var gold = new List<bool>();
        void Add(double p, bool report) { probabilities.Add(p); gold.Add(report); }
        for (int i = 0; i < 10; i++) Add(0.40 + i * 0.02, true);
        for (int i = 0; i < 10; i++) Add(0.05 + i * 0.03, false);
        Add(0.80, false);
        double threshold = SingleMatchThresholdFitter.Fit(probabilities, gold);
        Assert.InRange(threshold, 0.33, 0.40);
        // Every held-out decision at that threshold but the stray is right.
        int right = probabilities.Select((p, i) => (p >= threshold) == gold[i]).Count(ok => ok);
        Assert.Equal(probabilities.Count - 1, right);
    }

    [Fact]
    public void Equal_neighbourhoods_go_to_the_lowest_threshold()
    {
        // Every threshold gets every decision right: the lowest grid value wins.
        Assert.Equal(0.05, SingleMatchThresholdFitter.Fit([0.99, 0.01], [true, false]));
    }
}
