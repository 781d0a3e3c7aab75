using NewsDigest.Learning.Features;
using NewsDigest.Learning.Metrics;

namespace NewsDigest.Tests.Learning;

public sealed class MetricsTests
{
    [Fact]
    public void Confusion_matrix_gives_accuracy_and_per_label_scores()
    {
        var m = new ConfusionMatrix(["a", "b"]);
        m.Add(0, 0); m.Add(0, 0); m.Add(0, 1); m.Add(1, 1); m.Add(1, 0);
        Assert.Equal(0.6, m.Accuracy, 6);
        var a = m.ScoresOf(0);
        Assert.Equal(2.0 / 3, a.Precision, 6);
        Assert.Equal(2.0 / 3, a.Recall, 6);
        var b = m.ScoresOf(1);
        Assert.Equal(0.5, b.Precision, 6);
        Assert.Equal(0.5, b.F1, 6);
        Assert.Contains("accuracy 0.600", m.Format());
    }

    [Theory]
    [InlineData("Arsenal won 2-1 at home.", 1, 0)]
    [InlineData("He scored in the 54th minute and again on 80 minutes.", 0, 2)]
    [InlineData("Saka (23') and Rice (2 - 0) settled it", 1, 1)]
    [InlineData("In 2024 the club had 12,000 members.", 0, 0)]
    public void Signal_counter_finds_scorelines_and_minutes(string text, int scorelines, int minutes)
    {
        var counts = SignalCounter.Count(text);
        Assert.Equal(scorelines, counts.Scorelines);
        Assert.Equal(minutes, counts.Minutes);
    }

    [Fact]
    public void Feature_hashing_ignores_case_and_needs_no_strings()
    {
        uint ns = FeatureHasher.Namespace(9);
        Assert.Equal(FeatureHasher.Add(ns, "Goal".AsSpan()), FeatureHasher.Add(ns, "gOAL".AsSpan()));
        Assert.NotEqual(FeatureHasher.Add(ns, "goal".AsSpan()), FeatureHasher.Add(FeatureHasher.Namespace(10), "goal".AsSpan()));
        Assert.Equal(FeatureHasher.Phrase("St  James  Park"), FeatureHasher.Phrase("st james park"));
    }
}
