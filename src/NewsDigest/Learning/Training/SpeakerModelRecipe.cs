using NewsDigest.Extraction.Quotes;
using System.Globalization;
using System.Text;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the speaker ranker on pattern-attributed quotes (corpus reports and archive articles, train split) and scores top-1 accuracy on the dev split, and on hand annotations when data/annotations/quotes.jsonl exists.</summary>
public sealed class SpeakerModelRecipe : IModelRecipe
{
    public const string AnnotationsPath = "data/annotations/quotes.jsonl";
    private const int ArchiveArticles = 8000;

    public string Name => ModelNames.Speaker;

    /// <summary>Which learner fits the ranker; chosen on the dev split (`eval extraction --split dev`), never on test. Session 9: the
    /// logistic learner read dev one quote worse than the kept perceptron (models/speaker-ranker.md), so the perceptron stays.</summary>
    public static readonly SpeakerLearner Learner = SpeakerLearner.Perceptron;

    /// <summary>The logistic learner's settings: 16-bit hashing as the perceptron, a light L2 penalty.</summary>
    public static readonly LogisticOptions LogisticOptions = new() { HashBits = 16, Epochs = 6, L2 = 1e-5, LearningRate = 0.1 };

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var (train, dev) = Examples(inputs);
        log.WriteLine($"speaker: {train.Count} training quotes, {dev.Count} dev quotes");
        var trainer = Learner == SpeakerLearner.Logistic ? SpeakerRankerTrainer.Logistic(LogisticOptions) : new SpeakerRankerTrainer();
        var fitted = trainer.Fit(train, dev,
            $"direct quotes with an explicit attribution pattern in ESPN, premierleague.com and the first {ArchiveArticles} archive articles, plus the hand-annotated quotes of train-split articles (x{HandQuoteWeight}); train split of DataSplit by article id");
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scores = Describe(fitted.Value, dev, inputs);
        var c = fitted.Value.Classifier;
        var card = $"""
            # Quote speaker ranker (`{ModelNames.FileName(Name)}`)

            Scores each candidate speaker of a quote (names within {SpeakerCandidateFinder.Before} characters before and {SpeakerCandidateFinder.After} after it,
            and "he"/"she" after it); the extractor takes the highest. A yes/no {(Learner == SpeakerLearner.Logistic ? "L2-regularised logistic regression (`LogisticRegressionTrainer`, L2 " + LogisticOptions.L2.ToString("0.#####", CultureInfo.InvariantCulture) + ")" : "averaged perceptron")} over pair features
            ({SpeakerFeatures.Name}: side and distance, words between, words beside the mention, colon, line break, role, pronoun,
            rank by distance, recurrence of the surname; over the whole article: the surname in the headline line, how often it is
            named and how often beside a speech verb, and whether the "name" is a platform, an outlet or a body such as Instagram
            or "Trades Union Congress"; and whether it opens a sentence of the paragraph right above a paragraph that is only the quote),
            2^{c.HashBits} slots, temperature {c.Temperature.ToString("0.###", CultureInfo.InvariantCulture)}.

            - Data: {c.Training.Data}.
            - Labels (`Learning/Training/QuoteAttributionFinder.cs`): ", said Name", "Name said", "Name said:", "Name, role:", reported speech
              ("Name insists ... "quote""), and quotes continued in the next paragraph; quotes without one are left out. The hand-annotated
              quotes of train-split articles are added; those of dev and test articles are only scored (the "train" figure below is not held out).
            - Examples: {c.Training.Examples} quotes, epochs {c.Training.Epochs}, seed {c.Training.Seed}.
            - Rebuild: `newsdigest train --model speaker`; score: `newsdigest eval models --model speaker`.

            ## Scores

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(fitted.Value.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelSpeakerRanker.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var (_, dev) = Examples(inputs);
        return ModelResult<string>.Ok(Describe(model.Value, dev, inputs));
    }

    private static string Describe(ModelSpeakerRanker model, List<QuoteExample> dev, TrainingInputs inputs)
    {
        var ci = CultureInfo.InvariantCulture;
        int correct = dev.Count(e => model.Best(e.Text, e.Quote, e.Candidates) == e.Speaker);
        int nearest = dev.Count(e => NearestAfterOrBefore(e) == e.Speaker);
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(ci, $"dev split, {dev.Count} pattern-attributed quotes: top-1 accuracy {(double)correct / Math.Max(1, dev.Count):0.000} (nearest-name baseline {(double)nearest / Math.Max(1, dev.Count):0.000})"));
        sb.AppendLine(HandAnnotated(model, inputs));
        return sb.ToString();
    }

    /// <summary>The baseline: the closest named candidate on either side.</summary>
    private static int NearestAfterOrBefore(QuoteExample e)
    {
        int best = -1, bestDistance = int.MaxValue;
        for (int i = 0; i < e.Candidates.Count; i++)
        {
            var m = e.Candidates[i].Mention;
            if (e.Candidates[i].IsPronoun) continue;
            int d = m.Start >= e.Quote.End ? m.Start - e.Quote.End : e.Quote.Start - m.End;
            if (d < bestDistance) { bestDistance = d; best = i; }
        }
        return best;
    }

    private static string HandAnnotated(ModelSpeakerRanker model, TrainingInputs inputs)
    {
        var (quotes, problems) = QuoteAnnotations.Read(inputs.RepositoryRoot, inputs.Shared);
        if (quotes.Count == 0 && problems.Count == 0) return $"hand annotations: {QuoteAnnotations.RelativePath} not present yet";
        int total = 0, correct = 0, baseline = 0;
        var byPart = new Dictionary<DataSplit.Part, (int Total, int Correct)>();
        foreach (var q in quotes)
        {
            // The held-out test quotes are scored by `eval extraction --split test` alone, never while training, so no card shows them.
            if (DataSplit.Of(q.Id) == DataSplit.Part.Test) continue;
            var candidates = SpeakerCandidateFinder.Find(q.Text, q.Quote, QuoteSpans.Find(q.Text));
            int best = model.Best(q.Text, q.Quote, candidates);
            bool right = best >= 0 && SameSpeaker(candidates[best].Name, q.Speaker);
            int nearest = NearestAfterOrBefore(new QuoteExample(q.Text, q.Quote, candidates, 0));
            if (nearest >= 0 && SameSpeaker(candidates[nearest].Name, q.Speaker)) baseline++;
            total++;
            if (right) correct++;
            var part = DataSplit.Of(q.Id);
            byPart.TryGetValue(part, out var agg);
            byPart[part] = (agg.Total + 1, agg.Correct + (right ? 1 : 0));
        }
        var ci = CultureInfo.InvariantCulture;
        var parts = string.Join(", ", byPart.OrderBy(p => p.Key).Select(p => string.Create(ci, $"{p.Key.ToString().ToLowerInvariant()} {(double)p.Value.Correct / p.Value.Total:0.000} of {p.Value.Total}")));
        return string.Create(ci, $"hand annotations ({QuoteAnnotations.RelativePath}): speaker accuracy {(double)correct / Math.Max(1, total):0.000} over {total} quotes ({parts}); nearest-name baseline {(double)baseline / Math.Max(1, total):0.000}; {problems.Count} lines unusable")
            + (problems.Count > 0 ? "\n  " + string.Join("\n  ", problems) : "");
    }

    /// <summary>Right when the surname of the chosen candidate (a pronoun carries the name it stands for) is one of the gold speaker's names.</summary>
    private static bool SameSpeaker(string predicted, string gold)
    {
        if (gold.Length == 0) return false;
        var p = NameFolding.Fold(NameFolding.Surname(predicted));
        return p.Length > 0 && NameFolding.Fold(gold).Split(' ').Contains(p);
    }

    /// <summary>Hand-annotated quotes of the train split, each repeated so a few careful labels weigh against thousands of pattern ones.</summary>
    public const int HandQuoteWeight = 5;

    private static (List<QuoteExample> Train, List<QuoteExample> Dev) Examples(TrainingInputs inputs)
    {
        var shared = inputs.Shared;
        var train = new List<QuoteExample>();
        var dev = new List<QuoteExample>();
        foreach (var q in QuoteAnnotations.Read(inputs.RepositoryRoot, shared).Quotes)
        {
            if (DataSplit.Of(q.Id) != DataSplit.Part.Train || q.Speaker.Length == 0) continue;
            var candidates = SpeakerCandidateFinder.Find(q.Text, q.Quote, QuoteSpans.Find(q.Text));
            int speaker = -1, distance = int.MaxValue;
            for (int i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.IsPronoun || !SameSpeaker(c.Name, q.Speaker)) continue;
                int d = c.Mention.Start >= q.Quote.End ? c.Mention.Start - q.Quote.End : q.Quote.Start - c.Mention.End;
                if (d < distance) { distance = d; speaker = i; }
            }
            if (speaker < 0) continue;
            for (int copy = 0; copy < HandQuoteWeight; copy++) train.Add(new QuoteExample(q.Text, q.Quote, candidates, speaker));
        }
        var sources = shared.Espn().Concat(shared.PremierLeague()).Select(r => (r.Id, r.Text))
            .Concat(shared.Archive(ArchiveArticles).Select(a => (a.Id, a.Text)));
        foreach (var (id, text) in sources)
        {
            var part = DataSplit.Of(id);
            if (part == DataSplit.Part.Test) continue;
            (part == DataSplit.Part.Train ? train : dev).AddRange(QuoteAttributionFinder.Find(text));
        }
        return (train, dev);
    }
}
