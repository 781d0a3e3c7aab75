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

    private const string Groups = @"club|team|side|squad|federation|association|league|organisers|organizers|board|hierarchy|players|management";

    [GeneratedRegex(@"(?:^|[\s,;])(?:the|The)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:" + Groups + @")\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|stated|states|added|adds|wrote|posted|announced|confirmed|declared|insisted)(?:\s+in\s+a\s+(?:statement|post|message))?\s*[:,]?\s*$")]
    private static partial Regex GroupBeforeQuote();

    [GeneratedRegex(@"^(?:the|The)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:" + Groups + @")$")]
    private static partial Regex Group();
}
