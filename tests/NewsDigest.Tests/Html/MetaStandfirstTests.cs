using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>The standfirst taken from a page's metadata when its body does not show it, on pages written for these tests.</summary>
public class MetaStandfirstTests
{
    private const string Story = """
        <p>Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game.</p>
        <p>United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed it.</p>
        <p>Jamie Cole equalised in the 81st minute, and Tom Reyes won it with a low shot in the 88th, to the delight of a crowd of 14,000.</p>
        """;

    private const string Summary = "Late goals from Cole and Reyes turned the game at Ewood Park, where Rovers had trailed United since Hale's header.";

    private static string Page(string head, string body = Story) =>
        $"<html><head>{head}</head><body><header><a href=\"/\">Home</a></header><div class=\"story\">{body}</div></body></html>";

    private static string RulesText(string html) => HtmlPageExtractor.Extract(html, HtmlExtractionOptions.RulesOnly).Text;

    [Fact]
    public void PutsASummaryTheBodyDoesNotShowFirst()
    {
        var text = RulesText(Page($"<meta property=\"og:description\" content=\"{Summary}\">"));
        Assert.StartsWith(Summary + "\n\n", text);
        Assert.Contains("to the delight of a crowd of 14,000.", text);
    }

    [Fact]
    public void ReadsTheJsonLdDescriptionFirst()
    {
        string head = "<meta name=\"description\" content=\"Rovers and United: every result, every table, every fixture of the season at Ewood Park.\">"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rovers 2-1 United\",\"description\":\"" + Summary + "\"}</script>";
        Assert.StartsWith(Summary + "\n\n", RulesText(Page(head)));
    }

    [Fact]
    public void DoesNotRepeatASummaryTheBodyHolds()
    {
        string body = $"<p class=\"lead\">{Summary}</p>{Story}";
        var text = RulesText(Page($"<meta property=\"og:description\" content=\"{Summary}\">", body));
        Assert.Equal(text.IndexOf(Summary, StringComparison.Ordinal), text.LastIndexOf(Summary, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The independent voice of the valley since 1889: news, sport, culture and weather for everybody.")]
    [InlineData("Sport news, daily.")]
    public void LeavesOutASloganOrAShortLabel(string description)
    {
        var text = RulesText(Page($"<meta property=\"og:description\" content=\"{description}\">"));
        Assert.DoesNotContain(description, text);
        Assert.StartsWith("Rovers came from behind", text);
    }

    [Fact]
    public void TheStandfirstStaysWhateverBlocksTheScorerKeeps()
    {
        string html = Page($"<meta property=\"og:description\" content=\"{Summary}\">");
        var (options, problem) = HtmlExtractionOptions.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        Assert.Null(problem);
        Assert.NotNull(options.Scorer);
        Assert.StartsWith(Summary + "\n\n", HtmlPageExtractor.Extract(html, options).Text);
    }

    [Fact]
    public void TheMetadataKeepsItsDescription()
    {
        string html = Page($"<meta property=\"og:description\" content=\"{Summary}\">");
        Assert.Equal(Summary, HtmlPageExtractor.Extract(html, HtmlExtractionOptions.RulesOnly).Metadata.Description);
    }
}
