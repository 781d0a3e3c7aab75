using NewsDigest.Extraction;
using NewsDigest.Extraction.Quotes;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Sequences;
using NewsDigest.Text;

namespace NewsDigest.Tests.Learning;

public sealed class LinearClassifierWorkout : TrainerWorkout<LabeledExample, LinearClassifier>
{
    private static readonly PerceptronOptions Options = new() { Epochs = 5, HashBits = 8 };

    protected override IReadOnlyList<LabeledExample> TinySet() =>
    [
        new([1, 2, 3], 0), new([1, 2, 4], 0), new([10, 11, 3], 1), new([10, 12, 4], 1), new([20, 21], 2), new([20, 22, 3], 2),
    ];

    protected override IReadOnlyList<LabeledExample> Malformed() => [new([1, 2], 0), new([1, 999], 1)];
    protected override ModelResult<LinearClassifier> Fit(IReadOnlyList<LabeledExample> data) => new AveragedPerceptronTrainer(["a", "b", "c"], Options).Fit(data);
    protected override byte[] Save(LinearClassifier model) => ModelFileFormat.ToBytes(model.ToFile(ModelKind.LinearClassifier));
    protected override ModelResult<LinearClassifier> Load(byte[] bytes) => LinearClassifier.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(LinearClassifier model, IReadOnlyList<LabeledExample> data) =>
        data.Select(e => model.Predict(e.Slots)).Select(p => $"{p.Label}:{p.Confidence:R}");
    protected override IEnumerable<string> Gold(IReadOnlyList<LabeledExample> data) => data.Select(e => $"{e.Label}");
    protected override IEnumerable<string> PredictedLabels(LinearClassifier model, IReadOnlyList<LabeledExample> data) => data.Select(e => $"{model.Predict(e.Slots).Label}");

    [Fact]
    public void Label_outside_the_label_set_is_named()
    {
        var result = Fit([new([1], 7)]);
        Assert.Contains("label 7", result.Error);
    }
}

public sealed class SequenceTaggerWorkout : TrainerWorkout<TaggedSequence, SequenceTagger>
{
    private static readonly string[] Labels = ["O", "B-X", "I-X"];

    // Tokens 5 and 6 start and continue an X span; everything else is outside.
    private static TaggedSequence Sequence(params int[] tokens)
    {
        var offsets = new int[tokens.Length + 1];
        var slots = new List<int>();
        var labels = new int[tokens.Length];
        for (int t = 0; t < tokens.Length; t++)
        {
            offsets[t] = slots.Count;
            slots.Add(tokens[t]);
            slots.Add(100 + (t > 0 ? tokens[t - 1] : 0));
            labels[t] = tokens[t] == 5 ? 1 : tokens[t] == 6 ? 2 : 0;
        }
        offsets[^1] = slots.Count;
        return new TaggedSequence(new SequenceFeatures(slots.ToArray(), offsets), labels);
    }

    protected override IReadOnlyList<TaggedSequence> TinySet() => [Sequence(1, 5, 6, 2), Sequence(5, 6, 3), Sequence(1, 2, 3), Sequence(4, 5, 6, 6)];
    protected override IReadOnlyList<TaggedSequence> Malformed() => [new(new SequenceFeatures([1, 2], [0, 1, 2]), [0, 2])];
    protected override ModelResult<SequenceTagger> Fit(IReadOnlyList<TaggedSequence> data) => new StructuredPerceptronTrainer(Labels, new PerceptronOptions { Epochs = 5, HashBits = 8 }).Fit(data);
    protected override byte[] Save(SequenceTagger model) => ModelFileFormat.ToBytes(model.ToFile(ModelKind.SequenceTagger));
    protected override ModelResult<SequenceTagger> Load(byte[] bytes) => SequenceTagger.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(SequenceTagger model, IReadOnlyList<TaggedSequence> data) =>
        data.SelectMany(s => model.Decode(s.Features)).Select(l => l.ToString());
    protected override IEnumerable<string> Gold(IReadOnlyList<TaggedSequence> data) => data.SelectMany(s => s.Labels).Select(l => l.ToString());
    protected override IEnumerable<string> PredictedLabels(SequenceTagger model, IReadOnlyList<TaggedSequence> data) => Predictions(model, data);

    [Fact]
    public void Inside_label_after_outside_is_malformed_with_a_reason()
    {
        Assert.Contains("cannot follow", Fit(Malformed()).Error);
    }
}

public sealed class ReportClassifierWorkout : TrainerWorkout<ReportExample, ModelReportDetector>
{
    private static readonly PerceptronOptions Options = new() { Epochs = 5, HashBits = 12 };

