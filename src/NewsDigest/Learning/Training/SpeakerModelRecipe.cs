using NewsDigest.Extraction.Quotes;
using System.Globalization;
using System.Text;
using System.Text.Json;
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

    public ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log)
    {
        var (train, dev) = Examples(inputs.Shared);
        log.WriteLine($"speaker: {train.Count} training quotes, {dev.Count} dev quotes");
        var fitted = new SpeakerRankerTrainer().Fit(train, dev,
            $"direct quotes with an explicit attribution pattern in ESPN, premierleague.com and the first {ArchiveArticles} archive articles; train split of DataSplit by article id");
        if (!fitted.IsSuccess) return fitted.FailAs<TrainedModel>();
        var scores = Describe(fitted.Value, dev, inputs);
        var c = fitted.Value.Classifier;
        var card = $"""
            # Quote speaker ranker (`{ModelNames.FileName(Name)}`)

            Scores each candidate speaker of a quote (names within {SpeakerCandidateFinder.Before} characters before and {SpeakerCandidateFinder.After} after it,
            and "he"/"she" after it); the extractor takes the highest. A yes/no averaged perceptron over pair features
            ({SpeakerFeatures.Name}: side and distance, words between, words beside the mention, colon, line break, role, pronoun,
            rank by distance, recurrence of the surname), 2^{c.HashBits} slots, temperature {c.Temperature.ToString("0.###", CultureInfo.InvariantCulture)}.

            - Data: {c.Training.Data}.
            - Labels (`Learning/Training/QuoteAttributionFinder.cs`): ", said Name", "Name said", "Name said:" patterns; quotes without one are left out,
              so the dev score below measures the same kind of quote. Hand annotations are scored too once they exist.
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
        var file = ModelFileFormat.Load(Path.Combine(inputs.ModelsDirectory, ModelNames.FileName(Name)));
        if (!file.IsSuccess) return file.FailAs<string>();
        var model = ModelSpeakerRanker.FromFile(file.Value);
        if (!model.IsSuccess) return model.FailAs<string>();
        var (_, dev) = Examples(inputs.Shared);
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
        var path = Path.Combine(inputs.RepositoryRoot, AnnotationsPath);
        if (!File.Exists(path)) return $"hand annotations: {AnnotationsPath} not present yet";
        var lines = File.ReadAllLines(path);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in inputs.Shared.Espn().Concat(inputs.Shared.PremierLeague())) texts[r.Id] = r.Text;
        // Archive ("news") quotes point into the gzip archive: read only the articles annotated.
        if (lines.Any(l => l.Contains("\"news\"", StringComparison.Ordinal)))
            foreach (var a in inputs.Shared.Archive()) if (lines.Any(l => l.Contains(a.Id, StringComparison.Ordinal))) texts.TryAdd(a.Id, a.Text);
        int total = 0, correct = 0, skipped = 0;
        var byPart = new Dictionary<DataSplit.Part, (int Total, int Correct)>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0) continue;
            string id, speaker;
            int start, end;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                id = r.GetProperty("id").GetString() ?? "";
                start = r.GetProperty("start").GetInt32();
                end = r.GetProperty("end").GetInt32();
                speaker = r.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() ?? "" : "";
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                skipped++;
                continue;
            }
            if (!texts.TryGetValue(id, out var text) || start < 0 || end > text.Length || end <= start) { skipped++; continue; }
            var quote = QuoteSpans.WithMarks(text, new TextSpan(start, end - start));
            var candidates = SpeakerCandidateFinder.Find(text, quote, QuoteSpans.Find(text));
            int best = model.Best(text, quote, candidates);
            bool right = best >= 0 && speaker.Length > 0 && SameSpeaker(candidates[best].Name, speaker, candidates, best, text, quote);
            total++;
            if (right) correct++;
            var part = DataSplit.Of(id);
            byPart.TryGetValue(part, out var agg);
            byPart[part] = (agg.Total + 1, agg.Correct + (right ? 1 : 0));
        }
        var ci = CultureInfo.InvariantCulture;
        var parts = string.Join(", ", byPart.OrderBy(p => p.Key).Select(p => string.Create(ci, $"{p.Key.ToString().ToLowerInvariant()} {(double)p.Value.Correct / p.Value.Total:0.000} of {p.Value.Total}")));
        return string.Create(ci, $"hand annotations ({AnnotationsPath}): speaker accuracy {(double)correct / Math.Max(1, total):0.000} over {total} quotes ({parts}); {skipped} lines unusable");
    }

    /// <summary>A pronoun is right when the nearest named candidate before it is the speaker; a name is right when its surname matches.</summary>
    private static bool SameSpeaker(string predicted, string gold, IReadOnlyList<SpeakerCandidate> candidates, int best, string text, TextSpan quote)
    {
        if (candidates[best].IsPronoun)
        {
            for (int i = best - 1; i >= 0; i--)
                if (!candidates[i].IsPronoun) { predicted = candidates[i].Name; break; }
        }
        var p = NameFolding.Fold(NameFolding.Surname(predicted));
        var g = NameFolding.Fold(gold);
        return p.Length > 0 && g.Split(' ').Contains(p);
    }

    private static (List<QuoteExample> Train, List<QuoteExample> Dev) Examples(SharedCorpora shared)
    {
        var train = new List<QuoteExample>();
        var dev = new List<QuoteExample>();
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
