using NewsDigest.Evaluation.Extraction;

namespace NewsDigest.Tests.ExtractionTests;

public class ScoreStatedCeilingTests
{
    [Fact]
    public void A_scoreline_in_either_order_is_printed()
    {
        Assert.True(ScoreStatedCeiling.IsPrinted("Fulham were beaten 1-3 at home.", 3, 1));
        Assert.True(ScoreStatedCeiling.IsPrinted("It finished 2 - 2 after a late header.", 2, 2));
    }

    [Fact]
    public void A_result_told_only_in_words_is_not_printed()
    {
        Assert.False(ScoreStatedCeiling.IsPrinted("Smith scored the only goal as Leeds beat Hull.", 1, 0));
        Assert.False(ScoreStatedCeiling.IsPrinted("They led 2-0 at the break before Hull struck three times.", 2, 3));
    }

    [Fact]
    public void A_goalless_draw_is_printed_in_words()
    {
        Assert.True(ScoreStatedCeiling.IsPrinted("A goalless draw at the Den.", 0, 0));
        Assert.False(ScoreStatedCeiling.IsPrinted("A goalless first half at the Den.", 1, 0));
    }
}
