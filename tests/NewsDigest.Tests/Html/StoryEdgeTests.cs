using System.Text;
using NewsDigest.Ingest.Html;

namespace NewsDigest.Tests.Html;

/// <summary>Date lines and the short fragments after a story's last sentence, on pages written for these tests.</summary>
public class StoryEdgeTests
{
    private const string Story = """
        <p>Rovers came from behind to beat United 2-1 at Ewood Park on Saturday, with two goals in the last ten minutes of a tense game.</p>
        <p>United had led through Marcus Hale's header after 31 minutes, and looked comfortable until the hour mark, when the substitutions changed it.</p>
        <p>Jamie Cole equalised in the 81st minute, and Tom Reyes won it with a low shot in the 88th, to the delight of a crowd of 14,000.</p>
        """;

    private static string Text(string body) =>
        HtmlArticleReader.FromBytes("page.html", Encoding.UTF8.GetBytes($"<html><body><div class=\"story\">{body}</div></body></html>")).Article?.Text
        ?? throw new Xunit.Sdk.XunitException("no article");

    [Theory]
    [InlineData("Published: 4 May 2021 | News")]
    [InlineData("24.01.2022 11:38 Category: Football")]
    [InlineData("By Jane Doe, August 14, 2020 2:30 pm")]
    [InlineData("Publicado: jueves, 21 abril 2022 04:45")]
    [InlineData("Veröffentlicht am 06.12.2022")]
    public void DropsADateLineBesideTheStory(string dateline)
    {
        var text = Text($"<p>{dateline}</p>{Story}");
        Assert.DoesNotContain(dateline, text);
        Assert.Contains("Rovers came from behind", text);
        Assert.Contains("to the delight of a crowd of 14,000.", text);
    }

    [Fact]
    public void KeepsASentenceThatMentionsADate()
    {
        const string sentence = "The club was founded on 4 May 1921 by workers.";
        Assert.Contains(sentence, Text($"<p>{sentence}</p>{Story}"));
    }

    [Fact]
    public void KeepsTheStampsOfASeriesOfEntries()
    {
        var entries = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"<p>{i} May 2024, 15:{i * 10}</p><p>Entry {i}: the team trained in the rain again today, and the coach watched every drill from the touchline.</p>"));
        var text = Text(entries);
        for (int i = 1; i <= 4; i++) Assert.Contains($"{i} May 2024, 15:{i * 10}", text);
    }

    [Fact]
    public void KeepsDatesInListsAndQuotes()
    {
        var text = Text($"{Story}<ul><li>12.11.2022 - Cup final</li><li>19.11.2022 - League</li><li>26.11.2022 - League</li></ul>");
        Assert.Contains("12.11.2022 - Cup final", text);
        Assert.Contains("26.11.2022 - League", text);
    }

    [Fact]
    public void TrimsShortFragmentsAfterTheLastSentence()
    {
        var text = Text($"{Story}<p>Source: Agency</p><div>Topics: Rovers United</div><h3>See also</h3>");
        Assert.EndsWith("to the delight of a crowd of 14,000.", text);
    }

    [Fact]
    public void KeepsAClosingListItemAndAShortSentence()
    {
        var text = Text($"{Story}<p>What a finish!</p><ul><li>Cole: first goal</li><li>Reyes: third in four</li></ul>");
        Assert.Contains("What a finish!", text);
        Assert.EndsWith("Reyes: third in four", text);
    }
}
