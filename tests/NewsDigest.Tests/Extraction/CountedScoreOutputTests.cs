using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Score;
using NewsDigest.Ingest;
using NewsDigest.Rendering.Json;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>A score the report never gives, counted from the goals read, says so in the article's JSON line; a printed score says it is not counted.</summary>
public sealed class CountedScoreOutputTests
{
    // Written for this test; the clubs and people are made up. No scoreline anywhere: the 2-1 is the goals counted.
    private const string NoScoreline = """
        Ferndale Town and Harwick Rovers met at Mill Lane on a cold Tuesday night in front of a small crowd.
        Sam Pryce put Ferndale Town ahead after 20 minutes with a low shot.
        Lee Corbin levelled for Harwick Rovers on the hour, heading in a corner.
        Pryce struck again in the 81st minute to give Ferndale Town the lead once more.
        It was enough: Ferndale Town beat their neighbours for the first time in three seasons.
        """;

    // Read as the user's `--as-reports` reads it: the point is the output, not whether the detector takes so short a piece for a report.
    private static ArticleReport Read(string source, string text)
    {
        var pipeline = DefaultPipeline.Create();
        return pipeline.ReadAsReport(pipeline.Extract(new Article(source, text) { Title = "A cold night at Mill Lane" }));
    }

    [Fact]
    public void A_counted_score_is_marked_counted_in_the_json_line()
    {
        var report = Read("counted.txt", NoScoreline);

        Assert.Equal(ScoreProvenance.CountedFromGoals, report.Match!.Result!.Provenance);
        using var json = JsonDocument.Parse(ArticleReportJsonWriter.ToJsonLine(report));
        var match = json.RootElement.GetProperty("match");
        Assert.Equal([2, 1], match.GetProperty("score").EnumerateArray().Select(n => n.GetInt32()));
        Assert.True(match.GetProperty("scoreCounted").GetBoolean());
    }

    [Fact]
    public void A_printed_score_is_not_marked_counted()
    {
        var printed = NoScoreline.Replace("It was enough:", "It finished 2-1, and");
        var report = Read("printed.txt", printed);

        using var json = JsonDocument.Parse(ArticleReportJsonWriter.ToJsonLine(report));
        Assert.False(json.RootElement.GetProperty("match").GetProperty("scoreCounted").GetBoolean());
    }
}
