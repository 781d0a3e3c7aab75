namespace NewsDigest.Ingest.Language;

/// <summary>Tells which script a letter belongs to by its Unicode block; cheap enough to run on every character.</summary>
internal static class ScriptClassifier
{
    public static WritingScript Of(char c)
    {
        if (c < 0x80) return char.IsAsciiLetter(c) ? WritingScript.Latin : WritingScript.None;
        return c switch
        {
            >= '\u00C0' and <= '\u024F' when c is not '\u00D7' and not '\u00F7' => WritingScript.Latin,
            >= '\u1E00' and <= '\u1EFF' => WritingScript.Latin,
            >= '\u0370' and <= '\u03FF' => WritingScript.Greek,
            >= '\u1F00' and <= '\u1FFF' => WritingScript.Greek,
            >= '\u0400' and <= '\u052F' => WritingScript.Cyrillic,
            >= '\u0531' and <= '\u058F' => WritingScript.Armenian,
            >= '\u05D0' and <= '\u05EA' => WritingScript.Hebrew,
            >= '\u0620' and <= '\u064A' => WritingScript.Arabic,
            >= '\u066E' and <= '\u06D3' => WritingScript.Arabic,
            // The danda (U+0964, U+0965) is punctuation shared by several Indic scripts, so it names none of them.
            '\u0964' or '\u0965' => WritingScript.None,
            >= '\u0900' and <= '\u097F' => WritingScript.Devanagari,
            >= '\u0980' and <= '\u09FF' => WritingScript.Bengali,
            >= '\u0E01' and <= '\u0E4E' => WritingScript.Thai,
            >= '\u10A0' and <= '\u10FF' => WritingScript.Georgian,
            >= '\u3041' and <= '\u30FF' => WritingScript.Kana,
            >= '\u3400' and <= '\u4DBF' => WritingScript.Han,
            >= '\u4E00' and <= '\u9FFF' => WritingScript.Han,
            >= '\uAC00' and <= '\uD7AF' => WritingScript.Hangul,
            >= '\u1100' and <= '\u11FF' => WritingScript.Hangul,
            _ => WritingScript.None,
        };
    }
}
