using System.Globalization;
using System.Text;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Metrics;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;
using NewsDigest.Text;

namespace NewsDigest.Learning.Training;

/// <summary>Trains the name tagger on gazetteer-labelled sentences of the corpus reports (train split), with half the gazetteer hidden from the features, and scores spans on the dev split.</summary>
public sealed class NameModelRecipe : IModelRecipe
{
    public string Name => ModelNames.Names;

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var reports = GoldReports.Load(inputs.Shared);
        var phrases = NameGazetteerSource.Gather(inputs.Shared, inputs.RepositoryRoot, reports);
        var full = NameGazetteer.FromPhrases(phrases.ToDictionary(p => p.Key, p => (IEnumerable<string>)p.Value));
        // Gazetteer dropout: features see only the half of each list whose hash is even.
        var half = NameGazetteer.FromPhrases(phrases.ToDictionary(p => p.Key, p => p.Value.Where(s => (FeatureHasher.Phrase(s) & 1) == 0)));
        var (train, dev) = Examples(reports, full);
        log.WriteLine($"names: {train.Count} training sentences, {dev.Count} dev sentences, gazetteer {string.Join(", ", phrases.Select(p => $"{p.Key} {p.Value.Count}"))}");
        var fitted = new NameTaggerTrainer().Fit(train, half, full,
            "sentences of ESPN 2012-14 and premierleague.com 2025-26 reports, names labelled by longest gazetteer match (players from the facts table and scorersNoisy, teams and aliases, venues, competitions); train split of DataSplit by report id");
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scores = Describe(fitted.Value, dev);
        var t = fitted.Value.Tagger;
        var card = $"""
            # Name tagger (`{ModelNames.FileName(Name)}`)

            Finds person, team, venue and competition names: BIO labels, structured averaged perceptron, Viterbi decoding under
            BIO constraints. Features ({NameFeatures.Name}): word, shape, prefix, suffix, neighbouring words and shapes, and
            gazetteer marks; 2^{t.HashBits} slots. The file carries its gazetteers as phrase hashes
            ({string.Join(", ", phrases.Select(p => $"{p.Key}: {p.Value.Count}"))}).

            - Data: {t.Training.Data}.
            - Gazetteer dropout: during training the features see half of each list, so the tagger also learns names from context.
              Lists: `{NameGazetteerSource.Folder}/` (written here) plus names from `../shared/facts` and the premierleague.com corpus.
            - The dev labels come from the same gazetteers, so "with gazetteer" is an upper bound; "context only" runs the same
              weights with the gazetteers switched off and shows how far the tagger goes beyond the lists.
            - Examples: {t.Training.Examples}, epochs {t.Training.Epochs}, seed {t.Training.Seed}. Data dates: 2001-2014 facts, 2013 and 2025-26 reports.
            - Rebuild: `newsdigest train --model names`; score: `newsdigest eval models --model names`.

            ## Scores (dev split, exact span and kind)

            ```
            {scores.TrimEnd()}
            ```

            """;
        return ModelResult<TrainedModel>.Ok(new TrainedModel(fitted.Value.ToFile(), card));
    }

    public ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log)
    {
        var model = SavedModel.Load(inputs, Name, ModelNameTagger.FromFile);
        if (!model.IsSuccess) return model.FailAs<string>();
        var reports = GoldReports.Load(inputs.Shared);
        var phrases = NameGazetteerSource.Gather(inputs.Shared, inputs.RepositoryRoot, reports);
        var full = NameGazetteer.FromPhrases(phrases.ToDictionary(p => p.Key, p => (IEnumerable<string>)p.Value));
        var (_, dev) = Examples(reports, full);
        return ModelResult<string>.Ok(Describe(model.Value, dev));
    }

    private static string Describe(ModelNameTagger model, List<NameExample> dev)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"dev split, {dev.Count} sentences, {dev.Sum(d => d.Names.Count)} names (gazetteer labels)");
        sb.Append("with gazetteer:\n").Append(SpanScores(model, dev));
        sb.Append("context only (gazetteers off):\n").Append(SpanScores(model.WithoutGazetteer(), dev));
        return sb.ToString();
    }

    public static string SpanScores(INameTagger tagger, IReadOnlyList<NameExample> examples)
    {
        var kinds = Enum.GetValues<NameKind>();
        var scores = new LabelScores[kinds.Length];
        foreach (var e in examples)
        {
            var predicted = tagger.Tag(e.Text, e.Sentence).Select(n => (n.Span, n.Kind)).ToHashSet();
            var gold = e.Names.Select(n => (n.Span, n.Kind)).ToHashSet();
            foreach (var kind in kinds)
            {
                int tp = gold.Count(g => g.Kind == kind && predicted.Contains(g));
                int fp = predicted.Count(p => p.Kind == kind) - tp;
                int fn = gold.Count(g => g.Kind == kind) - tp;
                scores[(int)kind] = scores[(int)kind].Plus(LabelScores.From(tp, fp, fn));
            }
        }
        var sb = new StringBuilder();
        var all = scores.Aggregate(default(LabelScores), (a, b) => a.Plus(b));
        var ci = CultureInfo.InvariantCulture;
        sb.AppendLine(string.Create(ci, $"  all          P {all.Precision:0.000} R {all.Recall:0.000} F1 {all.F1:0.000} ({all.Support} gold)"));
        foreach (var kind in kinds)
        {
            var s = scores[(int)kind];
            sb.AppendLine(string.Create(ci, $"  {kind,-12} P {s.Precision:0.000} R {s.Recall:0.000} F1 {s.F1:0.000} ({s.Support} gold)"));
        }
        return sb.ToString();
    }

    private static (List<NameExample> Train, List<NameExample> Dev) Examples(IReadOnlyList<MatchReportRecord> reports, NameGazetteer gazetteer)
    {
        var train = new List<NameExample>();
        var dev = new List<NameExample>();
        foreach (var report in reports)
        {
            var part = DataSplit.Of(report.Id);
            if (part == DataSplit.Part.Test) continue;
            var target = part == DataSplit.Part.Train ? train : dev;
            foreach (var sentence in SentenceSplitter.Split(report.Text))
                target.Add(new NameExample(report.Text, sentence, NameDistantLabeler.Label(report.Text, sentence, gazetteer)));
        }
        return (train, dev);
    }
}
