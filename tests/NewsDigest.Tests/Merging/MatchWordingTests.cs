using NewsDigest.Merging.Grouping;

namespace NewsDigest.Tests.Merging;

public sealed class MatchWordingTests
{
    [Theory]
    [InlineData("Everton v Fulham: team news and predicted line-ups", true)]
    [InlineData("Chelsea vs. Aston Villa - how to watch", true)]
    [InlineData("Real Madrid's Rodrygo looks ahead to the Man City test", true)]
    [InlineData("Everton 1 Newcastle 4 - the instant reaction", true)]
    [InlineData("Liverpool 1-1 Aston Villa: player ratings", true)]
    [InlineData("Ten Hag says United must learn from Galatasaray draw", true)]
    [InlineData("Liverpool and Man United want to sign the defender", false)]
    [InlineData("Premier League: Arsenal & Man City - who will win the title?", false)]
    [InlineData("Arsenal sign Havertz from Chelsea for 65m", false)]
    [InlineData(null, false)]
    public void A_headline_speaks_of_a_match_by_a_fixture_result_or_match_day_word_or_a_scoreline(string? headline, bool expected) =>
        Assert.Equal(expected, MatchWording.InHeadline(headline));
}
