using NewsDigest.Learning.Features;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Features of one report sentence: its words and word pairs (lower-cased), the first word, counts of scorelines, minutes, quote marks and capitalised words, and where it sits in the article.</summary>
public static class SentenceFeatures
{
    public const string Name = "sentence-features/2";

    private static readonly uint Bias = FeatureHasher.Namespace(101);
    private static readonly uint Word = FeatureHasher.Namespace(102);
    private static readonly uint Pair = FeatureHasher.Namespace(103);
    private static readonly uint First = FeatureHasher.Namespace(104);
    private static readonly uint Signal = FeatureHasher.Namespace(105);
    private static readonly uint WordSeed = FeatureHasher.Namespace(106);
    private static readonly uint AfterName = FeatureHasher.Namespace(107);

    public static void Featurize(string text, TextSpan sentence, FeatureBuffer features)
    {
        var span = sentence.Slice(text);
        features.Add(Bias);
        uint previous = 0;
        int index = 0, capitals = 0;
        bool previousCapital = false;
        foreach (var word in new WordEnumerator(span))
        {
            uint h = FeatureHasher.Add(WordSeed, word);
            // "<Name> scored", "<Name> headed": the word after any name, so what is learnt from one scorer carries to all.
            if (previousCapital && index >= 1) features.Add(FeatureHasher.Add(AfterName, h));
            previousCapital = char.IsUpper(word[0]);
            features.Add(FeatureHasher.Add(Word, h));
            if (index == 0) features.Add(FeatureHasher.Add(First, h));
            else
            {
                features.Add(FeatureHasher.Add(FeatureHasher.Add(Pair, previous), h));
                if (char.IsUpper(word[0])) capitals++;
            }
            previous = h;
            index++;
        }
        var counts = SignalCounter.Count(span);
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "scorelines"), (uint)Math.Min(3, counts.Scorelines)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "minutes"), (uint)Math.Min(3, counts.Minutes)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "quotes"), (uint)Math.Min(3, counts.QuoteMarks)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "capitals"), (uint)Math.Min(5, capitals)));
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "opensQuote"), span.Length > 0 && span[0] is '"' or '“' or '\'' or '‘' ? 1u : 0u));
        // Opening sentences state the result; the rest narrate the match.
        features.Add(FeatureHasher.Add(FeatureHasher.Add(Signal, "position"), sentence.Start == 0 ? 0u : sentence.Start < 400 ? 1u : 2u));
    }
}
