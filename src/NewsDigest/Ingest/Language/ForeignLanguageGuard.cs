using NewsDigest.Ingest.Jsonl;

namespace NewsDigest.Ingest.Language;

/// <summary>
/// Sets aside articles that are clearly not in English, the only language the extractors read. It errs towards reading:
/// a short, mixed or doubtful text passes, and an English report that quotes a Spanish phrase stays English.
/// </summary>
public static class ForeignLanguageGuard
{
    /// <summary>Function words another language must show, by the text alone, before an article is set aside.</summary>
    public const int MinForeignWords = 8;

    /// <summary>With a matching declaration a few words suffice: the input and the text agree.</summary>
    public const int MinForeignWordsWhenDeclared = 3;

    /// <summary>The article's language when it is clearly not English; null when it is English, or might be.</summary>
    public static ForeignLanguage? Check(Article article)
    {
        var guess = LanguageIdentifier.Identify(article.Text);
        if (!guess.IsDetermined || guess.IsEnglish) return null;
        bool declared = DeclaredCode(article.Language) is { } code && code != "en" && SameLanguage(code, guess.Code);
        if (guess.Script != WritingScript.Latin) return new ForeignLanguage(guess.Code, Math.Max(0.5, guess.Confidence), declared);
        int needed = declared ? MinForeignWordsWhenDeclared : MinForeignWords;
        // "Clearly" means the other language's function words outnumber English ones at least two to one.
        if (guess.Evidence < needed || guess.EnglishWords * 2 > guess.Evidence) return null;
        double confidence = (guess.Evidence + 1.0) / (guess.Evidence + guess.EnglishWords + 2.0);
        return new ForeignLanguage(guess.Code, Math.Round(confidence, 3), declared);
    }

    /// <summary>The primary subtag of a declared language ("es" for "es-AR", "pt" for "pt_BR" or "Portuguese").</summary>
    public static string? DeclaredCode(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var tag = LanguageTag.FromName(language.Trim())!;
        int separator = tag.IndexOfAny(['-', '_']);
        if (separator > 0) tag = tag[..separator];
        return tag.Length is 2 or 3 ? tag.ToLowerInvariant() : null;
    }

    // Danish, Norwegian (and its written forms nb, nn) and Swedish share most function words; Croatian, Serbian and Bosnian likewise.
    private static bool SameLanguage(string declared, string guessed) =>
        declared == guessed || (Family(declared) is { } family && family == Family(guessed));

    private static string? Family(string code) => code switch
    {
        "da" or "no" or "nb" or "nn" or "sv" => "nordic",
        "hr" or "sr" or "bs" => "serbo-croatian",
        _ => null,
    };
}
