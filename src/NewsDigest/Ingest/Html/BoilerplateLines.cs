using System.Text.RegularExpressions;

namespace NewsDigest.Ingest.Html;

/// <summary>Lines that are furniture by their shape alone, wherever they sit: photo credits, bare bylines and paywall prompts.</summary>
internal static partial class BoilerplateLines
{
    /// <summary>True when a written block is a credit, a byline or a "subscribe to read the full story" prompt rather than story text.</summary>
    public static bool IsFurniture(string block) =>
        (block.Length < 80 && PhotoCredit().IsMatch(block))
        || (block.Length < 50 && Byline().IsMatch(block))
        || (block.Length < 200 && PaywallPrompt().IsMatch(block));

    /// <summary>Agency and photographer credits: "Name/Getty Images", "AFP / NAME", "Foto: …", "Crédits photos : …".</summary>
    [GeneratedRegex(@"getty|\bAFP\b|reuters|AP Photo|©|^(foto|photo|bild|image|quelle|crédits?( photos?)?|photograph( by)?|picture)\s*[:/]|/\s*(dpa|imago|wenn|keystone|shutterstock|istock)|\bimages$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoCredit();

    /// <summary>A byline on its own: "By Jane Doe", "VON Sina Giebel", "Von:"; the name words are capitalised, so a sentence starting "by the" is not one.</summary>
    [GeneratedRegex(@"^(?i:von|by|par|por|door|av)\s*:?\s*(\p{Lu}[\w.'-]*\s*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    /// <summary>The notice that replaces a paywalled story for visitors.</summary>
    [GeneratedRegex(@"\b(subscribe|subscribers?|subscription)\b.*\b(full story|this story|full article|to read|access)\b|\bfull story\b.*\bsubscri",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PaywallPrompt();
}
