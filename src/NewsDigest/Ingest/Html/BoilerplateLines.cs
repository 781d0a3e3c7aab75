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

    /// <summary>
    /// True when a short line is a time stamp with at most a few words of label or name around it ("Published: 4 May 2021",
    /// "24.01.2022 11:38 Category: News", "By Jane Doe, August 14, 2020"): the page's metadata, not a sentence of the story.
    /// </summary>
    public static bool IsDateline(string block)
    {
        if (block.Length >= 80) return false;
        if (!Date().IsMatch(block)) return false;
        string rest = Time().Replace(Date().Replace(block, " "), " ");
        return Word().Count(rest) <= 6;
    }

    /// <summary>A calendar date: numeric (24.01.2022, 2022-01-24, 01/24/2022, 2022年1月24日) or with a month name in the languages the pages use most.</summary>
    [GeneratedRegex(@"\b\d{1,2}[./-]\s?\d{1,2}[./-]\s?(\d{4}|\d{2})\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{4}\s?年\s?\d{1,2}\s?月(\s?\d{1,2}\s?日)?|\b\d{1,2}\.?\s+(de\s+)?" + Months + @"\.?,?\s+(del?\s+)?\d{4}\b|\b" + Months + @"\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    /// <summary>Month names and abbreviations: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish.</summary>
    private const string Months = @"(jan(uary|uar|vier|eiro|uari)?|jänner|feb(ruary|ruar|rero|braio|ruari)?|février|fevereiro|mar(ch|s|zo|ço)?|märz|mär|maart|apr(il|ile)?|avril|abril|ma[iy]|mayo|maggio|maio|mei|june?|juni|juin|junio|giugno|junho|july?|juli|juillet|julio|luglio|julho|aug(ust|ustus)?|août|agosto|sept?(ember|embre|iembre)?|setiembre|settembre|setembro|oct(ober|obre|ubre)?|okt(ober)?|ottobre|outubro|nov(ember|embre|iembre)?|dec(ember)?|dez(ember|embro)?|décembre|diciembre|dicembre|stycz(eń|nia)|lut(y|ego)|mar(zec|ca)|kwie(cień|tnia)|maj|maja|czerw(iec|ca)|lip(iec|ca)|sierp(ień|nia)|wrze(sień|śnia)|październik|października|listopad|listopada|grud(zień|nia))";

    /// <summary>A clock time with its unit: "11:38", "15:40 Uhr", "2:30 pm", "13h05".</summary>
    [GeneratedRegex(@"\b\d{1,2}[:h]\d{2}\b(\s*(uhr|h|am|pm|a\.m\.|p\.m\.))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

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
