using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Words naming a group, not a person, as the one who speaks: "the club stated", "the team said", "Angel City's players wrote".
/// A club statement or a squad's message is nobody's in particular, so no person named nearby is its speaker.</summary>
internal static partial class GroupSpeakers
{
    /// <summary>True when the words before a quote end on a group and its verb of speech: "..., but the club stated ".</summary>
    public static bool SpeaksBefore(string beforeText) => GroupBeforeQuote().IsMatch(beforeText);

    /// <summary>True when the words after a quote that attribute it are a group: "the club said", "the federation".</summary>
    public static bool IsGroup(string who) => Group().IsMatch(who.Trim());

    /// <summary>True when the quote's sentence opens on "They" saying it (<see cref="TheySay"/>), or on a group ("Spanish journalists were positive ... - "...""; "The players had not
    /// made it easy ..., acknowledging ... how they "almost killed" Wiegman off") and names no person before the quote but as an owner
    /// ("about the Lionesses' chances").</summary>
    public static bool OpenSentence(ExtractionContext context, int quoteStart)
    {
        var text = context.Text;
        if (TheySay(text, quoteStart)) return true;
        int sentenceStart = SpeakerSalience.SentenceStart(text, quoteStart);
        if (!GroupOpening().IsMatch(text.AsSpan(sentenceStart, quoteStart - sentenceStart))) return false;
        foreach (var mention in context.People.Within(new NewsDigest.Text.TextSpan(sentenceStart, quoteStart - sentenceStart)))
            if (!context.IsQuoted(mention.Start) && !mention.Possessive && SpeakerNames.CanSpeak(context, context.People.NameOf(mention))) return false;
        return true;
    }

    /// <summary>True when the quote's sentence opens on "They" and a verb of speech: "They said it was "", "They added: "". A plural
    /// subject is a group or a body (the funders, a government's spokespeople), no one person.</summary>
    public static bool TheySay(string text, int quoteStart)
    {
        int start = SpeakerSalience.SentenceOpening(text, quoteStart, quoteStart);
        return start < quoteStart && TheySayOpening().IsMatch(text.AsSpan(start, quoteStart - start));
    }

    [GeneratedRegex(@"^They\s+(?:(?:also|then|later|have|had)\s+)?(?:said|say|told|added|stated|insisted|claimed|admitted|explained|announced|confirmed)\b[^.!?\n""“”]*[""“‘']?$")]
    private static partial Regex TheySayOpening();

    [GeneratedRegex(@"^\s*(?!(?:While|When|As|After|Although|Though|Because|If|Since|Before|Once|Until|Whereas)\s)(?:The\s+|the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:players|journalists|reporters|critics|pundits|fans|supporters|media)\s+(?!(?:said|says|told|added)\b)[a-z]")]
    private static partial Regex GroupOpening();

    private const string Groups = @"club|team|side|squad|federation|association|league|organisers|organizers|board|hierarchy|players|management|family";

    [GeneratedRegex(@"(?:^|[\s,;])(?:the|The|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:" + Groups + @")\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|stated|states|added|adds|wrote|posted|announced|confirmed|declared|insisted)(?:\s+in\s+a\s+(?:statement|post|message))?\s*[:,]?\s*$")]
    private static partial Regex GroupBeforeQuote();

    [GeneratedRegex(@"^(?:the|The|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:" + Groups + @")$")]
    private static partial Regex Group();
}
