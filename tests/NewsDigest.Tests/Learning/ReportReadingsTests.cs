using NewsDigest.Ingest;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

/// <summary>The readings the linear features' pass records for the trees' dense numbers (session 10, speed).</summary>
public sealed class ReportReadingsTests
{
    private static float[] RowFromFreshReadings(Article article, bool includeTitle = true)
    {
        var readings = new ReportReadings();
        ReportFeatures.Featurize(article, new FeatureBuffer(16), includeTitle, readings);
        var row = new float[ReportDenseFeatures.Count];
        ReportDenseFeatures.Fill(readings, row);
        return row;
    }

    [Fact]
    public void Reused_readings_forget_the_previous_article()
    {
        // A long titled page first, so that every reading (title, tail, long page) is set before the short untitled one.
        var longPage = new Article("long", "Rovers 2-1 Town\n" + string.Concat(Enumerable.Repeat("Smith scored a header in the 54th minute, \"we won\" he said 3-1. ", 80)));
        var shortPage = new Article("short", "The council voted to approve bus lanes on the high street after a public consultation.");
        var readings = new ReportReadings();
        var buffer = new FeatureBuffer(16);
        var row = new float[ReportDenseFeatures.Count];
        ReportFeatures.Featurize(longPage, buffer, includeTitle: true, readings);
        Assert.True(readings.LongPage);
        Assert.True(readings.HasTitle);
        buffer.Clear();
        ReportFeatures.Featurize(shortPage, buffer, includeTitle: false, readings);
        ReportDenseFeatures.Fill(readings, row);
        Assert.Equal(RowFromFreshReadings(shortPage, includeTitle: false), row);
        Assert.Equal(ReportDenseFeatures.Row(shortPage, includeTitle: false), row);
        Assert.False(readings.LongPage);
    }

    [Fact]
    public void Recording_readings_leaves_the_hashed_features_as_they_were()
    {
        foreach (var example in TinyReportExamples.All)
        {
            var plain = new FeatureBuffer(16);
            var recorded = new FeatureBuffer(16);
            ReportFeatures.Featurize(example.Article, plain);
            ReportFeatures.Featurize(example.Article, recorded, includeTitle: true, new ReportReadings());
            Assert.Equal(plain.ToArray(), recorded.ToArray());
        }
    }

    [Fact]
    public void The_readings_count_the_opening_and_body_words_the_spans_hold()
    {
        var article = TinyReportExamples.All[0].Article;
        var readings = new ReportReadings();
        ReportFeatures.Featurize(article, new FeatureBuffer(16), includeTitle: true, readings);
        // "Rovers 2-1 Town": four words ("2" and "1" apart), one scoreline; the body is one short paragraph, so the opening is all of it.
        Assert.Equal(4, readings.TitleWords);
        Assert.Equal(1, readings.TitleScorelines);
        Assert.Equal(readings.BodyWords, readings.OpeningWords);
        Assert.Equal(readings.BodyWords, readings.Narration.Words);
        Assert.Equal(2, readings.MinuteMarks);
    }
}
