using NewsDigest.Evaluation.Dedup;

namespace NewsDigest.Tests.Merging;

public sealed class DedupEvaluationLineTests
{
    [Fact]
    public void A_split_of_three_articles_is_flagged_as_saying_little_and_a_large_one_is_not()
    {
        var tiny = new DedupEvaluationLine("match grouping, labelled archive groups", "test", 3, new PairScore(3, 0, 0), null, "");
        Assert.Contains("only 3 items, 3 labelled pairs in the test split", tiny.Caution);
        var large = new DedupEvaluationLine("match grouping, annotators' matches", "test", 60, new PairScore(1234, 0, 207), null, "");
        Assert.Null(large.Caution);
        var fewPairs = new DedupEvaluationLine("near-copy pairs, labelled archive pairs", "test", 18, new PairScore(8, 0, 0), null, "");
        Assert.NotNull(fewPairs.Caution);
    }
}
