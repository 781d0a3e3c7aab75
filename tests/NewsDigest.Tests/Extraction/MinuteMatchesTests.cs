using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>The minute reader's word-start search finds exactly what a free scan of its expression finds.</summary>
public sealed class MinuteMatchesTests
{
    private static void AssertSameAsScan(string sentence)
    {
        static (int, int, string) Describe(Match m) => (m.Index, m.Length, m.Value);
        Assert.Equal(MinuteReader.Expression().Matches(sentence).Select(Describe), MinuteReader.Matches(sentence).Select(Describe));
    }

    [Theory]
    [InlineData("He scored in the 84th minute, then again on 90+3' and 17' later; x45+2 and a12' do not count.")]
    [InlineData("Eight minutes later, with 27 minutes gone and six minutes from the end, 1.5' and 3,17' stay out.")]
    [InlineData("On the hour, after half an hour, IN STOPPAGE TIME, in the 58th, and after 20 seconds: 54 mins.")]
    [InlineData("")]
    [InlineData("7")]
    public void Written_sentences_give_the_same_matches(string sentence) => AssertSameAsScan(sentence);

    [SharedDataFact]
    public void Sentences_of_real_reports_give_the_same_matches() =>
        RealReportSentences.CheckEach(AssertSameAsScan, MinuteReader.Expression(), 100, "minutes");
}
