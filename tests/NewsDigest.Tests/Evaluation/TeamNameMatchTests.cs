using NewsDigest.Evaluation.Extraction;

namespace NewsDigest.Tests.Evaluation;

/// <summary>The evaluation's alias-tolerant side comparison: forms of one small club match, other clubs never do.</summary>
public sealed class TeamNameMatchTests
{
    [Theory]
    [InlineData("Maitland", "Maitland FC")]
    [InlineData("Broadmeadow Magic", "Broadmeadow")]
    [InlineData("Maitland", "Maitland Magpies")]
    [InlineData("Labasa Women FC", "Labasa")]
    [InlineData("Kirkwall Rovers", "kirkwall rovers")]
    [InlineData("Pénarol Sur", "Penarol Sur")]
    [InlineData("St Joseph's Convent", "St Josephs Convent")]
    [InlineData("Manchester United", "Man Utd")]
    [InlineData("SK Slavia Praha", "Slavia Prague")] // club-kind letters around a name the gazetteer knows bare
    [InlineData("AC Sparta Praha", "Sparta Prague")]
    [InlineData("Legia Warszawa", "Legia Warsaw")]
    public void Forms_of_one_side_match(string gold, string extracted) => Assert.True(TeamNameMatch.Same(gold, extracted));

    [Theory]
    [InlineData("Kirkwall Rovers", "Kirkwall Thistle")]
    [InlineData("Manchester United", "Manchester City")]
    [InlineData("Newcastle Olympic", "Newcastle")] // "Newcastle" is Newcastle United to the gazetteer
    [InlineData("Broadmeadow Magic", "Magic Broadmeadow Juniors United")]
    [InlineData("Maitland FC", "FC")]
    [InlineData("Maitland", "")]
    [InlineData("SK Slavia Praha", "Sparta Prague")]
    [InlineData("AC Sparta", "AC Milan")] // the letters alone never make two clubs one
    public void Other_sides_do_not_match(string gold, string extracted) => Assert.False(TeamNameMatch.Same(gold, extracted));

    [Fact]
    public void A_pair_matches_in_either_order_only_side_by_side()
    {
        Assert.True(TeamNameMatch.SamePair("Broadmeadow Magic", "Maitland", "Maitland FC", "Broadmeadow"));
        Assert.False(TeamNameMatch.SamePair("Broadmeadow Magic", "Maitland", "Broadmeadow", "Broadmeadow Magic"));
    }
}
