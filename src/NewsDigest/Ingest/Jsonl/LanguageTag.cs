namespace NewsDigest.Ingest.Jsonl;

/// <summary>Turns a language name as dumps write it ("English") into a BCP 47 tag; values that already look like tags pass through.</summary>
public static class LanguageTag
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["English"] = "en", ["Spanish"] = "es", ["French"] = "fr", ["German"] = "de", ["Italian"] = "it",
        ["Portuguese"] = "pt", ["Dutch"] = "nl", ["Catalan"] = "ca", ["Swedish"] = "sv", ["Norwegian"] = "no",
        ["Danish"] = "da", ["Polish"] = "pl", ["Turkish"] = "tr", ["Arabic"] = "ar", ["Russian"] = "ru",
        ["Japanese"] = "ja", ["Chinese"] = "zh", ["Korean"] = "ko", ["Indonesian"] = "id", ["Welsh"] = "cy",
    };

    public static string? FromName(string? value)
    {
        if (value is null) return null;
        value = value.Trim();
        return Names.TryGetValue(value, out var tag) ? tag : value;
    }
}
