using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Someone the report does not name, brought in with an indefinite article as the subject of the words that set up a quote: "A source
/// at the referees' body was more supportive: “...”", "A season-ticket holder from Leeds, who asked not to be named, said: “...”", "One young
/// fan in a red scarf sums it up: “...”", "A former captain of the club sent me a message. “...”". Columns, colour pieces and controversy
/// stories quote such people beside the named ones; their words are nobody's the report names, not those of the player the passage is about.</summary>
internal static partial class IndefiniteSpeaker
{
    /// <summary>True when the quote's own sentence, up to the quote, opens on an indefinite subject and introduces the quote (a verb of speech
    /// in it, or a colon right before the quote).</summary>
    internal static bool IntroducesQuote(ExtractionContext context, TextSpan quote, int paragraphStart)
    {
        var text = context.Text;
        int start = Math.Max(paragraphStart, SpeakerSalience.SentenceStart(text, Math.Max(0, quote.Start - 1)));
        while (start < quote.Start && text[start] == ' ') start++;
        var words = text.AsSpan(start, quote.Start - start).TrimEnd("\"“‘'` ");
        return !words.IsEmpty && words.IndexOfAny("\"“”") < 0 && Sets(context, start, start + words.Length);
    }

    /// <summary>True when the sentence from <paramref name="start"/> to <paramref name="end"/> opens on "A", "An", "One" or "Another", names no
    /// person who could speak except after a preposition ("from Viersen", "near Penrith", "at Ibrox"), and ends on a colon or holds a verb of
    /// speech or a message: the sentence sets up the words of someone the report does not name.</summary>
    internal static bool Sets(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (end <= start || !Opener().IsMatch(text.AsSpan(start, end - start))) return false;
        var sentence = text.AsSpan(start, end - start).TrimEnd();
        if (!(sentence.EndsWith(":") || Speech().IsMatch(sentence))) return false;
        foreach (var mention in context.People.Within(new TextSpan(start, end - start)))
        {
            if (context.IsQuoted(mention.Start) || !SpeakerNames.CanSpeak(context, context.People.NameOf(mention))) continue;
            if (!AfterPreposition().IsMatch(text.AsSpan(start, mention.Start - start))) return false;
        }
        return true;
    }

    /// <summary>An indefinite subject: "A source", "An Arsenal spokesperson", "One teenager", "Another fan".</summary>
    [GeneratedRegex(@"^(?:A|An|One|Another)\s+\p{L}")]
    private static partial Regex Opener();

    /// <summary>A verb of speech or a message sent: "said", "told this website", "sent me a message", "asked".</summary>
    [GeneratedRegex(@"\b(?:said|says|told|tells|added|adds|explained|explains|admitted|admits|insisted|insists|asked|asks|remarked|wrote|writes|posted|message|texted|put it|summed|sums)\b")]
    private static partial Regex Speech();

    /// <summary>Words ending in a preposition of place or belonging, before a name that is therefore a place or a club: "from ", "near the ".</summary>
    [GeneratedRegex(@"\b(?:from|at|of|in|near|outside)\s+(?:the\s+)?$")]
    private static partial Regex AfterPreposition();
}