    protected override IReadOnlyList<ReportExample> TinySet() =>
    [
        new(new Article("r1", "Rovers 2-1 Town\nRovers came from behind to win 2-1, with Smith scoring in the 54th minute and Jones on 80 minutes."), ReportKind.SingleMatchReport),
        new(new Article("r2", "City 3-0 Albion\nCity cruised past Albion 3-0 as Brown struck in the 12th minute and again after 60 minutes."), ReportKind.SingleMatchReport),
        new(new Article("t1", "Rovers complete signing of winger\nRovers have signed the winger on a four-year contract for an undisclosed fee."), ReportKind.Transfer),
        new(new Article("t2", "Town agree deal for striker\nTown have agreed a fee for the striker, who will have a medical before signing a contract."), ReportKind.Transfer),
        new(new Article("o1", "Council approves new bus lanes\nThe council voted to approve bus lanes on the high street after a public consultation."), ReportKind.OffTopic),
        new(new Article("o2", "Rain expected across the region\nForecasters expect heavy rain and wind across the region through the weekend."), ReportKind.OffTopic),
    ];

    protected override IReadOnlyList<ReportExample> Malformed() => [new(new Article("x", "text"), (ReportKind)99)];
    protected override ModelResult<ModelReportDetector> Fit(IReadOnlyList<ReportExample> data) => new ReportClassifierTrainer(Options).Fit(data, data);
    protected override byte[] Save(ModelReportDetector model) => ModelFileFormat.ToBytes(model.ToFile());
    protected override ModelResult<ModelReportDetector> Load(byte[] bytes) => ModelReportDetector.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(ModelReportDetector model, IReadOnlyList<ReportExample> data) =>
        data.Select(e => model.Detect(e.Article)).Select(p => $"{p.Kind}:{p.Confidence:R}");
    protected override IEnumerable<string> Gold(IReadOnlyList<ReportExample> data) => data.Select(e => e.Kind.ToString());
    protected override IEnumerable<string> PredictedLabels(ModelReportDetector model, IReadOnlyList<ReportExample> data) => data.Select(e => model.Detect(e.Article).Kind.ToString());
}

public sealed class SentenceClassifierWorkout : TrainerWorkout<SentenceExample, ModelSentenceClassifier>
{
    private const string Text = "Smith scored in the 54th minute with a low shot. Jones hit the post from close range. "
        + "\"We deserved it,\" said the manager. Brown was sent off for a second yellow card. Town won 2-1 on Saturday. "
        + "Green scored a header on 70 minutes. Black fired wide from distance. \"It was a tough game,\" Black said.";

    protected override IReadOnlyList<SentenceExample> TinySet()
    {
        SentenceLabel[] labels = [SentenceLabel.Goal, SentenceLabel.Chance, SentenceLabel.Quote, SentenceLabel.RedCard, SentenceLabel.Result, SentenceLabel.Goal, SentenceLabel.Chance, SentenceLabel.Quote];
        return SentenceSplitter.Split(Text).Select((s, i) => new SentenceExample(Text, s, labels[i])).ToList();
    }

    protected override IReadOnlyList<SentenceExample> Malformed() => [new("short", new TextSpan(2, 40), SentenceLabel.Goal)];
    protected override ModelResult<ModelSentenceClassifier> Fit(IReadOnlyList<SentenceExample> data) => new SentenceClassifierTrainer(new PerceptronOptions { Epochs = 5, HashBits = 12 }).Fit(data, data);
    protected override byte[] Save(ModelSentenceClassifier model) => ModelFileFormat.ToBytes(model.ToFile());
    protected override ModelResult<ModelSentenceClassifier> Load(byte[] bytes) => ModelSentenceClassifier.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(ModelSentenceClassifier model, IReadOnlyList<SentenceExample> data) =>
        data.Select(e => model.Classify(e.Text, e.Sentence)).Select(p => $"{p.Label}:{p.Confidence:R}");
    protected override IEnumerable<string> PredictedLabels(ModelSentenceClassifier model, IReadOnlyList<SentenceExample> data) => data.Select(e => model.Classify(e.Text, e.Sentence).Label.ToString());
    protected override IEnumerable<string> Gold(IReadOnlyList<SentenceExample> data) => data.Select(e => e.Label.ToString());
}

public sealed class NameTaggerWorkout : TrainerWorkout<NameExample, ModelNameTagger>
{
    private static readonly NameGazetteer Gazetteer = NameGazetteer.FromPhrases(new Dictionary<NameKind, IEnumerable<string>>
    {
        [NameKind.Team] = ["Rovers", "Town"],
        [NameKind.Venue] = ["Mill Lane"],
    });

    private static NameExample Example(string text, params (string Name, NameKind Kind)[] names) =>
        new(text, new TextSpan(0, text.Length), names.Select(n => new NameSpan(new TextSpan(text.IndexOf(n.Name, StringComparison.Ordinal), n.Name.Length), n.Kind)).ToList());

    protected override IReadOnlyList<NameExample> TinySet() =>
    [
        Example("John Smith scored for Rovers at Mill Lane.", ("John Smith", NameKind.Person), ("Rovers", NameKind.Team), ("Mill Lane", NameKind.Venue)),
        Example("Town beat Rovers as Peter Jones scored twice.", ("Town", NameKind.Team), ("Rovers", NameKind.Team), ("Peter Jones", NameKind.Person)),
        Example("Rovers manager Tom Brown praised his side.", ("Rovers", NameKind.Team), ("Tom Brown", NameKind.Person)),
    ];

