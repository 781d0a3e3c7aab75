using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Attributions in the paragraph under a quote that stands alone in its own: "That glowing endorsement from ... Alexander Straus", a clip's "🎙️ Name #Club" line, or the person who opens a feature after its opening quote.</summary>
internal static partial class AttributionBelow
{
    /// <summary>The speaker the paragraph under a lone quote names; null when the quote shares its paragraph or the next names nobody so.</summary>
    public static Attribution? Find(ExtractionContext context, TextSpan quote, int paragraphEnd, int previousEnd)
    {
        var text = context.Text;
        // A quote standing alone in its paragraph, attributed by the next one: "“If there's one player ...” / That glowing endorsement from
        // Bayern Munich head coach Alexander Straus followed ...".
        // The next paragraph's first word, past the blank line a text reader may put between paragraphs.
        int below = paragraphEnd;
        while (below < text.Length && char.IsWhiteSpace(text[below])) below++;
        if (OnlyMarksAfter(text.AsSpan(quote.End, paragraphEnd - quote.End)) && below < text.Length)
        {
            int window = Math.Min(160, text.Length - below);
            var next = WordsOfAbove().Match(text, below, window);
            if (next.Success && SpeakerMentions.LastPersonIn(context, next.Groups["who"].Index, next.Groups["who"].Length + 1) is { } wordsOf) return new Attribution(wordsOf);
            // "That was Hale's verdict on the striker": the words' owner as a possessive.
            var owned = PossessiveWordsAbove().Match(text, below, window);
            if (owned.Success && SpeakerMentions.PossessorIn(context, owned.Groups["who"].Index, owned.Length - (owned.Groups["who"].Index - owned.Index)) is { } owner) return new Attribution(owner);
            // A UEFA page's player-of-the-match blurb: "“He scored two important goals ...” / UEFA Technical Observer panel": a panel's words, no person's.
            if (PanelLine().IsMatch(text, below)) return new Attribution(null);
            // A club's post of a clip: ""..." / 🎙️ Steve Cherundolo #LAFC": the line under the quote names who speaks in it.
            if (MicrophoneLine().Match(text, below, Math.Min(120, text.Length - below)) is { Success: true } mic)
                return new Attribution(SpeakerMentions.FirstPersonIn(context, mic.Groups["who"].Index, mic.Groups["who"].Length + 1) ?? (mic.Groups["handle"].Success ? mic.Groups["handle"].Value : null));
            // A feature opening on a lone quote, nobody quoted before it: "“This year it was meant for England.” / Lucy Bronze, England's most
            // decorated footballer, just had a feeling all along." The person who opens the next paragraph said it.
            if (previousEnd < 0 && QuoteLayout.IsParagraphStart(text, quote.Start) && SpeakerSalience.SubjectOfSentenceAt(context, below) is { } opener) return new Attribution(opener);
        }
        return null;
    }

    /// <summary>A line of its own naming a panel or a jury, with no verb: the credit a match page prints under a blurb.</summary>
    [GeneratedRegex(@"\G[ \t]*(?:[Tt]he\s+)?(?:[\p{Lu}][\p{L}'’.-]*[ \t]+){1,5}(?:[Pp]anel|[Jj]ury|[Cc]ommittee|[Oo]bservers?)[ \t]*(?:\n|$)")]
    private static partial Regex PanelLine();

    /// <summary>True when only closing marks, spaces and pictographs follow the quote in its paragraph ("“...” 🎙️" in a club's post).</summary>
    private static bool OnlyMarksAfter(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest.Trim("\"”’'` "))
            if (char.IsLetterOrDigit(c) || char.IsPunctuation(c)) return false;
        return true;
    }

    /// <summary>A paragraph opening on a noun for the words just quoted and whose they were: "That glowing endorsement from Bayern head coach
    /// Alexander Straus", "Those were the words of Jill Scott".</summary>
    [GeneratedRegex(@"\G(?:That|Those|These|Such|The|This)\s+(?:were\s+the\s+)?(?:[a-z-]+\s+){0,2}?" + SpeechNoun + @"\s+(?:from|of|by)\s+(?<who>(?:[\p{L}'’.-]+\s+){0,4}[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})")]
    private static partial Regex WordsOfAbove();

    /// <summary>The same with the speaker's name as a possessive: "That was Hale's verdict on the striker", "Such was Reed's view of it".</summary>
    [GeneratedRegex(@"\G(?:That|Those|Such|This)\s+(?:was|were|is)\s+(?<who>[\p{Lu}][\p{L}'’-]+?(?:\s[\p{Lu}][\p{L}'’-]+?){0,3})['’]s?\s+(?:[a-z-]+\s+){0,2}?" + SpeechNoun + @"\b")]
    private static partial Regex PossessiveWordsAbove();

    /// <summary>A noun for words just quoted: "verdict", "assessment", "message", "those were the words".</summary>
    private const string SpeechNoun = "(?:words?|verdict|assessment|endorsement|praise|message|warning|admission|comments?|remarks?|view|views|thoughts|reflections|tribute|reaction|rallying cry|plea|claim|insight|confession)";

    /// <summary>The line under a quoted clip that names its speaker: "🎙️ Steve Cherundolo #LAFC", "🗣️ @jmacdaddy77"; a name, then a tag, a
    /// handle, a bar, a comma or the line's end: "🎙️ Hear the full interview with Lee on TownTV" is a link's sentence, not a name.</summary>
    [GeneratedRegex(@"\G\s*(?:\uD83C\uDF99|\uD83D\uDDE3)\uFE0F?\s*(?:@(?<handle>\w{2,30})|(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3})(?=[ \t]*(?:[#@|,(–—-]|\r?\n|$)))")]
    private static partial Regex MicrophoneLine();
}
