using NewsDigest.Extraction;
using NewsDigest.Extraction.Goals;
using NewsDigest.Ingest;
using Xunit;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Scorer names that are a body's, and a title-case headline's verb run into a scorer's name.</summary>
public sealed class ScorerNameShapesTests
{
    [Theory]
    [InlineData("Soccer")]
    [InlineData("Colorado Soccer")]
    [InlineData("National Football League")]
    public void A_league_or_club_word_makes_a_body_name(string name) => Assert.True(ScorerNameShapes.IsBodyName(name));

    [Theory]
    [InlineData("Nia Holt")]
    [InlineData("Sam Kerr")]
    [InlineData("Erling Haaland")]
    public void A_player_name_is_no_body_name(string name) => Assert.False(ScorerNameShapes.IsBodyName(name));

    [Theory]
    [InlineData("Reviewing Christine Sinclair", "Christine Sinclair")]
    [InlineData("Featuring Nia Holt", "Nia Holt")]
    [InlineData("Erling Haaland", "Erling Haaland")]
    [InlineData("Jing Wang", "Jing Wang")]
    [InlineData("Sterling Jones", "Sterling Jones")]
    [InlineData("Reviewing Holt", "Reviewing Holt")]
    public void A_leading_headline_verb_is_cut_only_before_a_full_name(string name, string expected) =>
        Assert.Equal(expected, ScorerNameShapes.WithoutHeadlineVerb(name));

    [Fact]
    public void A_report_credits_the_goal_to_the_name_without_the_headline_verb()
    {
        var context = new ExtractionContext(new Article("spec:headline-verb",
            "The last home game: Reviewing Nia Holt's farewell at the Dell\nHarbour Town 2-0 Riverside.\nHarbour Town beat Riverside at the Dell.\n" +
            "Kai Dorn scored in the 23rd minute. In the 84th minute, Holt netted from a tight angle."));
        foreach (var extractor in DefaultPipeline.Extractors(ExtractionModels.None)) extractor.Extract(context);
        Assert.Contains(context.Goals, g => g.Player == "Nia Holt");
        Assert.DoesNotContain(context.Goals, g => g.Player.StartsWith("Reviewing", StringComparison.Ordinal));
    }
}
