using System.Text;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

public class MainContentTests
{
    // A page written for this test: a match report wrapped in the usual furniture.
    private const string Page = """
        <!doctype html>
        <html lang="en-GB"><head><title>Rovers 2-1 United | The Test Gazette</title>
        <script>var tracking = "Rovers tracking script text";</script><style>.x { color: red }</style></head>
        <body>
          <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <header><a href="/">The Test Gazette</a><nav><ul><li><a href="/football">Football</a></li><li><a href="/cricket">Cricket</a></li><li><a href="/tennis">Tennis</a></li></ul></nav></header>
          <main>
            <article class="story">
              <h1>Rovers 2-1 United</h1>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes.</p>
              <figure><img src="x.jpg"><figcaption>Fans in the rain before kick-off. Photo: Agency</figcaption></figure>
              <p>United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed the game.</p>
              <h2>Late turnaround</h2>
              <p>Jamie Cole equalised in the 81st minute, and Tom <b>Reyes</b> won it with a low shot in the 88th, to the delight of a crowd of 14,000.</p>
              <blockquote><p>"We never stopped believing," said the Rovers manager, who had changed his whole midfield at half-time.</p></blockquote>
              <ul><li>Cole: first goal of the season</li><li>Reyes: third in four games</li></ul>
            </article>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">United sack coach after derby defeat</a></li><li><a href="/b">Rovers sign striker on loan</a></li></ul></aside>
            <section class="comments"><h3>Comments (2)</h3><p>What a game, best of the season by far, the lads were brilliant today.</p><p>Referee had a shocker again, unbelievable decisions all afternoon long.</p></section>
          </main>
          <footer><p>© 2026 The Test Gazette. All rights reserved. Terms and privacy policy.</p></footer>
        </body></html>
        """;

    private static Article Read(string html) =>
        HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes(html)).Article ?? throw new Xunit.Sdk.XunitException("no article");

    [Fact]
    public void KeepsTheStoryParagraphsHeadingsQuotesAndLists()
    {
        var text = Read(Page).Text;
        Assert.Contains("Rovers came from behind to beat United 2-1 at Ewood Park", text);
        Assert.Contains("Late turnaround", text);
        Assert.Contains("and Tom Reyes won it with a low shot", text);
        Assert.Contains("\"We never stopped believing,\" said the Rovers manager", text);
        Assert.Contains("Cole: first goal of the season", text);
    }

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Cricket")]
    [InlineData("Share on Facebook")]
    [InlineData("United sack coach")]
    [InlineData("Referee had a shocker")]
    [InlineData("All rights reserved")]
    [InlineData("Fans in the rain")]
    [InlineData("tracking script")]
    [InlineData("color: red")]
    public void DropsTheFurniture(string boilerplate) => Assert.DoesNotContain(boilerplate, Read(Page).Text);

    [Fact]
    public void ParagraphsAreSeparatedByABlankLineAndStayInOrder()
    {
        var paragraphs = Read(Page).Text.Split("\n\n");
        int first = Array.FindIndex(paragraphs, p => p.StartsWith("Rovers came from behind", StringComparison.Ordinal));
        int heading = Array.IndexOf(paragraphs, "Late turnaround");
        int third = Array.FindIndex(paragraphs, p => p.StartsWith("Jamie Cole equalised", StringComparison.Ordinal));
        Assert.True(first >= 0 && first < heading && heading < third, string.Join(" | ", paragraphs));
    }

    [Fact]
    public void LiveBlogEntriesKeepTheirTimesInOrder()
    {
        var entries = string.Join("", Enumerable.Range(0, 6).Select(i =>
            $"<div class=\"live-entry\"><time datetime=\"2026-01-01T15:{i * 10:00}:00Z\">{15}:{i * 10:00}</time><p>Update number {i}: the match goes on, with chances at both ends and the crowd in full voice.</p></div>"));
        var html = $"<html><body><nav><a href='/'>Home</a></nav><div class=\"live-blog\">{entries}</div></body></html>";
        var text = Read(html).Text;
        int last = -1;
        for (int i = 0; i < 6; i++)
        {
            int at = text.IndexOf($"Update number {i}:", StringComparison.Ordinal);
            Assert.True(at > last, text);
            Assert.Contains($"15:{i * 10:00}", text);
            last = at;
        }
    }

    [Fact]
    public void MatchCommentaryIsNotMistakenForReaderComments()
    {
        var minutes = string.Join("", Enumerable.Range(1, 5).Select(i =>
            $"<div class=\"match-commentary-item\"><span class=\"minute\">{i * 10}'</span><p>Minute {i * 10}: a long ball forward, the striker shoots and the keeper saves well.</p></div>"));
        var html = $"<html><body><div class=\"live-match-comments\">{minutes}</div></body></html>";
        var text = Read(html).Text;
        Assert.Contains("Minute 10: a long ball forward", text);
        Assert.Contains("Minute 50: a long ball forward", text);
    }

    private const string Story = "<p>Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game.</p>"
        + "<p>United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed the game.</p>";

    [Fact]
    public void ACookieDialogFullOfLegalTextDoesNotWinOverAShortStory()
    {
        var legal = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>Service {i}: purpose, storage period, legal basis and recipients of the data, in long legal sentences, explained in full.</p>"));
        var text = Read($"<html><body><div class=\"privacy-popup\">{legal}</div><article>{Story}</article></body></html>").Text;
        Assert.Contains("Rovers came from behind", text);
        Assert.DoesNotContain("legal basis", text);
    }

    [Fact]
    public void ALogInFormIsNotTheStory()
    {
        var form = "<form><p>Please fill in every required field marked with a star before you continue.</p><input name=\"a\"><input name=\"b\"><p>This e-mail address does not seem right: it must contain an @ and an existing domain.</p></form>";
        var text = Read($"<html><body><div>{form}</div><div class=\"story\">{Story}</div></body></html>").Text;
        Assert.Contains("Rovers came from behind", text);
        Assert.DoesNotContain("required field", text);
    }

    [Theory]
    [InlineData("<p>Jane Smith/Getty Images</p>", "Getty")]
    [InlineData("<p>By Jane Smith</p>", "By Jane")]
    [InlineData("<p>To read the full story, subscribe to the Gazette today.</p>", "subscribe")]
    [InlineData("<h2>More on this</h2>", "More on this")]
    [InlineData("<p><b>Contact:</b></p>", "Contact:")]
    public void CreditsBylinesPaywallNoticesEmptySectionTitlesAndLoneLabelsAreDropped(string furniture, string marker)
    {
        var text = Read($"<html><body><article>{Story}{furniture}</article></body></html>").Text;
        Assert.Contains("Rovers came from behind", text);
        Assert.DoesNotContain(marker, text);
    }

    [Fact]
    public void AHeadingFollowedByProseAndALabelThatIntroducesAParagraphAreKept()
    {
        var text = Read($"<html><body><article>{Story}<h2>Late turnaround</h2><p>And here is what the manager said about it:</p>{Story.Replace("Rovers came", "Then Rovers came")}</article></body></html>").Text;
        Assert.Contains("Late turnaround", text);
        Assert.Contains("here is what the manager said about it:", text);
    }
}
