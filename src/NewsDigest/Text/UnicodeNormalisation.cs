using System.Buffers;
using System.Text;

namespace NewsDigest.Text;

/// <summary>Unicode NFC composition and base-letter folding done in managed code, because string.Normalize does nothing to non-ASCII text under invariant globalization.</summary>
/// <remarks>
/// The tables (<see cref="UnicodeTables"/>) cover the Basic Multilingual Plane; chars outside it (surrogate pairs) pass
/// through unchanged and are treated as starters. The algorithm is UAX #15's: full canonical decomposition, canonical
/// ordering of combining marks, then canonical composition with blocking, Hangul included.
/// </remarks>
public static class UnicodeNormalisation
{
    private const int HangulSBase = 0xAC00, HangulLBase = 0x1100, HangulVBase = 0x1161, HangulTBase = 0x11A7;
    private const int HangulLCount = 19, HangulVCount = 21, HangulTCount = 28, HangulNCount = HangulVCount * HangulTCount;
    private const int HangulSCount = HangulLCount * HangulNCount;

    // Per-char lookups, built once: a few hundred kilobytes buy constant-time answers on the hot paths (every page, every fused value).
    private static readonly byte[] CombiningClasses = BuildCombiningClasses();
    private static readonly ushort[] DecompositionEntry = BuildDecompositionEntries();
    private static readonly char[] BaseLetters = BuildBaseLetters();
    private static readonly Dictionary<uint, char> Composites = BuildComposites();
    private static readonly bool[] MayChangeUnderFormC = BuildMayChange();
    private static readonly int LongestDecomposition = FindLongestDecomposition();

    /// <summary>The Unicode version the tables were generated from.</summary>
    public static string UnicodeVersion => UnicodeTables.UnicodeVersion;

    /// <summary>The canonical combining class of a char (0 for starters and for chars outside the tables).</summary>
    public static int CombiningClass(char c) => CombiningClasses[c];

    /// <summary>
    /// The first char of a char's full canonical decomposition when that decomposition is a letter followed only by marks
    /// ("é" → 'e', "ǘ" → 'u', "Å" → 'A'); the char itself otherwise (Hangul syllables, letters like "ø" with no decomposition).
    /// </summary>
    public static char BaseLetter(char c) => BaseLetters[c];

