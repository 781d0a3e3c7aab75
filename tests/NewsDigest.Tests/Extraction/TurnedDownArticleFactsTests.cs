using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using static NewsDigest.Tests.ExtractionTests.TurnedDownArticles;
using NewsDigest.Rendering.Json;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>`extract` writes the facts of an article the report detector turned down, under the detector's kind (Pipeline.ReadAllFacts).</summary>
public sealed class TurnedDownArticleFactsTests
{
    [Fact]
    public void A_turned_down_article_keeps_its_kind_and_gets_the_facts_read_in_it()
    {
        var report = Refusing.Extract(Angled);
        Assert.Null(report.Match);

        var read = Refusing.ReadAllFacts(report);

        Assert.Equal(ReportKind.Reaction, read.Kind);
        Assert.False(read.IsMatchReport);
        Assert.Equal(("Manchester United", "Chelsea"), (read.Match!.Teams!.First, read.Match.Teams.Second));
        Assert.Equal((1, 1), (read.Match.Result!.Score.First, read.Match.Result.Score.Second));
        Assert.Contains(read.Match.Goals, g => g.Player.Contains("Toone") && g.Minute?.Regular == 20);
    }

    [Fact]
    public void An_article_naming_no_two_teams_is_left_without_facts()
    {
        var report = Refusing.Extract(new Article("transfer.txt", "The club confirmed the signing of a new goalkeeper on a three-year contract."));

        Assert.Null(Refusing.ReadAllFacts(report).Match);
    }

    [Fact]
    public void The_json_line_carries_the_match_and_still_says_it_is_no_report()
    {
        using var json = JsonDocument.Parse(ArticleReportJsonWriter.ToJsonLine(Refusing.ReadAllFacts(Refusing.Extract(Angled))));

        Assert.False(json.RootElement.GetProperty("isMatchReport").GetBoolean());
        Assert.Equal("reaction", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("match").GetProperty("teams").GetArrayLength());
    }
}
