using NewsDigest.Text;

namespace NewsDigest.Extraction.Gazetteers;

/// <summary>A phrase found in the text: where, and what it names.</summary>
public readonly record struct PhraseMatch<T>(TextSpan Span, T Value, int FirstToken, int TokenCount);

/// <summary>Finds the longest known phrase at each token, folding case and diacritics; immutable and thread-safe after construction.</summary>
public sealed class PhraseGazetteer<T>
{
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _maxTokens;
    private readonly bool _requireCapital;
    private readonly HashSet<string> _givenNames;
    private readonly HashSet<string> _surnames;

    /// <summary>Words after a given-name phrase that still make it the team ("Jordan Women", "India Under-20").</summary>
    private static readonly HashSet<string> TeamWordsAfter = new(StringComparer.Ordinal) { "Women", "Men", "Ladies", "Girls", "Boys", "Under", "Olympic", "National" };

    /// <param name="requireCapital">Only start a match at a capitalised word (names), or anywhere (stage words such as "last four").</param>
    /// <param name="givenNames">Phrases that are also a person's given name ("Jordan"): followed by a capitalised word on the same line ("Jordan Henderson") they name no entry.</param>
    /// <param name="surnames">Phrases that are also a surname ("Barrow"): right after a given name ("Musa Barrow", see <see cref="Teams.PersonName"/>) they name no entry.</param>
    public PhraseGazetteer(IEnumerable<(string Phrase, T Value)> phrases, bool requireCapital, IEnumerable<string>? givenNames = null, IEnumerable<string>? surnames = null)
    {
        _requireCapital = requireCapital;
        _givenNames = KeysOf(givenNames);
        _surnames = KeysOf(surnames);
        foreach (var (phrase, value) in phrases)
        {
            var tokens = Tokenizer.Tokenize(phrase);
            if (tokens.Count == 0) continue;
            // A leading "the" is optional in running text, so it is never part of a key.
            int skip = tokens.Count > 1 && phrase.AsSpan(tokens[0].Start, tokens[0].Span.Length).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            var key = KeyOf(phrase, tokens, skip, tokens.Count - skip);
            _byKey.TryAdd(key, value);
            _maxTokens = Math.Max(_maxTokens, tokens.Count - skip);
        }
        _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _byKey.Count;

    public IEnumerable<T> Values => _byKey.Values;

    /// <summary>Looks a whole phrase up ("Man Utd" gives Manchester United), or returns false.</summary>
    public bool TryGet(string phrase, out T value)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        int skip = tokens.Count > 1 && phrase.AsSpan(tokens[0].Start, tokens[0].Span.Length).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (tokens.Count - skip <= 0) { value = default!; return false; }
        return _byKey.TryGetValue(KeyOf(phrase, tokens, skip, tokens.Count - skip), out value!);
    }

