using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Training;

namespace NewsDigest.Tests.Learning;

public sealed class ReportCrossFittingTests
{
    private static ReportExample Hand(string id, string title, string text, ReportKind kind) =>
        new(new Article(id, text) { Title = title }, kind);

    private static readonly ReportExample[] HandLabelled =
    [
        Hand("r1", "Rovers 2-1 Town", "Rovers came from behind to win 2-1, with Smith scoring in the 54th minute and Jones on 80 minutes.", ReportKind.SingleMatchReport),
        Hand("r2", "City 3-0 Albion", "City cruised past Albion 3-0 as Brown struck in the 12th minute and again after 60 minutes.", ReportKind.SingleMatchReport),
        Hand("r3", "United edge County", "United beat County 1-0 with a header in the 88th minute from the substitute.", ReportKind.SingleMatchReport),
        Hand("t1", "Rovers complete signing of winger", "Rovers have signed the winger on a four-year contract for an undisclosed fee.", ReportKind.Transfer),
        Hand("p1", "Town v Rovers preview", "Town will face Rovers on Saturday; kick-off is at 3pm and the predicted line-up is below.", ReportKind.Preview),
        Hand("o1", "Council approves new bus lanes", "The council voted to approve bus lanes on the high street after a public consultation.", ReportKind.OffTopic),
        Hand("x1", "5 talking points from Rovers 2-1 Town", "The manager said he was proud; fans debated the penalty; five things stood out.", ReportKind.Reaction),
    ];

    [Fact]
    public void Every_hand_labelled_training_article_gets_exactly_one_out_of_fold_probability()
    {
        var train = HandLabelled.SelectMany(ReportTrainingData.HandCopies).ToList();
        var trainer = new ReportClassifierTrainer(new PerceptronOptions { Epochs = 3, HashBits = 12 });
        var scores = ReportCrossFitting.OutOfFold(trainer, train, HandLabelled, HandLabelled).Unwrap();
        Assert.Equal(HandLabelled.Length, scores.Probabilities.Count);
        Assert.All(scores.Probabilities, p => Assert.InRange(p, 0, 1));
        Assert.Equal(HandLabelled.Count(e => e.Kind == ReportKind.SingleMatchReport), scores.IsReport.Count(r => r));
        // The articles come back in the same order as their probabilities, so the recipe can list the out-of-fold mistakes.
        Assert.Equal(scores.Probabilities.Count, scores.Examples.Count);
        Assert.Equal(scores.IsReport, scores.Examples.Select(e => e.Kind == ReportKind.SingleMatchReport));
        Assert.Equal(HandLabelled.Select(e => e.Article.Source).Order(), scores.Examples.Select(e => e.Article.Source).Order());
    }

    [Fact]
    public void Copies_of_one_title_fall_in_the_same_fold()
    {
        var a = Hand("a", "Rovers  2-1 Town", "one text", ReportKind.SingleMatchReport);
        var b = Hand("b", "rovers 2-1 town", "another site's copy", ReportKind.SingleMatchReport);
        Assert.Equal(ReportCrossFitting.FoldOf(a), ReportCrossFitting.FoldOf(b));
        Assert.InRange(ReportCrossFitting.FoldOf(a), 0, ReportCrossFitting.Folds - 1);
    }

    [Fact]
    public void A_hand_label_is_seen_its_weight_in_copies_some_of_them_without_title()
    {
        var copies = ReportTrainingData.HandCopies(HandLabelled[0]).ToList();
        Assert.Equal(ReportTrainingData.HandLabelWeight, copies.Count);
        Assert.Equal(ReportTrainingData.TitlelessCopies, copies.Count(c => c.TitleHidden));
        Assert.InRange(ReportTrainingData.TitlelessCopies, 1, ReportTrainingData.HandLabelWeight - 1);
        Assert.All(copies, c => Assert.Same(HandLabelled[0].Article, c.Article));
        // An article without a title has nothing to hide.
        var untitled = new ReportExample(new Article("u", "Rovers won 2-1."), ReportKind.SingleMatchReport);
        Assert.DoesNotContain(ReportTrainingData.HandCopies(untitled), c => c.TitleHidden);
    }
}
