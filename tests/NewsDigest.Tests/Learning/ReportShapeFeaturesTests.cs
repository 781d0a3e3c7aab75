using NewsDigest.Ingest;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;

namespace NewsDigest.Tests.Learning;

/// <summary>The report features see an article's shape: quote share, distinct scorelines, minute density and a scoreline-led title.</summary>
public sealed class ReportShapeFeaturesTests
{
    private static HashSet<int> Features(Article article)
    {
        var buffer = new FeatureBuffer(18);
        ReportFeatures.Featurize(article, buffer);
        return [.. buffer.Slots.ToArray()];
    }

    /// <summary>The features one article has and the other lacks.</summary>
    private static int Difference(Article a, Article b) => Features(a).Except(Features(b)).Count();

    [Fact]
    public void A_body_made_of_quotes_reads_differently_from_the_same_words_unquoted()
    {
        const string words = "We were good today and the lads deserve the credit for the way they kept going until the end of the game";
        var quoted = new Article("q", "Rovers boss reacts\n\"" + words + "\" he said.");
        var plain = new Article("p", "Rovers boss reacts\n" + words + " he said.");
        Assert.NotEqual(0, Difference(quoted, plain));
    }

    [Fact]
    public void Several_different_scorelines_read_differently_from_one_repeated()
    {
        var roundUp = new Article("r", "Saturday's results\nRovers won 2-1 at Town. City drew 0-0 with Albion. United lost 3-1 to County.");
        var single = new Article("s", "Saturday's results\nRovers won 2-1 at Town. It was 2-1 at the break. It stayed 2-1 to the end.");
        Assert.NotEqual(0, Difference(roundUp, single));
    }

    [Fact]
    public void A_title_led_by_a_scoreline_reads_differently_from_one_that_ends_with_it()
    {
        const string body = "\nRovers beat Town in a close game on Saturday afternoon.";
        Assert.NotEqual(0, Difference(new Article("a", "Rovers 2-1 Town: Smith seals it" + body), new Article("b", "Smith seals it for Rovers, 2-1" + body)));
    }

    [Fact]
    public void A_title_opening_on_a_count_reads_as_a_list()
    {
        const string body = "\nRovers drew 2-2 with Town on Saturday.";
        // Same title words in another order: only the shape features (and word pairs) can differ, so check the count feature appears.
        var list = Features(new Article("l", "3 winners and losers from Rovers draw" + body));
        var plain = Features(new Article("p", "Winners and losers from Rovers draw" + body));
        var notList = Features(new Article("n", "Winners and losers from Rovers draw 3" + body));
        Assert.NotEmpty(list.Except(plain).Except(notList));
    }

    [Fact]
    public void A_title_stringing_results_together_reads_differently_from_one_result()
    {
        const string body = "\nThe nationals continued on Sunday.";
        Assert.NotEqual(0, Difference(new Article("a", "Rovers beat Town; City, United win" + body), new Article("b", "Rovers beat Town as City and United win" + body)));
    }

    [Fact]
    public void Featurising_twice_gives_the_same_features()
    {
        var article = new Article("x", "Rovers 2-1 Town: Smith seals it\nSmith scored in the 54th minute and again on 80 minutes. \"Great,\" he said.");
        Assert.Equal(Features(article), Features(article));
    }
}
