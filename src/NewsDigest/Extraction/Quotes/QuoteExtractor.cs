using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds every direct quote and its speaker: named after it ("..., Deschamps said"), before it ("Southgate said: ..."), by a pronoun
/// pointing back ("he added"), in the previous sentence or paragraph, or carried over from a quote continued across paragraphs.
/// Surnames resolve to the fullest name the report uses; a role comes from the words before a mention ("France coach").</summary>
public sealed partial class QuoteExtractor(ISpeakerRanker? ranker = null) : IFactExtractor
{
    /// <summary>Shorter quoted phrases are usually scare quotes or nicknames, not something a person said.</summary>
    private const int MinimumWords = 4;

    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        string? previousSpeaker = null;
        int previousEnd = -1;
        bool previousOpenEnded = false;
        foreach (var span in context.QuotedSpans)
        {
            var quoteText = span.Substring(text);
            if (WordCount(quoteText) < MinimumWords) continue;
            bool continuation = previousOpenEnded && IsParagraphStart(text, span.Start) && previousEnd >= 0 && !HasProseBetween(text, previousEnd, span.Start);
            string? speaker = continuation ? previousSpeaker : FindSpeaker(context, span, previousSpeaker, previousEnd);
            speaker = speaker is null ? null : context.People.FullName(speaker);
            var (role, team) = speaker is null ? (null, null) : SpeakerRoles.Find(context, speaker);
            context.Quotes.Add(new Quote(quoteText, speaker, context.EvidenceFor(span)) { SpeakerRole = role, SpeakerTeam = team });
            previousSpeaker = speaker ?? previousSpeaker;
            previousEnd = span.End;
            previousOpenEnded = span.End >= text.Length || text[span.End] == '\n' || (span.End + 1 < text.Length && text[span.End] is not ('"' or '”') && text.IndexOf('\n', span.End) is int nl && nl >= 0 && text.AsSpan(span.End, nl - span.End).Trim().IsEmpty);
        }
    }

    private string? FindSpeaker(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd)
    {
        var text = context.Text;
        int paragraphStart = ParagraphStart(text, quote.Start), paragraphEnd = ParagraphEnd(text, quote.End);
        // After the quote, before the next one: ", Deschamps said", "said Southgate", ", he added".
        int afterEnd = Math.Min(paragraphEnd, NextQuoteStart(context, quote.End) ?? paragraphEnd);
        var afterText = text.AsSpan(quote.End, Math.Max(0, Math.Min(afterEnd, quote.End + 140) - quote.End)).ToString();
        var afterMatch = SaidAfter().Match(afterText);
        if (afterMatch.Success)
        {
            if (afterMatch.Groups["pronoun"].Success) return Pronoun(context, quote, previousSpeaker, previousEnd);
            var named = FirstPersonIn(context, quote.End + afterMatch.Groups["who"].Index, afterMatch.Groups["who"].Length + 1);
            if (named is not null) return named;
        }
        // Before the quote in its paragraph: "Southgate said:", "Deschamps told reporters:", "According to X,".
        int beforeStart = Math.Max(paragraphStart, PreviousQuoteEnd(context, quote.Start) ?? paragraphStart);
        var beforeText = text.AsSpan(beforeStart, quote.Start - beforeStart).ToString();
        var beforeMatch = SaidBefore().Match(beforeText);
        if (beforeMatch.Success)
        {
            if (beforeMatch.Groups["pronoun"].Success) return Pronoun(context, quote, previousSpeaker, previousEnd);
            var named = LastPersonIn(context, beforeStart + beforeMatch.Index, beforeMatch.Length);
            if (named is not null) return named;
        }
        // A name anywhere around the quote: let the ranker choose among the candidates.
        var candidates = Candidates(context, quote, paragraphStart, paragraphEnd);
        if (candidates.Count > 0)
        {
            var scorer = ranker ?? Rule;
            return candidates.OrderByDescending(c => scorer.Score(text, quote, c, candidates)).First().Name;
        }
        return previousSpeaker is not null && quote.Start - previousEnd < 600 ? previousSpeaker : null;
    }

    private static readonly RuleSpeakerRanker Rule = new();

    private static string? Pronoun(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd)
    {
        if (previousSpeaker is not null && quote.Start - previousEnd < 800) return previousSpeaker;
        // "he said" with no earlier quote: the last person named before the quote outside quotes.
        var text = context.Text;
        for (var m = context.People.LastBefore(quote.Start); m is { } mention; m = context.People.LastBefore(mention.Start))
            if (!context.IsQuoted(mention.Start) && !ScorerClues.IsBystander(text, mention)) return context.People.NameOf(mention);
        return null;
    }

    private static List<SpeakerCandidate> Candidates(ExtractionContext context, TextSpan quote, int paragraphStart, int paragraphEnd)
    {
        var list = new List<SpeakerCandidate>();
        int previousParagraph = paragraphStart > 1 ? ParagraphStart(context.Text, paragraphStart - 2) : paragraphStart;
        foreach (var m in context.People.Within(new TextSpan(previousParagraph, paragraphEnd - previousParagraph)))
        {
            if (context.IsQuoted(m.Start) || m.Possessive) continue;
            var name = context.People.NameOf(m);
            var (role, _) = SpeakerRoles.Find(context, context.People.FullName(name));
            list.Add(new SpeakerCandidate(name, m.Span, role));
        }
        return list;
    }

    private static string? FirstPersonIn(ExtractionContext context, int start, int length)
    {
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (!context.IsQuoted(m.Start)) return context.People.NameOf(m);
        return null;
    }

    private static string? LastPersonIn(ExtractionContext context, int start, int length)
    {
        string? last = null;
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (!context.IsQuoted(m.Start) && !m.Possessive) last = context.People.NameOf(m);
        return last;
    }

    private static int? NextQuoteStart(ExtractionContext context, int position)
    {
        foreach (var q in context.QuotedSpans) if (q.Start > position) return q.Start - 1;
        return null;
    }

    private static int? PreviousQuoteEnd(ExtractionContext context, int position)
    {
        int? last = null;
        foreach (var q in context.QuotedSpans)
        {
            if (q.End >= position) break;
            last = q.End + 1;
        }
        return last;
    }

    private static bool IsParagraphStart(string text, int position)
    {
        int k = position - 1;
        while (k >= 0 && text[k] is '"' or '“' or '‘' or ' ') k--;
        return k < 0 || text[k] == '\n';
    }

    private static bool HasProseBetween(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsLetter(text[i])) return true;
        return false;
    }

    private static int ParagraphStart(string text, int position)
    {
        int nl = position > 0 ? text.LastIndexOf('\n', Math.Min(position - 1, text.Length - 1)) : -1;
        return nl + 1;
    }

    private static int ParagraphEnd(string text, int position)
    {
        int nl = text.IndexOf('\n', Math.Min(position, text.Length));
        return nl < 0 ? text.Length : nl;
    }

    private static int WordCount(string s)
    {
        int words = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private const string Verbs = @"said|says|added|adds|admitted|admits|insisted|insists|explained|explains|told|tells|stated|claimed|claims|declared|reflected|conceded|concedes|revealed|reveals|continued|commented|joked|warned|noted|acknowledged|stressed|remarked|smiled|suggested|believes|believed|argued|confirmed|confessed|lamented|agreed|recalled|enthused|beamed|quipped|went on|pointed out|told reporters|told the BBC|told BBC Sport|told Sky Sports|told TNT Sports|told Amazon Prime|told MOTD|told Match of the Day|said afterwards|told the club's website|told journalists|told the press|told a press conference|explained to|wrote";

    [GeneratedRegex(@"^[\s""”’',.!?-]*(?:(?:" + Verbs + @")\s+(?<who>(?:the\s+)?[\p{L}'’. -]{2,80}?)(?=[,.;:]|\s+(?:after|when|as|in|on|at|who|before|to|of)\b|$)|(?:(?<pronoun>he|she)|(?<who>[\p{Lu}][\p{L}'’. -]{1,60}?|the\s+[\p{L}'’ -]{2,60}?))\s+(?:" + Verbs + @"|also said|later said|then said|has said|had said|would later say)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SaidAfter();

    [GeneratedRegex(@"(?:(?<pronoun>\b(?:he|she))|\b[\p{Lu}][\p{L}'’. -]{1,60}?)\s+(?:(?:also|then|later|previously|had|has|was|afterwards|post-match|after the game|after the match)\s+)*(?:" + Verbs + @"|told [\w ]{1,30}|said of [\w ]{1,30}|was quoted as saying|said in a statement|reacted)\s*(?:[\w ,']{0,40})?[:,]\s*$|\baccording to\s+[\p{Lu}][\p{L}'’. -]{1,60}?,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidBefore();
}
