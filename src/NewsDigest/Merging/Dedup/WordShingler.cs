using NewsDigest.Text;

namespace NewsDigest.Merging.Dedup;

/// <summary>Turns a text into 32-bit hashes of its word shingles, after folding case, diacritics and apostrophes, and a 128-bit fingerprint of its whole wording for exact duplicates.</summary>
internal sealed class WordShingler
{
    private static readonly char[] Fold = BuildFoldTable();
    private readonly int _size;

    public WordShingler(int size) => _size = size;

    /// <summary>Appends the shingle hashes of <paramref name="text"/> to <paramref name="shingles"/> and returns the number of words and the wording's fingerprint.</summary>
    public (int Words, UInt128 Fingerprint) Hash(ReadOnlySpan<char> text, List<uint> shingles)
    {
        Span<ulong> window = stackalloc ulong[_size];
        int words = 0;
        ulong printA = 0x9E3779B97F4A7C15UL, printB = 0xC2B2AE3D27D4EB4FUL;
        int i = 0;
        while (i < text.Length)
        {
            char c = Fold[text[i]];
            if (c == '\0') { i++; continue; }
            ulong word = 14695981039346656037UL; // FNV-1a over the folded word
            while (i < text.Length)
            {
                c = Fold[text[i]];
                if (c == '\0')
                {
                    // An apostrophe inside a word is dropped, so "England's" and "England’s" agree.
                    if (IsApostrophe(text[i]) && i + 1 < text.Length && Fold[text[i + 1]] != '\0') { i++; continue; }
                    break;
                }
                if (c != '\u0001') word = (word ^ c) * 1099511628211UL;
                i++;
            }
            window[words % _size] = word;
            words++;
            printA = Mix(printA ^ word);
            printB = Mix(printB + word * 0xFF51AFD7ED558CCDUL);
            if (words >= _size) shingles.Add(ShingleHash(window, words));
        }
        if (words is > 0 && words < _size) shingles.Add(ShingleHash(window[..words], words));
        return (words, new UInt128(printA, printB ^ (ulong)words));
    }

    private ulong ShingleHashCore(ReadOnlySpan<ulong> window, int words)
    {
        int n = window.Length;
        ulong h = 0;
        for (int k = 0; k < n; k++) h = (h * 0x100000001B3UL) ^ window[(words + k) % n];
        return h;
    }

    private uint ShingleHash(ReadOnlySpan<ulong> window, int words) => (uint)(Mix(ShingleHashCore(window, words)) >> 32);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ';

    /// <summary>The splitmix64 finaliser: spreads every input bit over the whole word.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>For each UTF-16 unit: its lower-case base letter or digit; '\0' for a separator; '\u0001' for a combining mark, which is skipped.</summary>
    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char ch = (char)c;
            if (char.IsSurrogate(ch)) { table[c] = '\0'; continue; }
            var category = char.GetUnicodeCategory(ch);
            if (category is System.Globalization.UnicodeCategory.NonSpacingMark) { table[c] = '\u0001'; continue; }
            if (!char.IsLetterOrDigit(ch)) { table[c] = '\0'; continue; }
            if (c < 0x80) { table[c] = char.ToLowerInvariant(ch); continue; }
            char baseLetter = UnicodeNormalisation.BaseLetter(ch);
            char first = char.IsLetterOrDigit(baseLetter) ? baseLetter : ch;
            table[c] = char.ToLowerInvariant(first);
        }
        return table;
    }
}
