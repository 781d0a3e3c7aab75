namespace NewsDigest.Ingest.Language;

/// <summary>English names for the language codes the identifier returns, for messages users read.</summary>
public static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Spanish", ["pt"] = "Portuguese", ["fr"] = "French", ["it"] = "Italian",
        ["de"] = "German", ["nl"] = "Dutch", ["sv"] = "Swedish", ["da"] = "Danish", ["no"] = "Norwegian",
        ["fi"] = "Finnish", ["pl"] = "Polish", ["cs"] = "Czech", ["ro"] = "Romanian", ["tr"] = "Turkish",
        ["id"] = "Indonesian", ["hr"] = "Croatian", ["ca"] = "Catalan", ["hu"] = "Hungarian",
        ["ru"] = "Russian", ["uk"] = "Ukrainian", ["sr"] = "Serbian", ["bg"] = "Bulgarian", ["el"] = "Greek",
        ["ar"] = "Arabic", ["he"] = "Hebrew", ["hi"] = "Hindi", ["bn"] = "Bengali", ["th"] = "Thai", ["zh"] = "Chinese",
        ["ja"] = "Japanese", ["ko"] = "Korean", ["ka"] = "Georgian", ["hy"] = "Armenian",
    };

    /// <summary>True for the codes the identifier can return.</summary>
    public static bool IsKnown(string code) => Names.ContainsKey(code);

    /// <summary>"Spanish" for "es"; the code itself when the name is not known.</summary>
    public static string EnglishName(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
