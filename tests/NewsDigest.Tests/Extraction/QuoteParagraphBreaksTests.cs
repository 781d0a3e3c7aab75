using NewsDigest.Extraction.Quotes;
using Xunit;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>Session 32: the JSONL and HTML readers separate paragraphs by a blank line, so a quote paragraph's speaker going on into the next
/// paragraph was tested by counting one line break and never held on an article `extract` read ("..., he said on the podcast. / ‘I wasn’t
/// expecting that start ..." went to a name of the podcast's title).</summary>
public sealed class QuoteParagraphBreaksTests
{
    [Theory]
    [InlineData("\" he said.\n\"", 1)]
    [InlineData("\" he said.\n\n\"", 1)]
    [InlineData("\" he said.\n \n\"", 1)]
    [InlineData("\" he said.\n\nThe coach agreed.\n\n\"", 2)]
    [InlineData("\" he said. \"", 0)]
    public void A_blank_line_is_one_paragraph_break(string between, int breaks) => Assert.Equal(breaks, QuoteLayout.ParagraphBreaks(between));
}
