using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Words posted on a social network or a website, introduced before the quote: "The Premier League Match Centre posted on X:", "with
/// the club posting on its social media account:", "Kerr wrote on Instagram:", "when he tweeted:". Whoever posts speaks: a person named or
/// pointed to by "he" or "she" right before the verb, and no person when a club, a league, an account or another body posts.</summary>
internal static partial class PostedBefore
{
    /// <summary>The attribution of a post ending the words before the quote (<paramref name="beforeText"/>, from <paramref name="beforeStart"/>);
    /// null when those words introduce no post, or name neither a person nor a body posting it.</summary>
    public static Attribution? Find(ExtractionContext context, Text.TextSpan quote, int beforeStart, string beforeText, string? previousSpeaker, int previousEnd)
    {
        // The last verb of posting, whose words run on to the quote without a stop or a mark: "..., she wrote:" after "In a photo shared on Instagram".
        Match? post = null;
        foreach (Match m in PostVerb().Matches(beforeText)) post = m;
        if (post is null || !PostTail().IsMatch(beforeText.AsSpan(post.Index + post.Length))) return null;
        var tail = beforeText[(post.Index + post.Length)..];
        if (!post.Value.StartsWith("tweet", StringComparison.OrdinalIgnoreCase) && !Platform().IsMatch(tail)) return null;
        // Who posts: the words before the verb back to the clause's start ("..., with the club posting", "... when he posted").
        var text = context.Text;
        int verbAt = beforeStart + post.Index;
        int sentenceStart = Math.Max(beforeStart, SpeakerSalience.SentenceStart(text, verbAt));
        var before = text.AsSpan(sentenceStart, verbAt - sentenceStart);
        int clause = 0;
        foreach (Match opener in ClauseOpener().Matches(before.ToString())) clause = opener.Index + opener.Length;
        int subjectStart = sentenceStart + clause;
        var subject = text[subjectStart..verbAt];
        if (PronounSubject().Match(subject) is { Success: true } pronoun)
            return new Attribution(PronounResolver.Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(pronoun.Groups["pronoun"].ValueSpan)));
        if (SpeakerMentions.LastPersonIn(context, subjectStart, verbAt - subjectStart) is { } person) return new Attribution(person);
        return BodySubject(context, subject) ? new Attribution(null) : null;
    }

    /// <summary>True when the subject is a body: a group noun ("the club", "its official account", "The Premier League Match Centre") or a
    /// capitalised name whose own words make it a body ("The PFA", "Harbour FC"). A name the person index does not know ("CR7 wrote on
    /// Instagram:") is no body by that alone.</summary>
    private static bool BodySubject(ExtractionContext context, string subject) => FirstBodyAt(context, subject) >= 0;

    /// <summary>Where <paramref name="words"/> first name a body (a group noun, or a capitalised name that is a body by its own words), or
    /// -1 when they name none. Shared with <see cref="DocumentSaying"/>, whose issuer is whichever of a body, a person or a pronoun comes first.</summary>
    internal static int FirstBodyAt(ExtractionContext context, string words)
    {
        int body = GroupNoun().Match(words) is { Success: true } group ? group.Index : int.MaxValue;
        foreach (Match name in CapitalisedRun().Matches(words))
        {
            if (name.Index >= body) break;
            var run = name.Value.StartsWith("The ", StringComparison.Ordinal) ? name.Value[4..] : name.Value;
            if (run.Length > 1 && (SpeakerNames.IsBody(context, run) || NonPersonNames.NamesABody(context.Text, run))) { body = name.Index; break; }
        }
        return body == int.MaxValue ? -1 : body;
    }

    /// <summary>A verb of posting: posted, posting, tweeted, wrote, shared ...</summary>
    [GeneratedRegex(@"\b(?:posted|posting|posts|tweeted|tweeting|tweets|wrote|writing|shared|sharing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostVerb();

    /// <summary>The words from the verb to the quote: no stop, mark or other verb's clause, ending on a colon or a comma.</summary>
    [GeneratedRegex(@"^[^.!?\""“”‘’\n]{0,90}[:,]\s*$")]
    private static partial Regex PostTail();

    /// <summary>Where the words were posted: a network, social media, or an account, page or website.</summary>
    [GeneratedRegex(@"\b(?:on|to|via)\s+(?:X|Twitter|Instagram|Facebook|TikTok|Threads|LinkedIn|Bluesky|social media|(?:its|his|her|their|the)\b[^:,]{0,40}?\b(?:account|accounts|page|handle|feed|channel|website|site|X|Twitter|Instagram|Facebook))\b")]
    private static partial Regex Platform();

    /// <summary>Words opening the clause whose subject posts: "with", "when", "as", "while", "after", "and", "but".</summary>
    [GeneratedRegex(@"(?:^|\s)(?:with|when|as|while|after|and|but|before)\s|;\s")]
    internal static partial Regex ClauseOpener();

    [GeneratedRegex(@"(?:^|\s)(?<pronoun>he|she|He|She)\s+(?:(?:also|then|later|had|has|once|recently|previously)\s+)*$")]
    private static partial Regex PronounSubject();

    [GeneratedRegex(@"\b(?:club|clubs|team|side|squad|federation|association|league|organisers|organizers|board|account|handle|page|centre|center|union|council|committee|foundation|academy|charity|campaign|company|broadcaster|outlet|government|ministry|police)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GroupNoun();

    [GeneratedRegex(@"\b[\p{Lu}][\p{L}\p{N}'’&-]*(?:\s+[\p{Lu}][\p{L}\p{N}'’&-]*)*")]
    private static partial Regex CapitalisedRun();
}