    /// <summary>The text in Normalization Form C; the same instance when it already is (always when every char is below U+0300).</summary>
    public static string ToFormC(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int next = NextThatMayChange(text, 0);
        if (next < 0) return text;

        // Only the stretches around chars that may change are normalised: a char that may not change (a starter that
        // composes with nothing before it) is a boundary NFC never reaches across, and scripts or tables on a page can
        // hold many marks in otherwise plain text.
        StringBuilder? builder = null;
        int copied = 0;
        int settled = 0;
        while (next >= 0)
        {
            // The stretch opens at the starter just before (it may compose with what follows) and runs to the next boundary.
            int start = next > settled ? next - 1 : next;
            int end = next + 1;
            while (end < text.Length && MayChangeUnderFormC[text[end]]) end++;
            string? changed = FormCOf(text.AsSpan(start, end - start));
            if (changed is not null)
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copied, start - copied).Append(changed);
                copied = end;
            }
            settled = end;
            next = NextThatMayChange(text, end);
        }
        if (builder is null) return text;
        return builder.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>The index of the first char at or after <paramref name="from"/> that NFC could change (a combining mark, a char NFC replaces, or one that composes with the char before it); -1 when none.</summary>
    private static int NextThatMayChange(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= '\u0300' && MayChangeUnderFormC[c]) return i;
        }
        return -1;
    }

    /// <summary>The NFC form of a stretch, or null when it is already in NFC.</summary>
    private static string? FormCOf(ReadOnlySpan<char> stretch)
    {
        int capacity = checked(stretch.Length * LongestDecomposition);
        char[]? rented = null;
        Span<char> buffer = capacity <= 256 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            int length = Decompose(stretch, buffer);
            OrderMarks(buffer[..length]);
            length = Compose(buffer[..length]);
            var result = buffer[..length];
            return result.SequenceEqual(stretch) ? null : new string(result);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Decompose(ReadOnlySpan<char> text, Span<char> destination)
    {
        var chars = UnicodeTables.DecompositionChars;
        var starts = UnicodeTables.DecompositionStarts;
        int n = 0;
        foreach (char c in text)
        {
            int s = c - HangulSBase;
            if ((uint)s < HangulSCount)
            {
                destination[n++] = (char)(HangulLBase + s / HangulNCount);
                destination[n++] = (char)(HangulVBase + s % HangulNCount / HangulTCount);
                int t = s % HangulTCount;
                if (t != 0) destination[n++] = (char)(HangulTBase + t);
                continue;
            }
            int entry = DecompositionEntry[c];
            if (entry == 0) { destination[n++] = c; continue; }
            for (int i = starts[entry - 1]; i < starts[entry]; i++) destination[n++] = (char)chars[i];
        }
        return n;
    }

    /// <summary>Puts each run of combining marks in ascending class order, keeping the order of marks of equal class (a stable insertion sort).</summary>
    private static void OrderMarks(Span<char> text)
    {
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            int cc = CombiningClasses[c];
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && CombiningClasses[text[j - 1]] > cc)
            {
                text[j] = text[j - 1];
                j--;
            }
            text[j] = c;
        }
    }

    /// <summary>Canonical composition in place; returns the new length.</summary>
    private static int Compose(Span<char> text)
    {
        if (text.Length == 0) return 0;
        int starterAt = 0;
        char starter = text[0];
        // A text that opens with a mark has no starter to compose with: 256 blocks every mark after it.
        int lastClass = CombiningClasses[starter] == 0 ? 0 : 256;
        int written = 1;
        for (int read = 1; read < text.Length; read++)
        {
            char c = text[read];
            int cc = CombiningClasses[c];
            // Not blocked: either nothing stands between the starter and c, or everything between has a lower class.
            if ((lastClass == 0 || lastClass < cc) && TryCompose(starter, c, out char composite))
            {
                text[starterAt] = composite;
                starter = composite;
                continue;
            }
            if (cc == 0)
            {
                starterAt = written;
                starter = c;
            }
            lastClass = cc;
            text[written++] = c;
        }
        return written;
    }

    private static bool TryCompose(char first, char second, out char composite)
    {
        int l = first - HangulLBase, v = second - HangulVBase;
        if ((uint)l < HangulLCount && (uint)v < HangulVCount)
        {
            composite = (char)(HangulSBase + (l * HangulVCount + v) * HangulTCount);
            return true;
        }
        int s = first - HangulSBase, t = second - HangulTBase;
        if ((uint)s < HangulSCount && s % HangulTCount == 0 && t > 0 && t < HangulTCount)
        {
            composite = (char)(first + t);
            return true;
        }
        return Composites.TryGetValue((uint)first << 16 | second, out composite);
    }

    private static byte[] BuildCombiningClasses()
    {
        var table = new byte[char.MaxValue + 1];
        var chars = UnicodeTables.CombiningClassChars;
        var values = UnicodeTables.CombiningClassValues;
        for (int i = 0; i < chars.Length; i++) table[chars[i]] = values[i];
        return table;
    }

    private static ushort[] BuildDecompositionEntries()
    {
        var table = new ushort[char.MaxValue + 1];
        var chars = UnicodeTables.DecomposableChars;
        for (int i = 0; i < chars.Length; i++) table[chars[i]] = (ushort)(i + 1);
        return table;
    }

    private static char[] BuildBaseLetters()
    {
        var table = new char[char.MaxValue + 1];
        for (int c = 0; c < table.Length; c++) table[c] = (char)c;
        var chars = UnicodeTables.BaseLetterChars;
        var values = UnicodeTables.BaseLetterValues;
        for (int i = 0; i < chars.Length; i++) table[chars[i]] = (char)values[i];
        return table;
    }

    private static Dictionary<uint, char> BuildComposites()
    {
        var keys = UnicodeTables.CompositionKeys;
        var values = UnicodeTables.CompositeValues;
        var map = new Dictionary<uint, char>(keys.Length);
        for (int i = 0; i < keys.Length; i++) map.Add(keys[i], (char)values[i]);
        return map;
    }

    private static bool[] BuildMayChange()
    {
        var table = new bool[char.MaxValue + 1];
        var composites = new HashSet<char>(Composites.Values);
        var decomposable = UnicodeTables.DecomposableChars;
        // Decomposable chars that are not primary composites (singletons, exclusions) are replaced by NFC.
        foreach (ushort c in decomposable)
            if (!composites.Contains((char)c)) table[c] = true;
        foreach (uint key in Composites.Keys) table[key & 0xFFFF] = true;
        for (int c = 0; c < table.Length; c++)
            if (CombiningClasses[c] != 0) table[c] = true;
        for (int v = HangulVBase; v < HangulVBase + HangulVCount; v++) table[v] = true;
        for (int t = HangulTBase + 1; t < HangulTBase + HangulTCount; t++) table[t] = true;
        return table;
    }

    private static int FindLongestDecomposition()
    {
        var starts = UnicodeTables.DecompositionStarts;
        int longest = 3; // a Hangul syllable gives three jamo
        for (int i = 1; i < starts.Length; i++) longest = Math.Max(longest, starts[i] - starts[i - 1]);
        return longest;
    }
}
