namespace NewsDigest.Ingest.Language;

/// <summary>The writing systems that identify a language (or a small family) on their own, before any word is read.</summary>
public enum WritingScript
{
    None,
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Thai,
    Georgian,
    Armenian,
    Han,
    Kana,
    Hangul,
}
