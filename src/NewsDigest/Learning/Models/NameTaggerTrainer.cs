using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Features;
using NewsDigest.Learning.Sequences;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>A sentence with its gold names.</summary>
public sealed record NameExample(string Text, TextSpan Sentence, IReadOnlyList<NameSpan> Names);

/// <summary>
/// Fits the name tagger. The gazetteer given for features may be a part of the one used to label (gazetteer
/// dropout), so the tagger learns context as well as lookups; the saved model carries the full gazetteer.
/// </summary>
public sealed class NameTaggerTrainer(PerceptronOptions options)
{
    public static readonly PerceptronOptions Defaults = new() { Epochs = 6, HashBits = 16 };

    public NameTaggerTrainer() : this(Defaults) { }

    public ModelResult<ModelNameTagger> Fit(IReadOnlyList<NameExample> train, NameGazetteer trainingFeatures, NameGazetteer saved, string dataDescription = "unspecified")
    {
        if (train.Count == 0) return ModelResult<ModelNameTagger>.Fail("no training sentences");
        var buffer = new FeatureBuffer(options.HashBits, 2048);
        var sequences = new List<TaggedSequence>(train.Count);
        for (int i = 0; i < train.Count; i++)
        {
            var e = train[i];
            if (e?.Text is null || e.Names is null) return ModelResult<ModelNameTagger>.Fail($"training sentence {i} is missing its text or names");
            if (e.Sentence.Start < 0 || e.Sentence.Length < 0 || e.Sentence.End > e.Text.Length)
                return ModelResult<ModelNameTagger>.Fail($"training sentence {i} spans {e.Sentence.Start}..{e.Sentence.End}, outside its text of {e.Text.Length} characters");
            var tokens = Tokenizer.Tokenize(e.Text, e.Sentence);
            if (tokens.Count == 0) continue;
            var labels = new int[tokens.Count];
            foreach (var name in e.Names)
            {
                if (!e.Sentence.Contains(name.Span.Start) || name.Span.End > e.Sentence.End || name.Span.Length == 0)
                    return ModelResult<ModelNameTagger>.Fail($"training sentence {i}: name span {name.Span.Start}..{name.Span.End} lies outside the sentence");
                bool first = true;
                for (int t = 0; t < tokens.Count; t++)
                {
                    if (tokens[t].Start < name.Span.Start || tokens[t].End > name.Span.End) continue;
                    labels[t] = first ? NameFeatures.BeginLabel(name.Kind) : NameFeatures.InsideLabel(name.Kind);
                    first = false;
                }
                if (first) return ModelResult<ModelNameTagger>.Fail($"training sentence {i}: name span {name.Span.Start}..{name.Span.End} covers no whole token");
            }
            sequences.Add(new TaggedSequence(NameFeatures.Featurize(e.Text, tokens, trainingFeatures, buffer), labels));
        }
        var fitted = new StructuredPerceptronTrainer(NameFeatures.Labels, options).Fit(sequences, dataDescription, NameFeatures.Name);
        if (!fitted.IsSuccess) return fitted.FailAs<ModelNameTagger>();
        return ModelResult<ModelNameTagger>.Ok(new ModelNameTagger(fitted.Value, saved));
    }
}
