using NewsDigest.Evaluation.Extraction;
using NewsDigest.Extraction;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Evaluation;

/// <summary>Test reports copied under another id into train or dev are found, and nothing that merely shares a line is.</summary>
public sealed class HeldOutCopiesTests
{
    private const string Story =
        "Harbour Town came from behind to beat Ridge Park 2-1 on Saturday afternoon at the Quayside Oval. " +
        "Ridge Park led through a looping header from their captain after twenty minutes, but the home side kept pressing " +
        "and drew level when a low cross was turned in at the near post early in the second half. " +
        "The winner came with six minutes left, a curling shot from the edge of the area that clipped the crossbar on its way in. " +
        "The coach said afterwards that the squad had shown real character and that the result keeps them in the race for the finals.";

    private const string OtherStory =
        "Northern Rovers and Lakeside drew 0-0 in a scrappy contest played in driving rain on Sunday. " +
        "Neither goalkeeper had a save of note to make before the break, and the second half was stopped twice for lightning. " +
        "Lakeside hit the post in stoppage time, and both coaches said the point was a fair reflection of a difficult day.";

    private const string Boilerplate = "Subscribe now for unlimited access to every story, puzzle and newsletter on our site today.";

    [Fact]
    public void A_test_report_printed_under_a_train_id_is_copied_and_one_printed_only_in_test_is_not()
    {
        string heldOut = IdIn(DataSplit.Part.Test, 0), untouched = IdIn(DataSplit.Part.Test, 1), anotherTest = IdIn(DataSplit.Part.Test, 2);
        string trainCopy = IdIn(DataSplit.Part.Train, 0), devArticle = IdIn(DataSplit.Part.Dev, 0);

        var copied = HeldOutCopies.Find(
            [(heldOut, Boilerplate + "\n" + Story), (untouched, OtherStory)],
            [
                (trainCopy, "Harbour Town stun Ridge Park | The Valley Courier\n" + Story + "\nRead more local sport."),
                (anotherTest, OtherStory),
                (devArticle, Boilerplate + "\nA council meeting on Tuesday approved new lighting for the netball courts beside the library."),
            ]);

        Assert.Equal([heldOut], copied);
    }

    [Fact]
    public void Sharing_a_paragraph_is_not_a_copy()
    {
        string heldOut = IdIn(DataSplit.Part.Test, 0), trainArticle = IdIn(DataSplit.Part.Train, 1);
        var firstSentence = Story[..(Story.IndexOf(". ", StringComparison.Ordinal) + 1)];

        var copied = HeldOutCopies.Find([(heldOut, Story)], [(trainArticle, firstSentence + " " + OtherStory)]);

        Assert.Empty(copied);
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void The_evaluator_scores_the_test_split_again_without_copied_reports(bool copiedOutside, int uncopiedReports)
    {
        string id = IdIn(DataSplit.Part.Test, 0);
        var gold = new GoldReport(NewsGoldReader.Corpus, id, "Harbour Town", "Ridge Park", 2, 1) { RedCards = [], MissedPenalties = [] };
        var evaluator = new ExtractionEvaluator(DefaultPipeline.Create(), DefaultPipeline.Extractors(ExtractionModels.None),
            heldOutCopies: copiedOutside ? new HashSet<string> { id } : new HashSet<string>());

        var scores = evaluator.Score([new GoldCase(NewsGoldReader.Corpus, id, Story, gold)], [], new Dictionary<(string, string), string>(), new HashSet<DataSplit.Part>(), TextWriter.Null);

        Assert.Equal(1, scores[(NewsGoldReader.Corpus, DataSplit.Part.Test)].Reports);
        Assert.Equal(uncopiedReports, scores.TryGetValue((ExtractionEvaluator.Uncopied(NewsGoldReader.Corpus), DataSplit.Part.Test), out var s) ? s.Reports : 0);
    }

    private static string IdIn(DataSplit.Part part, int nth) =>
        Enumerable.Range(0, 1000).Select(i => $"copy-check-{i}").Where(id => DataSplit.Of(id) == part).ElementAt(nth);
}
