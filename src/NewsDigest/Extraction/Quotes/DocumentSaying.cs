using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A statement or a message "saying" the quote, issued by whoever the clause names before it: "The federation issued a statement
/// saying it “stood in solidarity”", "The national team's handle quoted his post with a message saying: “...”", "Reed released a statement
/// saying, “...”". The issuer speaks: a person named or pointed to by "he" or "she", and no person when a club, a league, an account or another
/// body issues it, whoever else the sentence names (an owner, "his post").</summary>
internal static partial class DocumentSaying
{
    /// <summary>The attribution of a document saying the quote at the end of the words before it (<paramref name="beforeText"/>, from
    /// <paramref name="beforeStart"/>); null when those words end on no such document, or name neither a person nor a body issuing it.</summary>
    public static Attribution? Find(ExtractionContext context, Text.TextSpan quote, int beforeStart, string beforeText, string? previousSpeaker, int previousEnd)
    {
        var document = Saying().Match(beforeText);
        if (!document.Success) return null;
        var text = context.Text;
        int documentAt = beforeStart + document.Index;
        int sentenceStart = Math.Max(beforeStart, SpeakerSalience.SentenceStart(text, documentAt));
        // "Shortly after the defeat, the union issued ...": a leading phrase set off by a comma is no issuer.
        if (LeadingPhrase().Match(text, sentenceStart, documentAt - sentenceStart) is { Success: true } lead) sentenceStart += lead.Length;
        // "..., with the club issuing a statement saying:": the clause's own subject first; "... quoted his post with a message saying:" has
        // none, and the sentence's subject issues it.
        int clause = sentenceStart;
        foreach (Match opener in PostedBefore.ClauseOpener().Matches(text[sentenceStart..documentAt])) clause = sentenceStart + opener.Index + opener.Length;
        if (clause > sentenceStart && Issuer(context, quote, clause, documentAt, previousSpeaker, previousEnd) is { } own) return own;
        return Issuer(context, quote, sentenceStart, documentAt, previousSpeaker, previousEnd);
    }

    /// <summary>True when the words right before the quote end on a document saying it ("issued a statement saying it "): a phrase so
    /// introduced is quoted speech even when no person issues it.</summary>
    internal static bool SaysBefore(string text, Text.TextSpan quote)
    {
        int start = Math.Max(0, quote.Start - 200);
        return Saying().IsMatch(text.AsSpan(start, quote.Start - start).TrimEnd("\"“‘'` ").ToString());
    }

    /// <summary>Who the words from <paramref name="start"/> to <paramref name="end"/> name first as the issuer: "he" or "she", a person not
    /// named as an owner, or a body (a group noun, a name that is a body by its own words); null when none.</summary>
    private static Attribution? Issuer(ExtractionContext context, Text.TextSpan quote, int start, int end, string? previousSpeaker, int previousEnd)
    {
        var text = context.Text;
        var words = text[start..end];
        int body = PostedBefore.FirstBodyAt(context, words) is var at and >= 0 ? at : int.MaxValue;
        int person = int.MaxValue;
        string? personName = null;
        foreach (var m in context.People.Within(new Text.TextSpan(start, end - start)))
            if (!context.IsQuoted(m.Start) && !m.Possessive && SpeakerNames.CanSpeak(context, context.People.NameOf(m))) { person = m.Start - start; personName = context.People.NameOf(m); break; }
        var pronoun = Pronoun().Match(words);
        int pronounAt = pronoun.Success ? pronoun.Index : int.MaxValue;
        int first = Math.Min(body, Math.Min(person, pronounAt));
        if (first == int.MaxValue) return null;
        if (first == pronounAt) return new Attribution(PronounResolver.Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(pronoun.ValueSpan)));
        return first == person ? new Attribution(personName) : new Attribution(null);
    }

    /// <summary>A statement, a message, a post, a letter or a note "saying" or "stating" the quote, and the words running to its opening mark
    /// without a stop, a mark or a colon but a last one: "a statement saying:", "a joint statement saying it", "with a message saying,".</summary>
    [GeneratedRegex(@"\b(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|message|post|letter|note|tweet)\s+(?:saying|stating)\b[^.!?\""“”‘’\n:]{0,80}?\s*[:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Saying();

    /// <summary>A phrase of time or circumstance opening the sentence and set off by a comma: "Shortly after the defeat,", "On Monday,".</summary>
    [GeneratedRegex(@"\G\s*(?:After|Before|Following|Shortly|In|On|At|Earlier|Later|Last|This|Since|When|While|Hours|Days|Minutes|Moments|Soon|Meanwhile|However|Then)\b[^,.;:!?\n]{0,80},\s*")]
    private static partial Regex LeadingPhrase();

    [GeneratedRegex(@"\b(?:he|she|He|She)\b")]
    private static partial Regex Pronoun();
}
