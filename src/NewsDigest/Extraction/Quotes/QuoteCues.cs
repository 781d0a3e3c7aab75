using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>What the words around a quoted span say it is. Crowd chants and songs ("chants of "Jol out"", ""going down" sang the fans") are
/// not anyone's quote; a short phrase is a partial quote only when its sentence reports speech ("admitted it was a "huge game"",
/// "described it as a "privilege""), otherwise it is a term or scare quote ("Fergie Time", "the ‘Kissgate’ scandal").</summary>
public static partial class QuoteCues
{
    /// <summary>True when a chant or song cue sits right before the quote or right after it.</summary>
    public static bool IsChant(string text, TextSpan quote)
    {
        int from = Math.Max(0, quote.Start - 45);
        var before = text.AsSpan(from, quote.Start - from);
        int newline = before.LastIndexOf('\n');
        if (newline >= 0) before = before[(newline + 1)..];
        if (ChantBefore().Match(before.ToString()) is { Success: true } cue && !NameOrAttributionNotCue(text, quote.Start - before.Length, cue)) return true;
        int to = Math.Min(text.Length, quote.End + 45);
        var after = text.AsSpan(quote.End, to - quote.End);
        newline = after.IndexOf('\n');
        if (newline >= 0) after = after[..newline];
        return ChantAfter().IsMatch(after);
    }

    /// <summary>True when a chant word before a quote is no cue but part of the attribution of the quote before: the sentence it stands in
    /// holds a verb of speech, and the word is a name in title case inside that sentence ("“...,” Song said. “...”", "..., Shin Sang-woo said.
    /// “...”", "said head coach Michele Sung. “...”") or that sentence ends before the quote ("..., said Giuliani, crying. “...”", "“...,” she
    /// said as she started to cry. “...”"). A cue opening its sentence ("Chants of “...”", "SONG OF THE DAY. “...”") or in a sentence with no
    /// verb of speech ("Best Original Song nominee for “...”", "the fans sang. “...”") stays one.</summary>
    private static bool NameOrAttributionNotCue(string text, int windowStart, Match cue)
    {
        var word = cue.Groups["cue"];
        int at = windowStart + word.Index;
        bool name = char.IsUpper(word.Value[0]) && word.Value.Skip(1).Any(char.IsLower) && !OpensSentence(text, at);
        int stop = SentenceStop().Match(cue.Groups["gap"].Value) is { Success: true } m ? m.Index : -1;
        if (!name && stop < 0) return false;
        int sentenceStart = at;
        while (sentenceStart > 0 && !OpensSentence(text, sentenceStart) && sentenceStart > at - 200) sentenceStart--;
        int sentenceEnd = stop >= 0 ? at + word.Length + stop : windowStart + cue.Index + cue.Length;
        return AttributingVerb().IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
    }

    private static bool OpensSentence(string text, int at)
    {
        int k = at - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k < 0 || text[k] == '\n' || (k < at - 1 && text[k] is '.' or '!' or '?');
    }

    [GeneratedRegex(@"[.!?](?=\s)")]
    private static partial Regex SentenceStop();

    [GeneratedRegex(@"\b(?:said|says|told|added|asked)\b")]
    private static partial Regex AttributingVerb();

    /// <summary>True when the quote's sentence or the one before it (outside the quote) holds a speech verb, or a colon leads into the quote:
    /// "Mourinho admitted results were needed in his "beautiful project". After two "ugly" results, ..." keeps both phrases.</summary>
    public static bool SentenceReportsSpeech(string text, TextSpan quote)
    {
        int start = quote.Start - 1, boundaries = 0;
        while (start > 0 && start > quote.Start - 300)
        {
            bool boundary = text[start - 1] == '\n' || (text[start - 1] == ' ' && start >= 2 && text[start - 2] is '.' or '!' or '?');
            if (boundary && ++boundaries == 2) break;
            start--;
        }
        start = Math.Max(0, start);
        int end = quote.End;
        while (end < text.Length && end < quote.End + 200 && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 >= text.Length || text[end + 1] is ' ' or '\n'))) end++;
        var before = text.AsSpan(start, quote.Start - start);
        if (before.TrimEnd(" \"“‘'`").EndsWith(':')) return true;
        // A headline that names its speaker before a colon: "Slot: Feyenoord played “perfect match” in defeat".
        int lineStart = quote.Start > 0 ? text.LastIndexOf('\n', quote.Start - 1) + 1 : 0;
        if (SpeakerColonLine().IsMatch(text.AsSpan(lineStart, quote.Start - lineStart))) return true;
        return SpeechVerb().IsMatch(before) || SpeechVerb().IsMatch(text.AsSpan(quote.End, end - quote.End));
    }

    /// <summary>A line opening on a name and a colon, then words with no quote mark: what a headline quoting someone looks like.</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,2}:\s[^""“‘\n]{0,100}[""“‘]?$")]
    public static partial Regex SpeakerColonLine();

    [GeneratedRegex(@"\b(?<cue>chant|chants|chanting|chanted|sing|sings|singing|sang|sung|song|songs|anthem|cries|cry|crying|roars?|shouts? of|banners?|taunting|taunted|serenaded|bellowed|jeers?|boos?)\b(?<gap>[^""“‘'`]{0,25})[""“‘'`]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ChantBefore();

    [GeneratedRegex(@"^[\s,.!?'’”""]{0,4}(?:(?:they|the [\w ]{1,30}?)\s+)?(?:sang|sung|chanted|chanting|bellowed|roared|jeered|taunted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChantAfter();

    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tells|admit|admitted|admits|admitting|(?:promise|vow|pledge|boast|claim|insistence) that|insisted|insists|claimed|claims|claiming|described|describes|describing|mentions|mentioned|spoke of|spoke about|spoken of|spoken about|speaks of|talked of|talked about|talked (?:[a-z]+ ){1,2}about|summed up|(?:had|has) hoped|considered that|called|calls|calling|labelled|labeled|branded|brands|brand|branding|dubbed|confirmed|confirms|deemed|warned|warns|warning|implying|implied|thinks|labels|labeling|labelling|hinting|hinted|noting|stressing|revealed|reveals|believes|believed|felt|feels|added|explained|explains|stated|declared|wrote|writes|posted|tweeted|vowed|promised|urged|demanded|demands|hailed|hails|praised|praises|slammed|slams|blasted|blasts|criticised|criticized|accused|argued|suggested|suggests|joked|fears|feared|pays tribute|paid tribute|smiled|laughed|grinned|quipped|beamed|conceded|confessed|acknowledged|reflected|insisting|bemoaned|bemoans|lamented|laments|apologi[sz]e[sd]?|apologies|proud of|delighted with|delighted by|pleased with|happy with|according to|in (?:his|her|their) words|in the words of|put it|quoted|statement|programme notes|press conference|interview)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();
}
