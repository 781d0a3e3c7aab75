using System.Text;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>Short lines in capitals after the story's last long paragraph (calls to action, brand lines), on blocks and pages written for these tests.</summary>
public class ShoutedLinesTests
{
    private const string LongParagraph =
        "Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game " +
        "that had looked lost when Marcus Hale headed United in front after 31 minutes and the home crowd fell quiet for most of an hour.";

    private static WrittenBlock Paragraph(string text) => new(text, BlockKind.Paragraph);

    private static List<string> Texts(List<WrittenBlock> blocks) => blocks.ConvertAll(b => b.Text);

    [Theory]
    [InlineData("BECOME A MEMBER AND ENJOY EXCLUSIVE BENEFITS")]
    [InlineData("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS")]
    [InlineData("RENT A SALESMAN® – YOUR SALES TEAM")]
    public void DropsAShoutedLineAfterTheLastLongParagraph(string shouted)
    {
        var blocks = new List<WrittenBlock> { Paragraph(LongParagraph), Paragraph(shouted), Paragraph("Jamie Cole scored the winner.") };
        Assert.Equal([LongParagraph, "Jamie Cole scored the winner."], Texts(ShoutedLines.Without(blocks)));
    }

    [Fact]
    public void KeepsAShoutedHeadingAmongTheStorysParagraphs()
    {
        var blocks = new List<WrittenBlock> { Paragraph(LongParagraph), new("THE SECOND HALF IN DETAIL", BlockKind.Heading), Paragraph(LongParagraph) };
        Assert.Equal(3, ShoutedLines.Without(blocks).Count);
    }

    [Fact]
    public void KeepsEverythingWhenThereIsNoLongParagraph()
    {
        var blocks = new List<WrittenBlock> { Paragraph("A short note on the match."), Paragraph("SUBSCRIBE TO OUR NEWSLETTER TODAY") };
        Assert.Equal(2, ShoutedLines.Without(blocks).Count);
    }

    [Theory]
    [InlineData("Subscribe to our newsletter today")]
    [InlineData("UEFA & FIFA")]
    public void KeepsLinesThatDoNotShout(string line)
    {
        // Mixed case is prose; an acronym or two have too few letters to tell a shouted line from a short one.
        var blocks = new List<WrittenBlock> { Paragraph(LongParagraph), Paragraph(line) };
        Assert.Equal(2, ShoutedLines.Without(blocks).Count);
    }

    [Fact]
    public void KeepsAQuoteInCapitals()
    {
        var blocks = new List<WrittenBlock> { Paragraph(LongParagraph), new("WE ARE THE CHAMPIONS OF THE NORTH", BlockKind.Quote) };
        Assert.Equal(2, ShoutedLines.Without(blocks).Count);
    }

    [Fact]
    public void KeepsALongParagraphInCapitals()
    {
        string shoutedProse = LongParagraph.ToUpperInvariant();
        var blocks = new List<WrittenBlock> { Paragraph(LongParagraph), Paragraph("Then the coach spoke."), Paragraph(shoutedProse) };
        Assert.Equal(3, ShoutedLines.Without(blocks).Count);
    }

    [Fact]
    public void LeavesTheCallToActionOutOfAPagesText()
    {
        string html = $"<html><body><article><p>{LongParagraph}</p><p>Tom Reyes won it with a low shot in the 88th minute.</p>" +
            "<p>JOIN OUR CLUB AND GET EVERY MATCH REPORT FIRST</p></article></body></html>";
        var text = HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Article?.Text ?? throw new Xunit.Sdk.XunitException("no article");
        Assert.Contains("Rovers came from behind", text);
        Assert.Contains("Tom Reyes won it", text);
        Assert.DoesNotContain("JOIN OUR CLUB", text);
    }
}
