using NewsDigest.Learning.Features;
using NewsDigest.Learning.Sequences;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Per-token features for the name tagger: the word, its shape, prefix and suffix, neighbouring words and shapes, and gazetteer marks (begin/inside a listed name of each kind) for the token and its neighbours.</summary>
public static class NameFeatures
{
    public const string Name = "name-features/1";

    private static readonly uint Bias = FeatureHasher.Namespace(201);
    private static readonly uint Word = FeatureHasher.Namespace(202);
    private static readonly uint Shape = FeatureHasher.Namespace(203);
    private static readonly uint Prefix = FeatureHasher.Namespace(204);
    private static readonly uint Suffix = FeatureHasher.Namespace(205);
    private static readonly uint Previous = FeatureHasher.Namespace(206);
    private static readonly uint Next = FeatureHasher.Namespace(207);
    private static readonly uint Neighbour = FeatureHasher.Namespace(208);
    private static readonly uint Gazetteer = FeatureHasher.Namespace(209);
    private static readonly uint Position = FeatureHasher.Namespace(210);

    public static SequenceFeatures Featurize(string text, IReadOnlyList<Token> tokens, NameGazetteer gazetteer, FeatureBuffer buffer)
    {
        var marks = gazetteer.Mark(text, tokens);
        int kinds = gazetteer.Lexicons.Count;
        var offsets = new int[tokens.Count + 1];
        buffer.Clear();
        for (int t = 0; t < tokens.Count; t++)
        {
            offsets[t] = buffer.Count;
            var word = tokens[t].Span.Slice(text);
            buffer.Add(Bias);
            buffer.Add(Word, word);
            buffer.Add(FeatureHasher.Add(Shape, (uint)tokens[t].Shape));
            buffer.Add(Prefix, word[..Math.Min(3, word.Length)]);
            buffer.Add(Suffix, word[Math.Max(0, word.Length - 3)..]);
            buffer.Add(FeatureHasher.Add(Position, t == 0 ? 0u : t == 1 ? 1u : 2u));
            if (t > 0)
            {
                buffer.Add(Previous, tokens[t - 1].Span.Slice(text));
                buffer.Add(FeatureHasher.Add(FeatureHasher.Add(Neighbour, 'p'), (uint)tokens[t - 1].Shape * 8 + (uint)tokens[t].Shape));
            }
            else buffer.Add(Previous, "<s>");
            if (t + 1 < tokens.Count)
            {
                buffer.Add(Next, tokens[t + 1].Span.Slice(text));
                buffer.Add(FeatureHasher.Add(FeatureHasher.Add(Neighbour, 'n'), (uint)tokens[t + 1].Shape * 8 + (uint)tokens[t].Shape));
            }
            else buffer.Add(Next, "</s>");
            for (int k = 0; k < kinds; k++)
            {
                byte mark = marks[t * kinds + k];
                if (mark != NameGazetteer.NoMatch) buffer.Add(FeatureHasher.Add(FeatureHasher.Add(Gazetteer, (uint)k), mark));
                if (t > 0 && marks[(t - 1) * kinds + k] != NameGazetteer.NoMatch) buffer.Add(FeatureHasher.Add(FeatureHasher.Add(Gazetteer, (uint)k + 100), 1u));
            }
        }
        offsets[tokens.Count] = buffer.Count;
        return new SequenceFeatures(buffer.ToArray(), offsets);
    }

    /// <summary>BIO labels: O, then B- and I- for each name kind in enum order.</summary>
    public static readonly IReadOnlyList<string> Labels =
        ["O", .. Enum.GetNames<NameKind>().SelectMany(k => new[] { "B-" + k, "I-" + k })];

    public static int BeginLabel(NameKind kind) => 1 + 2 * (int)kind;
    public static int InsideLabel(NameKind kind) => 2 + 2 * (int)kind;
    public static NameKind KindOf(int label) => (NameKind)((label - 1) / 2);
    public static bool IsBegin(int label) => label > 0 && (label - 1) % 2 == 0;
}
