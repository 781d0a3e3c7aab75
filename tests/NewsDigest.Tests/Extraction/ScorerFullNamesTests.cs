using NewsDigest.Extraction;
using NewsDigest.Ingest;
using Xunit;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Whole names of scorers, carded players and penalty takers (session 16): particles inside a name ("van der", "Ó", "Ap",
/// "El"), a family name written first that is also an English word ("Park Seong-min"), a role word before the name ("Skipper").
/// The spec files compare surnames only, so these check the full name. Sentences made up for the tests.</summary>
public sealed class ScorerFullNamesTests
{
    private const string Opening = "Harbour Town 2-1 Riverside.\nHarbour Town beat Riverside at the Dell on Saturday.\n";

    [Theory]
    [InlineData("Ruben van der Heijden side-footed home in the 12th minute.", "Ruben van der Heijden")]
    [InlineData("Harbour Town led when Ruben van der Heijden side-footed home in the 12th minute.", "Ruben van der Heijden")]
    [InlineData("Dylan Ap Iorwerth headed in after eight minutes.", "Dylan Ap Iorwerth")]
    [InlineData("Winger Ilias El Khatib curled in the opener in the 12th minute.", "Ilias El Khatib")]
    [InlineData("Marcos de la Fuente slotted home in the 12th minute.", "Marcos de la Fuente")]
    [InlineData("Park Seong-min headed the winner in the 89th minute.", "Park Seong-min")]
    [InlineData("Harbour Town went ahead when Oh Hyeon-gyu fired in after 12 minutes.", "Oh Hyeon-gyu")]
    [InlineData("Skipper Callum Oyelaran nodded in from a corner on 33 minutes.", "Callum Oyelaran")]
    [InlineData("Homegrown midfielder Caden Whitfield fired in on 33 minutes.", "Caden Whitfield")]
    public void GoalScorerIsTheWholeName(string sentence, string expected)
    {
        var facts = Extract(Opening + sentence);
        Assert.Contains(facts.Goals, g => g.Player == expected);
    }

    /// <summary>A local paper's report opening on its first word in capitals (session 18): the name is the one written in title case.</summary>
    [Theory]
    [InlineData("TOMAS Hallorann headed the winner in the 89th minute.\nHallorann was mobbed by his team-mates.", "Tomas Hallorann")]
    [InlineData("GETHIN Pryce-Lloyd's header on 33 minutes settled it.\nThe winger was later replaced.", "Gethin Pryce-Lloyd")]
    public void ScorerNamedByACapitalsOpenerIsTheWholeNameInTitleCase(string paragraph, string expected)
    {
        var facts = Extract(Opening + paragraph);
        Assert.Contains(facts.Goals, g => g.Player == expected);
    }

    [Theory]
    [InlineData("ANDREW Macrae", "Andrew Macrae")]
    [InlineData("O'NEILL Byrne", "O'Neill Byrne")]
    [InlineData("Andrew Macrae", "Andrew Macrae")]
    [InlineData("KAA GENT", "KAA GENT")]
    public void CapitalsOpenerIsCasedOnlyBeforeATitleCaseWord(string name, string expected) =>
        Assert.Equal(expected, NewsDigest.Extraction.People.PersonIndex.WithCapitalsOpenerCased(name));

    [Fact]
    public void CardForAGaelicNameIsOneCardWithTheWholeName()
    {
        var facts = Extract(Opening + "Seán Ó Ceallaigh was sent off in the 64th minute for a second yellow card.\nLater Ó Ceallaigh apologised to the fans.");
        var card = Assert.Single(facts.Cards, c => c.IsSendingOff);
        Assert.Equal("Seán Ó Ceallaigh", card.Player);
    }

    private static MatchFacts Extract(string report)
    {
        var context = new ExtractionContext(new Article("test.txt", report));
        foreach (var extractor in DefaultPipeline.Extractors(ExtractionModels.None)) extractor.Extract(context);
        return context.Complete();
    }
}
