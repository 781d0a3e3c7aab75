using NewsDigest.Extraction.Quotes;
using Xunit;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Names that can say a quote and names of events, broadcasters and papers that cannot (session 11: "Asia-Pacific Trophy Tour",
/// "Fox Sports" and "Evening Standard" were given quotes).</summary>
public sealed class SpeakerNamesTests
{
    [Theory]
    [InlineData("Asia-Pacific Trophy Tour", false)]
    [InlineData("Commonwealth Games", false)]
    [InlineData("Fox Sports", false)]
    [InlineData("NBC News", false)]
    [InlineData("London Evening Standard", false)]
    [InlineData("Daily Mail", false)]
    [InlineData("Joe Cole", true)]
    [InlineData("Kylian Mbappe", true)]
    [InlineData("Reece James", true)]
    [InlineData("Our Rugby League Correspondent", false)]
    [InlineData("Adviser", false)]
    public void CanSpeak(string name, bool expected) => Assert.Equal(expected, SpeakerNames.CanSpeak(name));

    /// <summary>Session 27: a name the name finder read inside a post's title ("Works Manager", "Senior Manager of Refereeing Pathway,
    /// Progression and Development") took the quote of the person holding the post.</summary>
    [Theory]
    [InlineData("Development", false)]
    [InlineData("Welfare", false)]
    [InlineData("Stores", false)]
    [InlineData("Kerr", true)]
    public void A_name_within_a_post_title_cannot_speak(string name, bool expected)
    {
        const string text = "Harbour 2-1 Kestrel.\nDan Kerr scored twice for Harbour. The cup was presented by Mr Pollard, Stores Manager.\n"
            + "Kerr's new role means that he will join the league as Senior Manager of Player Welfare, Safety and Development.\n"
            + "\"I have not retired, that is a big word,\" he said.\n";
        var context = new NewsDigest.Extraction.ExtractionContext(new NewsDigest.Ingest.Article("test", text));
        Assert.Equal(expected, SpeakerNames.CanSpeak(context, name));
    }
}
