namespace NewsDigest.Ingest.Language;

/// <summary>The finding that an article is written in a language other than English, with the note users are shown.</summary>
/// <param name="Code">The language the article is in ("es").</param>
/// <param name="Confidence">How sure the guard is that the article is not English, from 0.5 to 1.</param>
/// <param name="Declared">True when the input itself declared this language (a page's lang attribute, a dump's language field).</param>
public sealed record ForeignLanguage(string Code, double Confidence, bool Declared)
{
    public string Note => $"is in {LanguageNames.EnglishName(Code)} ({Code}), not English; only English reports are read";
}
