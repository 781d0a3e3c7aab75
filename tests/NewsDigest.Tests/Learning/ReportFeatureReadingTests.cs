using NewsDigest.Ingest;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

/// <summary>How the report features read a title-less text's first line, and that each feature counts once.</summary>
public sealed class ReportFeatureReadingTests
{
    private static int[] Features(Article article)
    {
        var buffer = new FeatureBuffer(17, 1024);
        ReportFeatures.Featurize(article, buffer);
        var slots = buffer.ToArray();
        return slots[..ReportFeatures.Distinct(slots)];
    }

    [Fact]
    public void A_first_line_without_end_punctuation_is_read_as_the_title()
    {
        const string text = "Kestrel Rovers edge Port Alder\nKestrel Rovers beat Port Alder 1-0 on Saturday with a late header.";

        Assert.Equal(Features(new Article("a", text) { Title = "Kestrel Rovers edge Port Alder" }), Features(new Article("a", text)));
    }

    [Fact]
    public void A_first_sentence_is_not_read_as_a_title()
    {
        const string text = "Kestrel Rovers beat Port Alder 1-0 on Saturday with a late header.\nThe winner came in the 88th minute.";
        const string opening = "Kestrel Rovers beat Port Alder 1-0 on Saturday with a late header.";

        Assert.NotEqual(Features(new Article("a", text) { Title = opening }), Features(new Article("a", text)));
    }

    [Fact]
    public void Distinct_keeps_each_slot_once()
    {
        int[] slots = [5, 3, 5, 9, 3, 3];

        int kept = ReportFeatures.Distinct(slots);

        Assert.Equal([3, 5, 9], slots[..kept]);
    }
}
