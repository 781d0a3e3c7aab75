using NewsDigest.Learning.Features;
using NewsDigest.Learning.Persistence;
using NewsDigest.Text;

namespace NewsDigest.Learning.Models;

/// <summary>Phrase lexicons for each name kind, matched longest-first over tokens. Stored inside the name tagger's model file so the model is self-contained.</summary>
public sealed class NameGazetteer
{
    public const int NoMatch = 0, Begin = 1, Inside = 2;

    public NameGazetteer(IReadOnlyList<Lexicon> lexicons)
    {
        var byKind = new Lexicon?[Enum.GetValues<NameKind>().Length];
        foreach (var lexicon in lexicons)
            if (Enum.TryParse<NameKind>(lexicon.Name, out var kind)) byKind[(int)kind] = lexicon;
        Lexicons = byKind;
    }

    /// <summary>One lexicon per <see cref="NameKind"/> (null when that kind has none).</summary>
    public IReadOnlyList<Lexicon?> Lexicons { get; }

    public static readonly NameGazetteer Empty = new([]);

    /// <summary>Builds lexicons from phrases per kind, tokenised the way the tagger tokenises text.</summary>
    public static NameGazetteer FromPhrases(IReadOnlyDictionary<NameKind, IEnumerable<string>> phrases)
    {
        var lexicons = new List<Lexicon>();
        foreach (var kind in Enum.GetValues<NameKind>())
        {
            if (!phrases.TryGetValue(kind, out var list)) continue;
            var hashes = new List<ulong>();
            int maxWords = 1;
            foreach (var phrase in list)
            {
                var tokens = Tokenizer.Tokenize(phrase);
                if (tokens.Count == 0) continue;
                hashes.Add(Hash(phrase, tokens, 0, tokens.Count));
                maxWords = Math.Max(maxWords, tokens.Count);
            }
            lexicons.Add(new Lexicon(kind.ToString(), hashes, Math.Min(maxWords, 6)));
        }
        return new NameGazetteer(lexicons);
    }

    public IReadOnlyList<Lexicon> ToLexicons() => Lexicons.Where(l => l is not null).Select(l => l!).ToList();

    /// <summary>For each token, per kind, whether it begins or continues the longest lexicon match: marks[token * kinds + kind].</summary>
    public byte[] Mark(string text, IReadOnlyList<Token> tokens)
    {
        int kinds = Lexicons.Count;
        var marks = new byte[tokens.Count * kinds];
        for (int k = 0; k < kinds; k++)
        {
            var lexicon = Lexicons[k];
            if (lexicon is null) continue;
            int i = 0;
            while (i < tokens.Count)
            {
                int length = LongestAt(text, tokens, i, lexicon);
                if (length == 0) { i++; continue; }
                marks[i * kinds + k] = Begin;
                for (int j = i + 1; j < i + length; j++) marks[j * kinds + k] = Inside;
                i += length;
            }
        }
        return marks;
    }

    private static int LongestAt(string text, IReadOnlyList<Token> tokens, int start, Lexicon lexicon)
    {
        // Names start with a capital or a digit ("the Gunners" is listed with its article, which is lower-case).
        var first = tokens[start];
        if (first.Shape is TokenShape.Punctuation or TokenShape.Other) return 0;
        // Most tokens are lower-case words; the only listed names that start with one start with an article ("the Gunners").
        if (first.Shape == TokenShape.Word && !IsArticle(first.Span.Slice(text))) return 0;
        int best = 0;
        ulong hash = FeatureHasher.PhraseSeed;
        for (int n = 1; n <= lexicon.MaxWords && start + n <= tokens.Count; n++)
        {
            var token = tokens[start + n - 1];
            hash = FeatureHasher.PhraseAppend(hash, token.Span.Slice(text), first: n == 1);
            if (lexicon.Contains(hash)) best = n;
        }
        if (best > 0 && first.Shape == TokenShape.Word && !(best > 1 && tokens[start + best - 1].Shape != TokenShape.Word)) return 0;
        return best;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.Ordinal) || word.Equals("les", StringComparison.Ordinal) || word.Equals("la", StringComparison.Ordinal) || word.Equals("el", StringComparison.Ordinal);

    private static ulong Hash(string text, List<Token> tokens, int start, int count)
    {
        ulong hash = FeatureHasher.PhraseSeed;
        for (int n = 0; n < count; n++) hash = FeatureHasher.PhraseAppend(hash, tokens[start + n].Span.Slice(text), first: n == 0);
        return hash;
    }
}
