using NewsDigest.Extraction;
using NewsDigest.Ingest;
using Xunit;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Whose player a sent-off player is (session 30): a side named before a conjunction that opens another clause ("a win over
/// Fulham despite X's red card") does not make X its player. Sentences made up for the tests.</summary>
public sealed class CardSideTests
{
    [Theory]
    [InlineData("Everton edged past Fulham despite Dana Okoro's red card in the 80th minute.")]
    [InlineData("Everton held on against Fulham although Dana Okoro was sent off in the 80th minute.")]
    public void ASideBeforeAConjunctionIsNotTheCardedPlayersSide(string sentence)
    {
        var facts = Extract("Everton 1-0 Fulham.\nEverton beat Fulham at Goodison Park on Saturday.\n" + sentence);
        var card = Assert.Single(facts.Cards, c => c.IsSendingOff);
        Assert.Equal("Dana Okoro", card.Player);
        Assert.NotEqual("Fulham", card.Team);
    }

    private static MatchFacts Extract(string report)
    {
        var context = new ExtractionContext(new Article("test.txt", report));
        foreach (var extractor in DefaultPipeline.Extractors(ExtractionModels.None)) extractor.Extract(context);
        return context.Complete();
    }
}
