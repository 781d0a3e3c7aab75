using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Learning.Sequences;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>The trained name tagger: a structured-perceptron BIO tagger with gazetteer features, finding person, team, venue and competition names. Thread-safe.</summary>
public sealed class ModelNameTagger : INameTagger
{
    [ThreadStatic] private static FeatureBuffer? _buffer;

    internal ModelNameTagger(SequenceTagger tagger, NameGazetteer gazetteer)
    {
        Tagger = tagger;
        Gazetteer = gazetteer;
    }

    public SequenceTagger Tagger { get; }
    public NameGazetteer Gazetteer { get; }

    public IReadOnlyList<NameSpan> Tag(string text, TextSpan sentence)
    {
        var tokens = Tokenizer.Tokenize(text, sentence);
        if (tokens.Count == 0) return [];
        var buffer = _buffer;
        if (buffer is null || buffer.HashBits != Tagger.HashBits) _buffer = buffer = new FeatureBuffer(Tagger.HashBits, 2048);
        var features = NameFeatures.Featurize(text, tokens, Gazetteer, buffer);
        var confidence = new double[tokens.Count];
        var labels = Tagger.Decode(features, confidence);
        return Spans(tokens, labels, confidence);
    }

    /// <summary>Turns BIO labels into spans; a span's confidence is the lowest of its tokens'.</summary>
    public static List<NameSpan> Spans(IReadOnlyList<Token> tokens, int[] labels, double[]? confidence = null)
    {
        var spans = new List<NameSpan>();
        int t = 0;
        while (t < labels.Length)
        {
            if (labels[t] == 0) { t++; continue; }
            var kind = NameFeatures.KindOf(labels[t]);
            int start = t;
            double low = confidence?[t] ?? 1;
            t++;
            while (t < labels.Length && labels[t] == NameFeatures.InsideLabel(kind))
            {
                low = Math.Min(low, confidence?[t] ?? 1);
                t++;
            }
            int from = tokens[start].Start, to = tokens[t - 1].End;
            spans.Add(new NameSpan(new TextSpan(from, to - from), kind, low));
        }
        return spans;
    }

    public ModelFile ToFile() => Tagger.ToFile(ModelKind.NameTagger, Gazetteer.ToLexicons());

    public static ModelResult<ModelNameTagger> FromFile(ModelFile file)
    {
        var tagger = SequenceTagger.FromFile(file, ModelKind.NameTagger);
        if (!tagger.IsSuccess) return tagger.FailAs<ModelNameTagger>();
        if (file.Training.Features != NameFeatures.Name)
            return ModelResult<ModelNameTagger>.Fail($"trained for features '{file.Training.Features}', this build computes '{NameFeatures.Name}'; retrain");
        if (!file.Labels.SequenceEqual(NameFeatures.Labels))
            return ModelResult<ModelNameTagger>.Fail($"labels [{string.Join(", ", file.Labels)}] do not match this build's BIO name labels");
        return ModelResult<ModelNameTagger>.Ok(new ModelNameTagger(tagger.Value, new NameGazetteer(file.Lexicons)));
    }

    public static ModelResult<ModelNameTagger> Load(Stream source)
    {
        var file = ModelFileFormat.Load(source);
        return file.IsSuccess ? FromFile(file.Value) : file.FailAs<ModelNameTagger>();
    }

    /// <summary>The same weights without gazetteer lookups: shows what context alone finds.</summary>
    public ModelNameTagger WithoutGazetteer() => new(Tagger, NameGazetteer.Empty);
}
