namespace NewsDigest.Ingest.Language;

/// <summary>The language a text appears to be written in, with how sure the identifier is.</summary>
/// <param name="Code">An ISO 639-1 code such as "en" or "es"; <see cref="Undetermined"/> when the text gives too little to go on.</param>
/// <param name="Confidence">From 0 to 1: the winner's share of the evidence against its nearest rival (about 0.5 is a coin toss).</param>
/// <param name="Evidence">How many clues the guess rests on: function words matched, or letters of a distinctive script.</param>
public readonly record struct LanguageGuess(string Code, double Confidence, int Evidence)
{
    /// <summary>The ISO 639-2 code for "undetermined".</summary>
    public const string Undetermined = "und";

    /// <summary>How many English function words the sample held, so that a caller can weigh an English reading against the winner.</summary>
    public int EnglishWords { get; init; }

    /// <summary>The script the guess rests on: Latin for a function-word guess, else the distinctive script that named the language.</summary>
    public WritingScript Script { get; init; } = WritingScript.Latin;

    public static readonly LanguageGuess Unknown = new(Undetermined, 0, 0);

    public bool IsDetermined => Code != Undetermined;

    public bool IsEnglish => Code == "en";
}