    protected override IReadOnlyList<NameExample> Malformed() => [new("John Smith", new TextSpan(0, 10), [new NameSpan(new TextSpan(3, 40), NameKind.Person)])];
    protected override ModelResult<ModelNameTagger> Fit(IReadOnlyList<NameExample> data) => new NameTaggerTrainer(new PerceptronOptions { Epochs = 6, HashBits = 12 }).Fit(data, Gazetteer, Gazetteer);
    protected override byte[] Save(ModelNameTagger model) => ModelFileFormat.ToBytes(model.ToFile());
    protected override ModelResult<ModelNameTagger> Load(byte[] bytes) => ModelNameTagger.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(ModelNameTagger model, IReadOnlyList<NameExample> data) =>
        data.SelectMany(e => model.Tag(e.Text, e.Sentence)).Select(n => $"{n.Span.Start}+{n.Span.Length}:{n.Kind}:{n.Confidence:R}");
    protected override IEnumerable<string> PredictedLabels(ModelNameTagger model, IReadOnlyList<NameExample> data) =>
        data.SelectMany(e => model.Tag(e.Text, e.Sentence)).Select(n => $"{n.Span.Start}+{n.Span.Length}:{n.Kind}");
    protected override IEnumerable<string> Gold(IReadOnlyList<NameExample> data) => data.SelectMany(e => e.Names).Select(n => $"{n.Span.Start}+{n.Span.Length}:{n.Kind}");
}

/// <summary>The three quotes every speaker-ranker workout fits, whatever its learner.</summary>
internal static class SpeakerWorkoutExamples
{
    private static QuoteExample Example(string text, string speaker)
    {
        var quotes = QuoteSpans.Find(text);
        var candidates = SpeakerCandidateFinder.Find(text, quotes[0], quotes);
        int index = candidates.FindIndex(c => c.Name == speaker);
        return new QuoteExample(text, quotes[0], candidates, index);
    }

    public static IReadOnlyList<QuoteExample> Tiny() =>
    [
        Example("Rovers lost to Town. \"We were poor all afternoon,\" said Tom Brown after the game.", "Tom Brown"),
        Example("Peter Jones scored twice. \"It was a great day for the club,\" said Sam Green.", "Sam Green"),
        Example("Mark White played well. Alan Black said: \"We have to keep going like this.\"", "Alan Black"),
    ];
}

public sealed class SpeakerRankerWorkout : SpeakerRankerWorkoutBase
{
    protected override ModelResult<ModelSpeakerRanker> Fit(IReadOnlyList<QuoteExample> data) => new SpeakerRankerTrainer(new PerceptronOptions { Epochs = 6, HashBits = 10 }).Fit(data, data);
}

/// <summary>The speaker ranker's workout, whichever learner fits it: the data, the file round trip and the predictions are the same.</summary>
public abstract class SpeakerRankerWorkoutBase : TrainerWorkout<QuoteExample, ModelSpeakerRanker>
{
    protected override IReadOnlyList<QuoteExample> TinySet() => SpeakerWorkoutExamples.Tiny();

    protected override IReadOnlyList<QuoteExample> Malformed() => [TinySet()[0] with { Speaker = 42 }];
    protected override byte[] Save(ModelSpeakerRanker model) => ModelFileFormat.ToBytes(model.ToFile());
    protected override ModelResult<ModelSpeakerRanker> Load(byte[] bytes) => ModelSpeakerRanker.Load(new MemoryStream(bytes));
    protected override IEnumerable<string> Predictions(ModelSpeakerRanker model, IReadOnlyList<QuoteExample> data) =>
        data.SelectMany(e => e.Candidates.Select(c => model.Score(e.Text, e.Quote, c, e.Candidates).ToString("R")));
    protected override IEnumerable<string> PredictedLabels(ModelSpeakerRanker model, IReadOnlyList<QuoteExample> data) => data.Select(e => model.Best(e.Text, e.Quote, e.Candidates).ToString());
    protected override IEnumerable<string> Gold(IReadOnlyList<QuoteExample> data) => data.Select(e => e.Speaker.ToString());
}

public sealed class ReportProbabilityTests
{
    [Fact]
    public void Single_match_probability_agrees_with_the_detected_kind()
    {
        var models = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models")).Models;
        var detector = (ModelReportDetector)models.ReportDetector!;
        var article = new Article("a", "Rovers 2-1 Town\nRovers came from behind to win 2-1, with Smith scoring in the 54th minute and Jones heading in on 80 minutes after Brown's opener.");
        var (kind, confidence) = detector.Detect(article);
        double p = detector.SingleMatchProbability(article);
        Assert.InRange(p, 0, 1);
        // The committed model decides by its stored threshold: a report exactly when the probability reaches it.
        Assert.NotNull(detector.SingleMatchThreshold);
        Assert.Equal(p >= detector.SingleMatchThreshold, kind == ReportKind.SingleMatchReport);
        if (kind == ReportKind.SingleMatchReport) Assert.Equal(confidence, p, 9);
    }
}
