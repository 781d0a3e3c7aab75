using System.Collections.Frozen;

namespace NewsDigest.Ingest.Html;

/// <summary>What the furniture lexicon finds in one block's text.</summary>
/// <param name="Hits">Phrases found (longest first at each word, never overlapping).</param>
/// <param name="Words">Words in the text.</param>
/// <param name="CoveredWords">Words inside a phrase found.</param>
/// <param name="StartCategory">Category of the phrase the text opens with, or -1.</param>
/// <param name="Categories">One bit per category found.</param>
internal readonly record struct FurnitureHits(int Hits, int Words, int CoveredWords, int StartCategory, int Categories)
{
    /// <summary>Share of the text's words that belong to a furniture phrase (0 for a text without words).</summary>
    public double Share => Words == 0 ? 0 : (double)CoveredWords / Words;
}

/// <summary>
/// Phrases that page furniture is written in, in many languages ("newsletter abonnieren", "lire aussi", "todos los derechos
/// reservados", "Foto:"): the project's own list (<c>data/html/furniture-phrases.tsv</c>, embedded), written from general
/// knowledge rather than read from the benchmark. The block scorer learns furniture words from its training pages, which are
/// mostly German and English; the lexicon carries the same knowledge to languages it has few pages of. Thread-safe.
/// </summary>
internal sealed class FurnitureLexicon
{
    /// <summary>The categories, in file order of first use; a category's index is its bit in <see cref="FurnitureHits.Categories"/>.</summary>
    public IReadOnlyList<string> Categories { get; }

    private readonly FrozenDictionary<string, Phrase[]> _byFirstWord;

    private readonly record struct Phrase(string[] Words, char Mark, int Category);

    private FurnitureLexicon(IReadOnlyList<string> categories, FrozenDictionary<string, Phrase[]> byFirstWord)
    {
        Categories = categories;
        _byFirstWord = byFirstWord;
    }

    private static readonly Lazy<FurnitureLexicon> Embedded = new(() => Parse(ReadEmbedded("furniture-phrases.tsv")));

    /// <summary>The lexicon built into the library.</summary>
    public static FurnitureLexicon Default => Embedded.Value;

    /// <summary>Reads lines "category TAB language TAB phrase"; '#' lines are comments. A phrase ending in ':' or '.' needs that mark after its last word.</summary>
    public static FurnitureLexicon Parse(string content)
    {
        var categories = new List<string>();
        var byWord = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 3) throw new FormatException($"furniture phrase line '{line}' has {fields.Length} fields, not 3");
            string text = fields[2].Trim();
            char mark = text.Length > 0 && text[^1] is ':' or '.' ? text[^1] : '\0';
            if (mark != '\0') text = text[..^1];
            var words = Tokens(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();
            if (words.Length == 0) throw new FormatException($"furniture phrase line '{line}' has no words");
            int category = categories.IndexOf(fields[0]);
            if (category < 0) { categories.Add(fields[0]); category = categories.Count - 1; }
            if (category >= 31) throw new FormatException("the furniture lexicon holds more than 31 categories");
            if (!byWord.TryGetValue(words[0], out var list)) byWord[words[0]] = list = [];
            list.Add(new Phrase(words, mark, category));
        }
        // Longest phrase first, so "sign up for" wins over "sign up".
        return new FurnitureLexicon(categories, byWord.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The phrases found in <paramref name="text"/> (matched on lower-cased whole words).</summary>
    public FurnitureHits Find(string text)
    {
        string lower = text.ToLowerInvariant().Replace('’', '\'');
        var tokens = Tokens(lower);
        int hits = 0, covered = 0, start = -1, categories = 0;
        for (int i = 0; i < tokens.Count;)
        {
            var phrase = Match(lower, tokens, i);
            if (phrase is not { } p) { i++; continue; }
            hits++;
            covered += p.Words.Length;
            categories |= 1 << p.Category;
            if (i == 0) start = p.Category;
            i += p.Words.Length;
        }
        return new FurnitureHits(hits, tokens.Count, covered, start, categories);
    }

    private Phrase? Match(string text, List<(int Start, int Length)> tokens, int i)
    {
        var first = text.AsSpan(tokens[i].Start, tokens[i].Length);
        if (!_byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first, out var phrases)) return null;
        foreach (var phrase in phrases)
        {
            if (i + phrase.Words.Length > tokens.Count) continue;
            bool all = true;
            for (int w = 1; w < phrase.Words.Length && all; w++)
                all = text.AsSpan(tokens[i + w].Start, tokens[i + w].Length).SequenceEqual(phrase.Words[w]);
            if (!all) continue;
            if (phrase.Mark != '\0' && !MarkAfter(text, tokens[i + phrase.Words.Length - 1], phrase.Mark)) continue;
            return phrase;
        }
        return null;
    }

    /// <summary>Whether the mark follows the word, right after it or after one space ("Foto:", "Photo :").</summary>
    private static bool MarkAfter(string text, (int Start, int Length) token, char mark)
    {
        int at = token.Start + token.Length;
        if (at < text.Length && text[at] == mark) return true;
        return at + 1 < text.Length && char.IsWhiteSpace(text[at]) && text[at + 1] == mark;
    }

    /// <summary>Words: runs of letters and digits, with a hyphen or apostrophe inside a word kept ("e-mail-adresse", "s'abonner").</summary>
    private static List<(int Start, int Length)> Tokens(string text)
    {
        var tokens = new List<(int, int)>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool word = char.IsLetterOrDigit(c)
                || (start >= 0 && c is '-' or '\'' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]));
            if (word) { if (start < 0) start = i; continue; }
            if (start >= 0) { tokens.Add((start, i - start)); start = -1; }
        }
        return tokens;
    }

    private static string ReadEmbedded(string name)
    {
        var assembly = typeof(FurnitureLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("NewsDigest.Html." + name)
            ?? throw new InvalidOperationException($"the furniture lexicon {name} is not embedded in {assembly.GetName().Name}; the build is broken");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
