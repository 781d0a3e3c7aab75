using System.Text.Json;
using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Summary;

namespace NewsDigest.Tests.ExtractionTests;

/// <summary>An article the detector turned down is read as its match's report when its headline tells the result the text reads (<see cref="HeadlineResult"/>).</summary>
public sealed class HeadlineResultTests
{
    // Written for these tests: a short account of a 1-1 draw, under whichever headline a test gives it.
    private const string DrawnAccount =
        "Manchester United drew 1-1 with Chelsea at Old Trafford on Sunday. " +
        "Ella Toone put United ahead in the 20th minute before Lauren James equalised in the 70th minute. " +
        "\"We belong among the best,\" said United manager Marc Skinner.";

    private static Article Titled(string title, string text = DrawnAccount) => new("headline.txt", $"{title}\n\n{text}") { Title = title };

    private static ArticleReport ReadBy(ReportKind detectorKind, string title, string text = DrawnAccount) =>
        DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new TurnedDownArticles.FixedDetector(detectorKind) }).Extract(Titled(title, text));

    [Theory]
    [InlineData("Manchester United 1-1 Chelsea: Skinner says United belong among the best")]
    [InlineData("Chelsea hold Man Utd as Skinner hails belief")]
    // A side shortened to the last word of its name.
    [InlineData("United hold Chelsea as Skinner hails belief")]
    [InlineData("Match report: Toone on target for Manchester United at Old Trafford")]
    public void A_reaction_whose_headline_tells_the_result_is_read_as_the_report(string title)
    {
        var read = ReadBy(ReportKind.Reaction, title);

        Assert.True(read.IsMatchReport);
        Assert.Equal(ReportKind.Reaction, read.DetectedKind);
        Assert.Matches("its headline tells the result|its outlet labels it a match report", read.ReadAsReportBecause);
        Assert.Equal(["Chelsea", "Manchester United"], new[] { read.Match!.Teams!.First, read.Match.Teams.Second }.Order());
        Assert.Equal((1, 1), (read.Match.Result!.Score.First, read.Match.Result.Score.Second));
    }

    [Theory]
    // No result in the headline: a reaction stays a reaction.
    [InlineData("Skinner says United belong among the best")]
    // The headline holds another score beside the one read.
    [InlineData("Manchester United 1-1 Chelsea: Skinner says the 3-0 defeat is forgotten")]
    // The headline tells a win, the text a draw.
    [InlineData("Manchester United beat Chelsea as Skinner hails belief")]
    // A match to come, or one remembered years on.
    [InlineData("Manchester United v Chelsea preview: it finished 1-1 last time")]
    [InlineData("Manchester United 1-1 Chelsea, two years ago: Skinner looks back")]
    [InlineData("Manchester United 1-1 Chelsea: where are they now?")]
    [InlineData("Manchester United 1-1 Chelsea - where are the United players now?")]
    [InlineData("Remembering Manchester United 1-1 Chelsea")]
    [InlineData("Pundit predicts Manchester United 1-1 Chelsea")]
    [InlineData("Manchester United look to beat Chelsea after 1-1 draw")]
    // A site's "Report:" tag is not an outlet's "Match report:".
    [InlineData("Report: Toone agrees new terms with Manchester United")]
    public void A_reaction_whose_headline_does_not_tell_the_texts_result_stays_turned_down(string title)
    {
        var read = ReadBy(ReportKind.Reaction, title);

        Assert.False(read.IsMatchReport);
        Assert.Equal(ReportKind.Reaction, read.Kind);
        Assert.Null(read.ReadAsReportBecause);
    }

    [Fact]
    public void An_outlet_labelling_the_page_a_match_report_in_its_headline_end_or_address_is_believed()
    {
        var pipeline = DefaultPipeline.Create(ExtractionModels.None with { ReportDetector = new TurnedDownArticles.FixedDetector(ReportKind.OffTopic) });
        var byTitle = pipeline.Extract(Titled("Manchester United 1-1 Chelsea - Match Report"));
        var byAddress = pipeline.Extract(Titled("Toone on target for Manchester United") with { Url = "https://club.example/fixture/women/manchester-united-chelsea-match-report" });

        Assert.True(byTitle.IsMatchReport);
        Assert.Contains("labels it a match report", byAddress.ReadAsReportBecause);
        Assert.False(pipeline.Extract(Titled("Toone on target for Manchester United") with { Url = "https://club.example/news/toone-interview" }).IsMatchReport);
    }

    [Fact]
    public void Another_sport_is_never_read_as_a_report()
    {
        var read = ReadBy(ReportKind.OtherSport, "Manchester United 1-1 Chelsea: Skinner says United belong among the best");

        Assert.False(read.IsMatchReport);
        Assert.Equal(ReportKind.OtherSport, read.Kind);
    }

    [Fact]
    public void A_round_up_needs_the_score_in_its_headline()
    {
        Assert.False(ReadBy(ReportKind.RoundUp, "Manchester United and Chelsea draw as the title race tightens").IsMatchReport);
        Assert.True(ReadBy(ReportKind.RoundUp, "Manchester United 1-1 Chelsea as the title race tightens").IsMatchReport);
    }

    [Fact]
    public void Two_sides_the_gazetteer_does_not_know_are_not_believed_even_with_a_scoreline()
    {
        // "Remember That Time We Beat Manchester United 7-0" reads words as a side; two unknown sides are never read as a report here.
        const string text = "Kelton Rovers beat Marbury Athletic 2-1 on Saturday. Sam Dale scored in the 10th minute and again in the 80th.";

        Assert.False(ReadBy(ReportKind.Reaction, "Kelton Rovers 2-1 Marbury Athletic: the coach is proud", text).IsMatchReport);
    }

    [Fact]
    public void Without_a_scoreline_a_side_the_gazetteer_does_not_know_is_not_believed()
    {
        // "Breaking down the Chelsea case" has the shape of "X down Y"; the text names Breaking as a side too, so only the gazetteer tells.
        const string text = "Breaking beat Chelsea 2-1 in the final, the report says. Breaking scored in the 10th minute.";

        Assert.False(ReadBy(ReportKind.OffTopic, "Breaking down the Chelsea case", text).IsMatchReport);
    }

    [Fact]
    public void The_reason_reaches_the_extract_json_and_the_digest_source()
    {
        var read = ReadBy(ReportKind.Reaction, "Manchester United 1-1 Chelsea: Skinner says United belong among the best");
        using var json = JsonDocument.Parse(ArticleReportJsonWriter.ToJsonLine(read));
        var digest = Assert.Single(DefaultPipeline.Create(ExtractionModels.None).Merge([read]));
        var source = Assert.Single(digest.Sources);

        Assert.True(json.RootElement.GetProperty("isMatchReport").GetBoolean());
        Assert.Equal("reaction", json.RootElement.GetProperty("detectedKind").GetString());
        Assert.StartsWith("its headline tells the result", json.RootElement.GetProperty("readAsReportBecause").GetString());
        Assert.Equal(NewsDigest.Merging.SourceRole.Report, source.Role);
        Assert.Equal("singleMatchReport (its headline tells the result; the detector: reaction)", SourceLabels.KindShown(source));
    }

    [Fact]
    public void The_cheap_look_needs_a_result_shape_and_no_match_to_come()
    {
        Assert.True(HeadlineResult.MayTell("Feyenoord beat Lazio 3-1 to top their group"));
        Assert.False(HeadlineResult.MayTell("Lazio boss wants more from his forwards"));
        Assert.False(HeadlineResult.MayTell("Feyenoord v Lazio: predicted line-ups"));
        Assert.False(HeadlineResult.MayTell(null));
    }
}
