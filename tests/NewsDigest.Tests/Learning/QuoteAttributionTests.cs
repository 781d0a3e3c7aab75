using NewsDigest.Learning.Models;
using NewsDigest.Learning.Training;
using NewsDigest.Text;

namespace NewsDigest.Tests.Learning;

public sealed class QuoteAttributionTests
{
    [Theory]
    [InlineData("\"We were the better side all night,\" said Tom Brown.", "Tom Brown")]
    [InlineData("\"We were the better side all night,\" Tom Brown said.", "Tom Brown")]
    [InlineData("\"We were the better side all night,\" said Rovers head coach Tom Brown after the game.", "Tom Brown")]
    [InlineData("Tom Brown said: \"We were the better side all night.\"", "Tom Brown")]
    [InlineData("Tom Brown, Rovers coach: \"We were the better side all night.\"", "Tom Brown")]
    [InlineData("Rovers were poor. Brown insists the side was \"better than the score suggests today\".", "Brown")]
    [InlineData("The fans sang ``we want you to stay with us now'' said Peter Green.", "Peter Green")]
    public void Explicit_attributions_name_the_speaker(string text, string speaker)
    {
        var example = Assert.Single(QuoteAttributionFinder.Find(text + " Mark White and Alan Black watched."));
        Assert.Equal(speaker, example.Candidates[example.Speaker].Name);
    }

    [Fact]
    public void Unattributed_quotes_give_no_example()
    {
        Assert.Empty(QuoteAttributionFinder.Find("Tom Brown watched. The crowd sang \"we want you to stay with us\" all night."));
    }

    [Fact]
    public void Annotated_quote_words_widen_to_their_marks()
    {
        const string text = "He said ``we go again next week'' later.";
        var words = new TextSpan(text.IndexOf("we", StringComparison.Ordinal), "we go again next week".Length);
        var widened = QuoteSpans.WithMarks(text, words);
        Assert.Equal("``we go again next week''", widened.Substring(text));
        Assert.Equal(widened, Assert.Single(QuoteSpans.Find(text)));
    }

    [Fact]
    public void A_pronoun_candidate_is_named_after_the_last_full_name()
    {
        const string text = "Tom Brown was pleased. \"It was a great night for all of us,\" he said.";
        var quotes = QuoteSpans.Find(text);
        var pronoun = Assert.Single(SpeakerCandidateFinder.Find(text, quotes[0], quotes), c => c.IsPronoun);
        Assert.Equal("Tom Brown", pronoun.Name);
    }
}
