using AngleSharp.Html.Parser;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>The page-level density signal on pages written for these tests: the densest region of prose, read from text alone.</summary>
public class DensityContentSignalTests
{
    private const string Story = """
        <p>Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game.</p>
        <p>United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed it.</p>
        <p>Jamie Cole equalised in the 81st minute, and Tom Reyes won it with a low shot in the 88th, to the delight of a crowd of 14,000.</p>
        """;

    private const string LinkList = """
        <ul><li><a href="/a">City sign a new striker from abroad</a></li><li><a href="/b">Albion sack their manager after defeat</a></li>
        <li><a href="/c">Forest fans protest over ticket prices</a></li><li><a href="/d">Villa close in on the top four places</a></li></ul>
        """;

    private static (PageModel Model, DensityContentSignal Signal) Read(string body)
    {
        var document = new HtmlParser().ParseDocument($"<html><body>{body}</body></html>");
        var model = PageModel.Build(document.Body!);
        return (model, DensityContentSignal.Read(model));
    }

    private static int IndexOf(PageModel model, string id) => model.Nodes.FindIndex(n => n.Element.Id == id);

    [Fact]
    public void FindsTheStoryAmongLinkListsAndShortLines()
    {
        var (model, signal) = Read($"<div id=\"menu\">{LinkList}</div><div id=\"story\">{Story}</div><div id=\"more\"><h3>More</h3>{LinkList}</div><div id=\"foot\"><div>Contact</div><div>Privacy</div><div>Imprint</div></div>");
        int story = IndexOf(model, "story");
        Assert.Equal(story, signal.Region);
        Assert.True(signal.InRegion(model.Nodes.FindIndex(n => n.Tag == "p")));
        Assert.False(signal.InRegion(IndexOf(model, "more")));
        Assert.Equal(model.Nodes[story].GoodText, signal.RegionProse);
    }

    [Fact]
    public void ReadsNoClassNamesSoAStoryNamedLikeFurnitureIsStillFound()
    {
        var (model, signal) = Read($"<div class=\"nav\">{LinkList}</div><div id=\"story\" class=\"sidebar comments related\">{Story}</div>");
        Assert.Equal(IndexOf(model, "story"), signal.Region);
    }

    [Fact]
    public void GrowsTheRegionOverProseThatOutweighsTheLinksBetween()
    {
        // Two halves of a story split by one short "read more" line: the enclosing block holds far more prose than the line costs.
        var (model, signal) = Read($"<div id=\"menu\">{LinkList}</div><div id=\"body\"><div id=\"one\">{Story}</div><div><a href=\"/x\">Read more</a></div><div id=\"two\">{Story}</div></div>");
        Assert.Equal(IndexOf(model, "body"), signal.Region);
        Assert.Equal(1, signal.Relation(IndexOf(model, "one")));
        Assert.Equal(2, signal.Relation(0));
        Assert.Equal(3, signal.Relation(IndexOf(model, "menu")));
        Assert.Equal(0, signal.Relation(IndexOf(model, "body")));
    }

    [Fact]
    public void TheProseShareAroundABlockTellsALinkAmongLinksFromAParagraph()
    {
        var (model, signal) = Read($"<div id=\"menu\">{LinkList}{LinkList}</div><div id=\"story\">{Story}</div>");
        int paragraph = model.Nodes.FindIndex(n => n.Tag == "p");
        int link = model.Nodes.FindIndex(n => n.Tag == "li");
        Assert.Equal(5, signal.SurroundingDensityBucket(paragraph));
        Assert.Equal(0, signal.SurroundingDensityBucket(link));
    }

    [Fact]
    public void APageWithoutProseHasTheRootAsItsRegion()
    {
        var (_, signal) = Read("<div><a href=\"/\">Home</a></div><div>Menu</div>");
        Assert.Equal(0, signal.Region);
        Assert.Equal(0, signal.RegionProse);
    }
}