    /// <summary>Every longest match among tokens [from, to), left to right, not overlapping.</summary>
    public List<PhraseMatch<T>> FindAll(string text, IReadOnlyList<Token> tokens, int from, int to)
    {
        var found = new List<PhraseMatch<T>>();
        Span<char> buffer = stackalloc char[256];
        Span<int> keyEnds = stackalloc int[Math.Max(1, _maxTokens)];
        for (int i = from; i < to; i++)
        {
            var shape = tokens[i].Shape;
            if (_requireCapital ? shape is not (TokenShape.Capitalised or TokenShape.Upper) : shape is TokenShape.Punctuation or TokenShape.Other) continue;
            int keys = BuildKeys(text, tokens, i, Math.Min(_maxTokens, to - i), buffer, keyEnds);
            for (int n = keys; n >= 1; n--)
            {
                if (keyEnds[n - 1] < 0) continue;
                if (_lookup.TryGetValue(buffer[..keyEnds[n - 1]], out var value))
                {
                    if (_givenNames.Count > 0 && GivenNameBefore(text, tokens, i + n, buffer[..keyEnds[n - 1]])) { i += n - 1; break; }
                    var span = new TextSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start);
                    if (_surnames.Count > 0 && _surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(buffer[..keyEnds[n - 1]]) && Teams.PersonName.Precedes(text, span)) { i += n - 1; break; }
                    found.Add(new PhraseMatch<T>(span, value, i, n));
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>Whether the phrase just matched is a given name here: a capitalised word that is not a team word follows after one space.</summary>
    private bool GivenNameBefore(string text, IReadOnlyList<Token> tokens, int next, ReadOnlySpan<char> key)
    {
        if (next >= tokens.Count || !_givenNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key)) return false;
        var following = tokens[next];
        if (following.Start != tokens[next - 1].End + 1 || text[tokens[next - 1].End] != ' ' || following.Shape is not TokenShape.Capitalised) return false;
        return !TeamWordsAfter.Contains(text.Substring(following.Start, following.Span.Length));
    }

    /// <summary>
    /// The keys of the phrases of 1 to <paramref name="most"/> tokens from <paramref name="first"/>, built once: each key is a prefix
    /// of the buffer, ending at <paramref name="keyEnds"/>[n - 1] (-1 where <see cref="BuildKey"/> gives none). Folding maps one character
    /// to at most one, and a possessive ending to two, so a key with its last word's "'s" cut is the same prefix two characters shorter.
    /// Returns how many leading entries of <paramref name="keyEnds"/> were set; longer phrases have no key, as with BuildKey.
    /// </summary>
    private static int BuildKeys(string text, IReadOnlyList<Token> tokens, int first, int most, Span<char> buffer, Span<int> keyEnds)
    {
        int length = 0;
        for (int n = 1; n <= most; n++)
        {
            int k = first + n - 1;
            var token = tokens[k];
            if (k > first)
            {
                if (text.AsSpan(tokens[k - 1].End, token.Start - tokens[k - 1].End).Contains('\n')) return n - 1;
                if (length >= buffer.Length) return n - 1;
                buffer[length++] = ' ';
            }
            var word = text.AsSpan(token.Start, token.Span.Length);
            bool possessive = word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’';
            if (length + word.Length > buffer.Length)
            {
                // The whole word does not fit, so no longer phrase has a key; as the last word its cut form may still fit.
                keyEnds[n - 1] = possessive && length + word.Length - 2 <= buffer.Length ? length + TextFolding.Fold(word[..^2], buffer[length..]) : -1;
                return n;
            }
            length += TextFolding.Fold(word, buffer[length..]);
            keyEnds[n - 1] = possessive ? length - 2 : length;
        }
        return most;
    }

    private static int BuildKey(string text, IReadOnlyList<Token> tokens, int first, int count, Span<char> buffer)
    {
        int length = 0;
        for (int k = first; k < first + count; k++)
        {
            var token = tokens[k];
            if (k > first)
            {
                // Words separated by a line break are not one phrase.
                if (text.AsSpan(tokens[k - 1].End, token.Start - tokens[k - 1].End).Contains('\n')) return -1;
                if (length >= buffer.Length) return -1;
                buffer[length++] = ' ';
            }
            var word = text.AsSpan(token.Start, token.Span.Length);
            // "Aston Villa's": the possessive ending is not part of the name.
            if (k == first + count - 1 && word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '’') word = word[..^2];
            if (length + word.Length > buffer.Length) return -1;
            length += TextFolding.Fold(word, buffer[length..]);
        }
        return length;
    }


    /// <summary>The lookup keys of names that have another reading (given names, surnames).</summary>
    private static HashSet<string> KeysOf(IEnumerable<string>? names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names ?? [])
        {
            var nameTokens = Tokenizer.Tokenize(name);
            if (nameTokens.Count > 0) keys.Add(KeyOf(name, nameTokens, 0, nameTokens.Count));
        }
        return keys;
    }

    private static string KeyOf(string phrase, List<Token> tokens, int first, int count)
    {
        var buffer = new char[phrase.Length * 2 + 8];
        int length = BuildKey(phrase, tokens, first, count, buffer);
        return new string(buffer, 0, length);
    }
}
