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
        // "I remember someone in the stand saying, “...”", "Then somebody said: “...”": words of someone the writer never knew.
        if (SomeoneSays().IsMatch(words)) return true;
        // "The Mail's correspondent wrote that Feeney ‘...’", "The Observer's man wrote that the roar “...”": a paper's unnamed reporter.
        if (OutletReporterSays().IsMatch(words)) return true;
        return !words.IsEmpty && words.IndexOfAny("\"“”") < 0 && Sets(context, start, start + words.Length);
    }

    /// <summary>True when the quote's sentence opens on a paper's or a station's reporter, unnamed, writing or saying it: "The Mail's
    /// correspondent wrote that Feeney ‘’".</summary>
    internal static bool ReporterSays(string text, TextSpan quote)
    {
        int start = SpeakerSalience.SentenceOpening(text, quote.Start, quote.Start);
        return start < quote.Start && OutletReporterSays().IsMatch(text.AsSpan(start, quote.Start - start).TrimEnd("\"“‘'` "));
    }

    /// <summary>"The Mail's correspondent wrote that", "the Observer's man reported": an outlet's possessive, a reporter's noun, a verb of
    /// writing or saying, and no stop or quote mark up to the quote.</summary>
    [GeneratedRegex(@"^(?:The|the)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}[\p{Lu}][\p{L}-]*['’]s\s+(?:own\s+)?(?:man|correspondent|reporter|writer|critic|columnist|reviewer|scribe)\s+(?:[a-z]+\s+){0,2}?(?:wrote|said|reported|noted|observed|declared|called)\b[^.!?\n""“”]*$")]
    private static partial Regex OutletReporterSays();

    /// <summary>True when the words right after the quote give it to someone the report does not name, with "one", "a" or "another" and a
    /// description, then a verb of speech: "“He has changed,” one veteran supporter said outside the stadium".</summary>
    internal static bool SaysAfter(string text, TextSpan quote)
    {
        int end = Math.Min(text.Length, quote.End + 100);
        return IndefiniteSaysAfter().IsMatch(text.AsSpan(quote.End, end - quote.End));
    }

    [GeneratedRegex(@"^[,""”’'\s]{1,4}(?:one|a|an|another)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:said|says|told|added|admitted|insisted|explained)\b")]
    private static partial Regex IndefiniteSaysAfter();

    /// <summary>"someone" or "somebody", at most five words ("in the stand", "behind me"), and a verb of speech right before the quote:
    /// "someone in the stand saying,", "somebody shouted:", "someone said".</summary>
    [GeneratedRegex(@"\b(?:[Ss]omeone|[Ss]omebody)(?:\s+[\p{Ll}'’-]+){0,5}?\s+(?:saying|said|says|say|shouted|shouting|shout|yelled|yelling|called out|calling out|asked|whispered)\s*[,:]?$")]
    private static partial Regex SomeoneSays();

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

    /// <summary>True when the sentence right before the quote in its paragraph opens on someone unnamed ("A Harbour spokesman was less measured.",
    /// "One committee member was more forthright.", "A club official, who asked not to be named, said the club would appeal.") and the words
    /// after the quote go on with that person: a pronoun ("he said"), with nobody the sentence names after its subject who could speak, or a
    /// definite description of the same noun ("the official said", "said the source"), whoever else the sentence names.</summary>
    internal static bool GoesOnAfter(ExtractionContext context, TextSpan quote, string? description)
    {
        var text = context.Text;
        if (LeadIn.LeadBefore(text, quote) is not var (paragraphStart, end)) return false;
        int start = Math.Max(paragraphStart, SpeakerSalience.SentenceStart(text, end - 1));
        while (start < end && text[start] == ' ') start++;
        if (start >= end || PersonOpener().Match(text, start, end - start) is not { Success: true } opener) return false;
        if (description is not null)
            return Definite().Match(description.Trim()) is { Success: true } definite
                && SameNoun(definite.Groups["noun"].Value, opener.Groups["noun"].Value);
        int subjectEnd = opener.Index + opener.Length;
        foreach (var mention in context.People.Within(new TextSpan(subjectEnd, end - subjectEnd)))
        {
            if (context.IsQuoted(mention.Start) || !SpeakerNames.CanSpeak(context, context.People.NameOf(mention))) continue;
            if (!AfterPreposition().IsMatch(text.AsSpan(start, mention.Start - start))) return false;
        }
        return true;
    }

    /// <summary>"spokesman" and "spokeswoman" are the same speaker as "spokesperson"; otherwise the nouns match as written.</summary>
    private static bool SameNoun(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase) || (a.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) && b.StartsWith("spokes", StringComparison.OrdinalIgnoreCase));

    /// <summary>An indefinite subject ending on a noun for a person: "A Harbour spokesman", "One Kestrel committee member", "A club source".
    /// The words before the noun may name a side ("A Tsing Yi spokesman"); they name no speaker.</summary>
    [GeneratedRegex(@"\G(?:A|An|One|Another)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?<noun>" + PersonNouns + @")\b")]
    private static partial Regex PersonOpener();

    /// <summary>A definite description of an unnamed person after a quote: "the official", "the club source", "the spokeswoman".</summary>
    [GeneratedRegex(@"^(?:the|that)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?<noun>" + PersonNouns + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    /// <summary>Nouns for a person a report quotes without a name, as a regex alternation.</summary>
    private const string PersonNouns = "official|spokesman|spokeswoman|spokesperson|source|insider|member|supporter|fan|representative|steward|volunteer|onlooker|spectator|witness|parent|resident";

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
