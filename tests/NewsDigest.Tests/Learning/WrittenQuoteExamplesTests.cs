using NewsDigest.Evaluation.Extraction;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

/// <summary>The written batches' quote gold as speaker-ranker examples: batch by batch, a person's quote labelled with the candidate
/// naming that person, a body's words left out.</summary>
public sealed class WrittenQuoteExamplesTests
{
    private const string Text = "Harbour beat Kestrel 2-1 on Saturday at Mill Lane.\n"
        + "Harbour coach Dana Pell was pleased with the finish. \"We kept going right to the end and got our reward,\" Pell said.\n"
        + "The league confirmed the result in a short note: \"The match was played to a finish in front of a full house.\"\n";

    private static GoldQuote Quote(string corpus, string words, string? speaker)
    {
        int at = Text.IndexOf(words, StringComparison.Ordinal);
        return new GoldQuote(corpus, "w-1", at, at + words.Length, speaker);
    }

    [Fact]
    public void PersonQuoteIsLabelledWithTheSpeakersCandidateAndBodyWordsAreLeftOut()
    {
        var gold = new GoldReport("written99", "w-1", "Harbour", "Kestrel", 2, 1);
        var c = new GoldCase("written99", "w-1", Text, gold)
        {
            Quotes = [Quote("written99", "We kept going right to the end and got our reward,", "Dana Pell"), Quote("written99", "The match was played to a finish in front of a full house.", null)],
        };
        var other = new GoldCase("written98", "w-2", "Harbour drew 0-0 with Kestrel.", gold);

        var batches = WrittenQuoteExamples.ByBatch([c, other]);

        Assert.Equal(["written98", "written99"], batches.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(batches["written98"]);
        var example = Assert.Single(batches["written99"]);
        Assert.Equal('"', Text[example.Quote.Start]);
        Assert.EndsWith("Pell", example.Candidates[example.Speaker].Name, StringComparison.Ordinal);
    }
}
