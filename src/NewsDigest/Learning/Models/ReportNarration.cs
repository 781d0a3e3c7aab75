using System.Collections.Frozen;
using NewsDigest.Learning.Features;

namespace NewsDigest.Learning.Models;

/// <summary>
/// How an article narrates a match, measured without building strings and without any outlet's wording: whether one of
/// its first sentences states a result between two named sides ("Rovers beat United", "a 2-1 win over Town", "drew 1-1
/// with City"), how densely its body marks minutes ("59th-minute", "on 54 minutes", "45+2", "23'") and scoring actions,
/// and whether its verbs lean to the past (an account) or the future (a preview). Reports from outlets the training
/// articles never saw share these shapes even when their words and headlines differ.
/// </summary>
public static class ReportNarration
{
    /// <summary>How many leading sentences are searched for a stated result.</summary>
    public const int LeadSentences = 3;

    /// <summary>How far into the body the lead sentences are looked for (boilerplate lines and bylines come first on some pages).</summary>
    public const int LeadChars = 900;

    private static readonly uint WordSeed = FeatureHasher.Namespace(7);

    // Verbs whose object is the beaten side: "beat Arsenal", "edged the visitors" (a capitalised side must follow closely).
    private static readonly FrozenSet<uint> BeatVerbs = Hashes(
        "beat", "beats", "beaten", "defeated", "defeat", "defeats", "edged", "edge", "edges", "thrashed", "thrash", "thrashes", "downed",
        "overcame", "overcome", "stunned", "stun", "stuns", "hammered", "hammer", "crushed", "crush", "routed", "rout", "swept", "sweep",
        "outclassed", "dispatched", "eliminated", "trounced", "thumped", "battered", "toppled", "humbled", "upset", "sank", "sink", "sinks",
        "saw", "sees", "held", "hold", "holds", "drew", "draw", "draws", "tied", "knocked", "outlasted", "blanked", "whipped", "walloped", "demolished", "bested");

    // Result nouns that name the other side through a preposition: "a 2-1 win over Town", "defeat to City", "draw with Rovers".
    private static readonly FrozenSet<uint> ResultNouns = Hashes(
        "win", "wins", "won", "victory", "victories", "defeat", "loss", "lost", "losing", "draw", "drew", "stalemate", "triumph", "success",
        "thrashing", "rout", "hammering", "comeback", "tie", "fell", "falls", "lose", "loses", "beating", "shutout", "whitewash");

    private static readonly FrozenSet<uint> SidePrepositions = Hashes("over", "against", "to", "with", "by", "past", "at", "versus", "vs", "v");

    // Words a stated result may put between the verb or preposition and the side: "beat the visiting Rovers", "win over fellow strugglers Town".
    private static readonly FrozenSet<uint> Fillers = Hashes(
        "the", "a", "their", "visiting", "hosts", "host", "home", "rivals", "rival", "fellow", "local", "neighbours", "neighbors", "champions",
        "leaders", "struggling", "bottom", "top", "side", "club", "team", "10-man", "nine-man", "ten-man", "previously", "unbeaten", "defending", "holders",
        "off", "out", "on", "of", "in", "up", "it", "them");

    // Scoring actions narrated in a report's body.
    private static readonly FrozenSet<uint> ScoringWords = Hashes(
        "scored", "scores", "scoring", "netted", "nets", "equaliser", "equalizer", "equalised", "equalized", "opener", "headed", "header", "penalty",
        "spot-kick", "brace", "hat-trick", "winner", "doubled", "fired", "slotted", "struck", "levelled", "leveled", "converted", "tapped", "curled",
        "volleyed", "nodded", "finish", "finished", "strike", "goal", "goals", "assist", "assisted", "rebound", "cross", "shot", "save", "saved", "woodwork");

    private static readonly FrozenSet<uint> FutureWords = Hashes(
        "will", "ll", "tomorrow", "tonight", "upcoming", "ahead", "preview", "predicted", "prediction", "expected", "hoping", "hopes", "aim", "aims", "face", "faces");

    /// <summary>
    /// Which of the first <see cref="LeadSentences"/> sentences of substance (six words or more) within the first
    /// <see cref="LeadChars"/> characters states a result between two sides (1 to 3), or 0 when none does.
    /// </summary>
    public static int LeadResultSentence(ReadOnlySpan<char> body)
    {
        var head = body[..Math.Min(body.Length, LeadChars)];
        int seen = 0;
        int start = 0;
        for (int i = 0; i <= head.Length && seen < LeadSentences; i++)
        {
            if (i < head.Length && !EndsSentence(head, i)) continue;
            var sentence = head[start..i];
            start = i + 1;
            if (WordCount(sentence) < 6) continue;
            seen++;
            if (StatesResultBetweenSides(sentence)) return seen;
        }
        return 0;
    }

    /// <summary>True when the sentence has a result verb followed closely by a capitalised side, or a result noun with a preposition and then a capitalised side.</summary>
    public static bool StatesResultBetweenSides(ReadOnlySpan<char> sentence) => ResultSide(sentence) != 0;

