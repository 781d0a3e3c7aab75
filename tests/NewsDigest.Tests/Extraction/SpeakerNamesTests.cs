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
    public void CanSpeak(string name, bool expected) => Assert.Equal(expected, SpeakerNames.CanSpeak(name));
}
