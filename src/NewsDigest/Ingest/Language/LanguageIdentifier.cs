namespace NewsDigest.Ingest.Language;

/// <summary>
/// Guesses the language of a text from its first few thousand characters: a distinctive script (Cyrillic, Arabic, Han ...)
/// names the language at once; Latin-script text is told apart by counting each language's function words.
/// </summary>
/// <remarks>
/// Dependency-free and allocation-free per call, so that it can run on every article of an archive. Words that start with
/// a capital letter are skipped: they are mostly names ("De Bruyne", "Van Dijk", "Del Piero"), which would otherwise count
/// as Dutch, Spanish or Italian function words inside an English report.
/// </remarks>
public static class LanguageIdentifier
{
    /// <summary>Only the start of a text is read: a few kilobytes settle the question, and the cost stays flat for long articles.</summary>
    public const int SampleLength = 4096;

    /// <summary>Fewer function words than this (or fewer script letters than <see cref="MinScriptLetters"/>) leave the language undetermined.</summary>
    public const int MinWords = 3;

    public const int MinScriptLetters = 12;

    private const int MaxWordLength = 24;

    // Most articles are plainly in one language; once that is certain the rest of the sample is not read.
    private const int EarlyStopCheckEvery = 16;
    private const int SettledWords = 48;

    private static readonly System.Collections.Frozen.FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        FunctionWordProfiles.Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static LanguageGuess Identify(string? text) => text is null ? LanguageGuess.Unknown : Identify(text.AsSpan());

    public static LanguageGuess Identify(ReadOnlySpan<char> text)
    {
        Span<int> scores = stackalloc int[FunctionWordProfiles.Codes.Count];
        var scripts = new ScriptCounts();
        var sample = text[..Math.Min(text.Length, SampleLength)];
        int wordsMatched = Tally(sample, scores, ref scripts, out int undecodable);
        // Bytes that did not decode (U+FFFD) mean a binary or wrongly decoded input: its letters are noise, not a language.
        if (undecodable * 50 > sample.Length) return LanguageGuess.Unknown;
        return Decide(scores, scripts, wordsMatched);
    }

    /// <summary>Adds each function word of the sample to the scores of the languages it belongs to; returns how many words matched.</summary>
    private static int Tally(ReadOnlySpan<char> sample, Span<int> scores, ref ScriptCounts scripts, out int undecodable)
    {
        int wordsMatched = 0;
        undecodable = 0;
        Span<char> word = stackalloc char[MaxWordLength];
        int length = 0;
        bool tooLong = false, capitalised = false, afterApostrophe = false, previousWasApostrophe = false;
        for (int i = 0; i <= sample.Length; i++)
        {
            char c = i < sample.Length ? sample[i] : ' ';
            var script = ScriptClassifier.Of(c);
            if (script != WritingScript.None) scripts.Add(script);
            if (script == WritingScript.Cyrillic) scripts.AddCyrillicMarker(c);
            if (script == WritingScript.Latin)
            {
                if (length == 0)
                {
                    capitalised = char.IsUpper(c);
                    afterApostrophe = previousWasApostrophe;
                    tooLong = false;
                }
                if (length < MaxWordLength) word[length++] = char.ToLowerInvariant(c);
                else tooLong = true;
                previousWasApostrophe = false;
                continue;
            }
            if (c == '\uFFFD') undecodable++;
            // English clitics ('s, 't, 're) follow an apostrophe and are skipped; French and Italian elisions (l', d', qu') precede it and count.
            previousWasApostrophe = c is '\'' or '\u2019';
            if (length == 0) continue;
            if (!capitalised && !tooLong && !afterApostrophe && Lookup.TryGetValue(word[..length], out uint mask))
            {
                wordsMatched++;
                for (int bit = 0; mask != 0; bit++, mask >>= 1)
                    if ((mask & 1) != 0) scores[bit]++;
                if (wordsMatched % EarlyStopCheckEvery == 0 && IsSettled(scores)) break;
            }
            length = 0;
        }
        return wordsMatched;
    }

    /// <summary>True when one language has enough words and at least three times its nearest rival's: reading on would not change the answer.</summary>
    private static bool IsSettled(ReadOnlySpan<int> scores)
    {
        int best = 0, second = 0;
        foreach (int score in scores)
        {
            if (score > best) { second = best; best = score; }
            else if (score > second) second = score;
        }
        return best >= SettledWords && best >= 3 * second;
    }

    private static LanguageGuess Decide(ReadOnlySpan<int> scores, in ScriptCounts scripts, int wordsMatched)
    {
        var (script, scriptLetters) = scripts.Dominant();
        if (script is not WritingScript.Latin and not WritingScript.None && scriptLetters >= MinScriptLetters)
        {
            // A distinctive script outweighs the Latin letters of names, numbers' units and URLs mixed into it.
            double share = (double)scriptLetters / Math.Max(1, scripts.Letters);
            return new LanguageGuess(ScriptLanguage.CodeFor(script, scripts), Math.Round(share, 3), scriptLetters) { Script = script };
        }
        int english = scores[FunctionWordProfiles.English];
        if (wordsMatched < MinWords) return LanguageGuess.Unknown with { EnglishWords = english };
        int best = 0, second = -1;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) { second = best; best = i; }
            else if (second < 0 || scores[i] > scores[second]) second = i;
        }
        int runnerUp = second < 0 ? 0 : scores[second];
        // Laplace-smoothed share of the top two: a handful of words cannot look certain.
        double confidence = (scores[best] + 1.0) / (scores[best] + runnerUp + 2.0);
        return new LanguageGuess(FunctionWordProfiles.Codes[best], Math.Round(confidence, 3), scores[best]) { EnglishWords = english };
    }
}
