using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;

namespace NewsDigest.Tests.ExtractionTests;

public class MinuteStatedCeilingTests
{
    [Fact]
    public void Every_minute_form_is_listed_and_later_counts_from_the_one_before()
    {
        var minutes = MinuteStatedCeiling.StatedMinutes(
            "Smith scored in the 12th minute. Jones replied eight minutes later. Brown sealed it in the second minute of stoppage time.");
        Assert.Equal([new Minute(12), new Minute(20), new Minute(90, 2)], minutes);
    }

    [Fact]
    public void A_text_that_never_times_a_goal_states_no_minute()
    {
        Assert.Empty(MinuteStatedCeiling.StatedMinutes("Smith scored just before the break and Jones added a late second."));
    }
}
