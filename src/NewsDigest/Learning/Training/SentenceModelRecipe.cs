using System.Globalization;
using System.Text;
using NewsDigest.Extraction;
using NewsDigest.Learning.Metrics;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the sentence classifier on distantly labelled sentences of the gold reports (train split by report id) and scores it on the dev split.</summary>
public sealed class SentenceModelRecipe : IModelRecipe
{
    public string Name => ModelNames.Sentence;

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var (train, dev) = Examples(inputs.Shared);
        log.WriteLine($"sentence: {train.Count} training sentences, {dev.Count} dev sentences");
        var fitted = new SentenceClassifierTrainer().Fit(train, dev,
            "sentences of ESPN 2012-14 (gold from the facts table) and premierleague.com 2025-26 reports (gold scorersNoisy), labelled by distant supervision; train split of DataSplit by report id");
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scores = Score(fitted.Value, dev).Format();
        var c = fitted.Value.Classifier;
        var card = $"""
            # Sentence classifier (`{ModelNames.FileName(Name)}`)

            Labels a report sentence: {string.Join(", ", Enum.GetNames<SentenceLabel>())}.
            Averaged perceptron over hashed features ({SentenceFeatures.Name}: words, word pairs, first word, counts of scorelines,
            minute marks, quote marks and capitalised words, position), 2^{c.HashBits} slots, temperature {c.Temperature.ToString("0.###", CultureInfo.InvariantCulture)}.

            - Data: {c.Training.Data}.
            - Labels (`Learning/Training/SentenceDistantLabeler.cs`): Goal / PenaltyScored when a sentence names a gold scorer with the
              goal's minute or a scoring verb; Result when it states the gold final score; Quote, PenaltyMissed, RedCard and Chance by
              keyword rules. The dev scores below measure agreement with these distant labels on reports never trained on.
            - Examples: {c.Training.Examples}, epochs {c.Training.Epochs}, seed {c.Training.Seed}. Data dates: ESPN 2013, premierleague.com 2025-26.
            - Rebuild: `newsdigest train --model sentence`; score: `newsdigest eval models --model sentence`.

            ## Scores (dev split)

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(fitted.Value.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelSentenceClassifier.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var (_, dev) = Examples(inputs.Shared);
        return ModelResult<string>.Ok($"dev split, {dev.Count} sentences (distant labels):\n" + Score(model.Value, dev).Format());
    }

    private static ConfusionMatrix Score(ModelSentenceClassifier model, IReadOnlyList<SentenceExample> examples)
    {
        var matrix = new ConfusionMatrix(Enum.GetNames<SentenceLabel>());
        foreach (var e in examples) matrix.Add((int)e.Label, (int)model.Classify(e.Text, e.Sentence).Label);
        return matrix;
    }

    private static (List<SentenceExample> Train, List<SentenceExample> Dev) Examples(SharedCorpora shared)
    {
        var train = new List<SentenceExample>();
        var dev = new List<SentenceExample>();
        foreach (var report in GoldReports.Load(shared))
        {
            var part = DataSplit.Of(report.Id);
            if (part == DataSplit.Part.Test) continue;
            var target = part == DataSplit.Part.Train ? train : dev;
            foreach (var (sentence, label) in SentenceDistantLabeler.Label(report)) target.Add(new SentenceExample(report.Text, sentence, label));
        }
        return (train, dev);
    }
}
