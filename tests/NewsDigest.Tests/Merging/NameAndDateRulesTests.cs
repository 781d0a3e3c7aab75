using NewsDigest.Merging;
using NewsDigest.Merging.Fusion;
using NewsDigest.Merging.Grouping;

namespace NewsDigest.Tests.Merging;

public sealed class NameAndDateRulesTests
{
    [Theory]
    [InlineData("Man Utd", "Manchester United FC")]
    [InlineData("the Red Devils", "Manchester United")]
    [InlineData("Blackburn", "Blackburn Rovers")]
    [InlineData("Spurs", "Tottenham Hotspur")]
    [InlineData("Wolverhampton Wanderers", "Wolves")]
    [InlineData("Brighton & Hove Albion", "Brighton")]
    [InlineData("Les Bleus", "France")]
    public void Team_aliases_share_a_key(string a, string b) =>
        Assert.Equal(TeamNameNormalizer.Default.Key(a), TeamNameNormalizer.Default.Key(b));

    [Theory]
    [InlineData("Manchester United", "Manchester City")]
    [InlineData("Sheffield United", "Sheffield Wednesday")]
    [InlineData("England", "England Women")]
    public void Different_clubs_keep_different_keys(string a, string b) =>
        Assert.NotEqual(TeamNameNormalizer.Default.Key(a), TeamNameNormalizer.Default.Key(b));

    [Theory]
    [InlineData("Aurelien Tchouameni", "Aurélien Tchouaméni", true)]
    [InlineData("Tchouameni", "Aurélien Tchouaméni", true)]
    [InlineData("Antonie Griezmann", "Antoine Griezmann", true)]
    [InlineData("T. Hernandez", "Theo Hernandez", true)]
    [InlineData("Theo Hernandez", "Lucas Hernandez", false)]
    [InlineData("Harry Kane", "Bukayo Saka", false)]
    public void Person_names_match_across_spellings_but_not_across_people(string a, string b, bool same) =>
        Assert.Equal(same, PersonNameMatcher.SamePerson(a, b));

    [Theory]
    [InlineData("2022-12-10", "Wednesday", "2022-12-14")]
    [InlineData("2022-12-14", "Wednesday", "2022-12-21")]
    [InlineData("2023-12-31", "Monday", "2024-01-01")]
    public void A_weekday_resolves_to_the_first_such_day_after_the_anchor(string anchor, string sentenceDay, string expected)
    {
        var day = WeekdayResolver.WeekdayIn($"They meet again on {sentenceDay}.");
        Assert.NotNull(day);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), WeekdayResolver.Next(DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture), day!.Value));
    }

    [Fact]
    public void A_sentence_naming_two_weekdays_gives_no_weekday() =>
        Assert.Null(WeekdayResolver.WeekdayIn("They trained on Monday and travel on Tuesday."));

    [Theory]
    [InlineData("We gave them a little ammunition with two penalties, but it is with hearts and guts that we held on.", "we gave them a little ammunition with two penalties", true)]
    [InlineData("It's fine margins and things at both ends that decided the game.", "It’s fine margins and things at both ends that have decided the game", true)]
    [InlineData("We were the better side.", "They were lucky tonight and they know it.", false)]
    public void Quotes_match_despite_punctuation_truncation_and_small_changes(string a, string b, bool same) =>
        Assert.Equal(same, QuoteSimilarity.Of(a, b) >= QuoteSimilarity.SameQuote);
}
