using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

public sealed class ReportNarrationTests
{
    [Theory]
    [InlineData("Harbour Town beat Millbrook Rangers 2-1 on Saturday afternoon.", true)]
    [InlineData("Goals from Okafor and Reyes gave Harbour a 2-1 win over Millbrook at Quay Park.", true)]
    [InlineData("The hosts drew 1-1 with Millbrook in a scrappy game at Quay Park.", true)]
    [InlineData("Harbour were held by the visiting Millbrook side in a goalless stalemate.", true)]
    [InlineData("Harbour fell to a 3-0 defeat against Millbrook despite an early flurry.", true)]
    [InlineData("Harbour hope to win the league this season if the squad stays fit.", false)]
    [InlineData("The manager said he was happy with the way his players trained this week.", false)]
    [InlineData("Harbour will face Millbrook on Saturday in a match that could decide the title.", false)]
    public void A_sentence_states_a_result_when_a_result_word_reaches_a_named_side(string sentence, bool expected) =>
        Assert.Equal(expected, ReportNarration.StatesResultBetweenSides(sentence));

    [Fact]
    public void The_lead_result_is_found_after_short_boilerplate_lines_and_counts_sentences_of_substance()
    {
        const string body = "Latest Headlines\nSubscribe now\nHarbour Town came from behind on a cold night at Quay Park. "
            + "Second-half goals from Okafor and Reyes earned a 2-1 win over Millbrook. The result lifts them to fourth.";
        Assert.Equal(2, ReportNarration.LeadResultSentence(body));
        Assert.Equal(0, ReportNarration.LeadResultSentence("Harbour Town have named their squad for the new season. The manager is pleased with it. Training starts on Monday at the club's ground."));
    }

    [Fact]
    public void A_result_after_the_third_sentence_of_substance_is_not_a_lead()
    {
        const string body = "The season has been a long one for everyone at the club. Supporters have waited for better days all winter. "
            + "The squad has been thin since the autumn injuries began. Harbour beat Millbrook 2-1 on Saturday at Quay Park.";
        Assert.Equal(0, ReportNarration.LeadResultSentence(body));
    }

    [Fact]
    public void Minute_marks_come_in_every_usual_form_but_a_length_of_time_is_not_one()
    {
        Assert.Equal(1, ReportNarration.MinuteMarks("Okafor scored in the 59th minute."));
        Assert.Equal(1, ReportNarration.MinuteMarks("a 59th-minute header"));
        Assert.Equal(1, ReportNarration.MinuteMarks("Reyes (23') and"));
        Assert.Equal(1, ReportNarration.MinuteMarks("deep into stoppage time, 90+4, he struck"));
        Assert.Equal(1, ReportNarration.MinuteMarks("Harbour led on 54 minutes"));
        Assert.Equal(1, ReportNarration.MinuteMarks("Harbour led after 20 minutes"));
        Assert.Equal(0, ReportNarration.MinuteMarks("They played 90 minutes without a shot, and it is the 2023-24 season's 4th match."));
    }

    [Fact]
    public void Rates_are_per_thousand_words_so_a_short_and_a_long_text_of_the_same_density_share_a_bucket()
    {
        Assert.Equal(ReportNarration.RateBucket(3, 100), ReportNarration.RateBucket(30, 1000));
        Assert.Equal(0u, ReportNarration.RateBucket(0, 500));
        Assert.True(ReportNarration.RateBucket(10, 100) > ReportNarration.RateBucket(1, 100));
    }

    [Fact]
    public void Words_scoring_past_tense_and_future_words_are_counted_per_occurrence_in_one_pass()
    {
        Assert.Equal(new WordRates(10, 3, 1, 0), ReportNarration.CountWords("Okafor scored a header and then a penalty went wide."));
        Assert.Equal(2, ReportNarration.CountWords("Okafor equalised and Reyes headed in; a red card.").PastTense);
        Assert.Equal(new WordRates(4, 0, 0, 2), ReportNarration.CountWords("Harbour will face Millbrook."));
    }
}
