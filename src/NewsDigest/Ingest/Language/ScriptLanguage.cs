namespace NewsDigest.Ingest.Language;

/// <summary>The language a non-Latin script stands for, refined by marker letters where one script serves several languages.</summary>
internal static class ScriptLanguage
{
    public static string CodeFor(WritingScript script, in ScriptCounts counts) => script switch
    {
        WritingScript.Cyrillic => counts.Ukrainian > 0 && counts.Ukrainian >= counts.Serbian ? "uk" : counts.Serbian > 0 ? "sr" : "ru",
        WritingScript.Greek => "el",
        WritingScript.Arabic => "ar",
        WritingScript.Hebrew => "he",
        WritingScript.Devanagari => "hi",
        WritingScript.Bengali => "bn",
        WritingScript.Thai => "th",
        WritingScript.Georgian => "ka",
        WritingScript.Armenian => "hy",
        // Japanese mixes kana into Han on every line; Chinese uses none.
        WritingScript.Han => counts.Kana * 10 >= counts.Han + counts.Kana ? "ja" : "zh",
        WritingScript.Hangul => "ko",
        _ => LanguageGuess.Undetermined,
    };
}