    /// <summary>The hash of the first side a result word of the sentence reaches (see <see cref="StatesResultBetweenSides"/>), or 0.</summary>
    private static uint ResultSide(ReadOnlySpan<char> sentence)
    {
        // 0: looking for a result word; 1: after a beat-verb (a side may follow directly); 2: after a result noun (a preposition must come first); 3: after that preposition.
        int state = 0, gap = 0;
        bool first = true;
        foreach (var word in new WordEnumerator(sentence))
        {
            uint h = FeatureHasher.Add(WordSeed, word);
            bool capital = char.IsUpper(word[0]) && !first;
            first = false;
            if (state != 0)
            {
                if ((state == 1 || state == 3) && capital) return h == 0 ? 1u : h;
                if (state == 2 && SidePrepositions.Contains(h)) { state = 3; gap = 0; continue; }
                if (state == 1 && SidePrepositions.Contains(h)) { gap = 0; continue; }
                if (++gap <= 3 && (Fillers.Contains(h) || IsNumber(word))) continue;
                state = 0;
            }
            if (BeatVerbs.Contains(h)) { state = 1; gap = 0; }
            else if (ResultNouns.Contains(h)) { state = 2; gap = 0; }
        }
        return 0;
    }

    /// <summary>
    /// Minute marks in the text: "23'", "45+2", "59th minute", "59th-minute", "59th min", "on 54 minutes", "after 20 minutes".
    /// A bare "90 minutes" (a length of time) does not count.
    /// </summary>
    public static int MinuteMarks(ReadOnlySpan<char> text)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '.' or ','))) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i - start > 3) continue;
            var rest = text[i..];
            if (rest.Length > 0 && rest[0] is '\'' or '’' or '′' && (rest.Length == 1 || !char.IsLetter(rest[1]))) { count++; continue; }
            if (rest.Length > 1 && rest[0] == '+' && char.IsAsciiDigit(rest[1])) { count++; continue; }
            if (rest.StartsWith("st", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("nd", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("rd", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("th", StringComparison.OrdinalIgnoreCase))
            {
                var after = rest[2..];
                if (after.Length > 1 && after[0] is ' ' or '-' && after[1..].StartsWith("min", StringComparison.OrdinalIgnoreCase)) count++;
                continue;
            }
            if (rest.StartsWith(" minute", StringComparison.OrdinalIgnoreCase) && PrecededBy(text, start, "on", "after", "within", "inside"))
                count++;
        }
        return count;
    }

    /// <summary>Words, scoring-action words ("scored", "header", "equaliser" ...), past-tense words and future-leaning words ("will", "ahead" ...) of the text, counted per occurrence in one pass.</summary>
    public static WordRates CountWords(ReadOnlySpan<char> text) => CountWords(text, default);

    /// <summary>The same counts for a text whose opening words were counted already (<paramref name="counted"/>); <paramref name="rest"/> must start at a word's start or between words.</summary>
    public static WordRates CountWords(ReadOnlySpan<char> rest, WordRates counted)
    {
        foreach (var word in new WordEnumerator(rest)) counted = Count(counted, word, FeatureHasher.Add(WordSeed, word));
        return counted;
    }

    /// <summary>One more word in the counts, given its hash under the report features' word seed (the body's word pass has it already).</summary>
    public static WordRates Count(WordRates counts, ReadOnlySpan<char> word, uint wordHash)
    {
        var (words, scoring, past, future) = counts;
        words++;
        // Words ending in "-ed" of five letters or more are mostly past-tense verbs: "scored", "equalised", "headed".
        if (word.Length >= 5 && word[^1] is 'd' or 'D' && word[^2] is 'e' or 'E') past++;
        if (ScoringWords.Contains(wordHash)) scoring++;
        else if (FutureWords.Contains(wordHash)) future++;
        return new WordRates(words, scoring, past, future);
    }

    /// <summary>A rate per thousand words, bucketed coarsely so that a short and a long text of the same kind fall in the same bucket.</summary>
    public static uint RateBucket(int count, int words)
    {
        if (count == 0 || words == 0) return 0;
        int perThousand = count * 1000 / words;
        return perThousand switch { < 5 => 1, < 10 => 2, < 20 => 3, < 40 => 4, < 80 => 5, _ => 6 };
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (var _ in new WordEnumerator(text)) n++;
        return n;
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c is '\n' or '!' or '?') return true;
        if (c != '.') return false;
        // "St. James", "2.5" and initials do not end a sentence: a full stop ends one when a space and a capital or a quote follow.
        if (i + 2 >= text.Length) return i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
        return char.IsWhiteSpace(text[i + 1]) && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“' or '\'' or '‘') && !IsShortAbbreviation(text, i);
    }

    private static bool IsShortAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        int start = dot;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        int length = dot - start;
        return length is >= 1 and <= 2 && char.IsUpper(text[start]);
    }

    private static bool PrecededBy(ReadOnlySpan<char> text, int start, params ReadOnlySpan<string> words)
    {
        var before = text[..start].TrimEnd();
        foreach (var word in words)
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
                return true;
        return false;
    }

    /// <summary>A number word: the words of a scoreline ("2-1" reads as "2" and "1") may stand between a result word and the side.</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static FrozenSet<uint> Hashes(params string[] words)
    {
        var set = new HashSet<uint>();
        foreach (var word in words) set.Add(FeatureHasher.Add(WordSeed, word));
        return set.ToFrozenSet();
    }
}

/// <summary>Per-occurrence word counts of a text for the narration rates (<see cref="ReportNarration.CountWords"/>).</summary>
public readonly record struct WordRates(int Words, int Scoring, int PastTense, int Future);
