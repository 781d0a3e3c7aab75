using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>When a quote goes on from the one before with the same speaker: the second half of a quote split by its attribution, a second phrase in one sentence, quotes in a row, a paragraph continuing the last quote's; and when "they added" goes on from a quote no person said.</summary>
internal static partial class SpeakerContinuity
{
    /// <summary>The speaker before, when the quote is the other half of a quote its attribution split, or a second phrase of one sentence
    /// with nobody named and no words of speech between; else null.</summary>
    public static string? SameSentence(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd)
    {
        var text = context.Text;
        // A quote split by its attribution: ""It was fun," said Forbes, a transfer from Harvard. "We didn't want to leave."": the second half is the same speaker's.
        if (previousSpeaker is not null && SplitByAttribution(text, quote, previousEnd)) return previousSpeaker;
        // Two phrases quoted in one sentence, no one named and no words of speech between ("fears winger Antony suffered a “serious” injury
        // as United fulfilled the “main objective”"): the second is the same speaker's.
        if (previousSpeaker is not null && previousEnd > 0 && quote.Start > previousEnd && quote.Start - previousEnd <= 120
            && QuotePhrase.WordCount(quote.Slice(text)) < QuotePhrase.MinimumWords && text[previousEnd - 1] is not ('.' or '!' or '?'))
        {
            var between = text.AsSpan(previousEnd, quote.Start - previousEnd);
            if (between.IndexOf('\n') < 0 && between.IndexOf(". ") < 0 && between.IndexOf("? ") < 0 && between.IndexOf("! ") < 0 && !SpeechBetween().IsMatch(between)
                && !context.People.Within(new TextSpan(previousEnd, quote.Start - previousEnd)).Any(m => SpeakerNames.CanSpeak(context, context.People.NameOf(m))))
                return previousSpeaker;
        }
        return null;
    }

    /// <summary>True when the quote is the second half of one its attribution split: the words since the quote before, in the same paragraph
    /// and at most 140 characters, are its attribution (""It was fun," said Forbes. "We didn't want to leave."", ""Really good" was how the
    /// boss summed up her display. "Nia was called on late ...").</summary>
    internal static bool SplitByAttribution(string text, TextSpan quote, int previousEnd)
    {
        if (previousEnd < 0 || quote.Start <= previousEnd || quote.Start - previousEnd > 140) return false;
        var between = text.AsSpan(previousEnd, quote.Start - previousEnd);
        if (between.Contains('\n')) return false;
        var said = AttributionAfter.SaidAfter().Match(between.ToString());
        // "“... and still we won.” The Czech coach Dušan Uhrín said his team had been “...”": a new sentence of someone's reported words.
        if (said.Success && AttributionAfter.NewReportedSentence(text, previousEnd, between.ToString(), said)) return false;
        return (said.Success || AttributionAfter.WasHowSaid().IsMatch(between.ToString())) && !SentenceAfterAttribution(text, previousEnd, quote.Start);
    }

    /// <summary>True when, between two quotes, a sentence of its own follows the first quote's attribution (""...," he said. Dave Sexton was
    /// quietly satisfied. "..."", ""...," said Stokoe. Their coach, Marco Bellandi, was gracious:"): the words after it set up the next
    /// quote, which goes on from nobody's, so it is no half of a split quote.</summary>
    private static bool SentenceAfterAttribution(string text, int from, int to)
    {
        for (int i = from + 1; i < to - 1; i++)
        {
            if (text[i] is not ('.' or '!' or '?') || text[i + 1] != ' ' || SentenceStops.EndsInitialOrTitle(text, i)) continue;
            // A stop at the words' very end closes the attribution itself (""...," said Forbes, a transfer from Harvard. "...""); only a
            // letter after it opens a new sentence.
            var rest = text.AsSpan(i + 1, to - i - 1).Trim(" \"“”‘’'`");
            if (!rest.IsEmpty && char.IsLetter(rest[0])) return true;
        }
        return false;
    }

    /// <summary>True when the speaker before goes on though no words say so: quotes in a row with nothing but marks or a bare "he said."
    /// between, or a paragraph opening on a quote right after the last quote's paragraph with nobody new named after its sentence.</summary>
    public static bool SameSpeakerGoesOn(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd)
    {
        var text = context.Text;
        // Quotes in a row, with nothing between them but the marks or a bare "he said.": the same speaker goes on.
        if (previousSpeaker is not null && previousEnd >= 0 && quote.Start > previousEnd && quote.Start - previousEnd <= 40
            && !context.People.Within(new TextSpan(previousEnd, quote.Start - previousEnd)).Any() && !BareTeamOrName(text, previousEnd, quote.Start))
            return true;
        // A paragraph opening on a quote right after the paragraph that held the last quote, with nobody new named after that quote's own
        // sentence: the speaker goes on (""...," said the Italian, before Madrid beat Osasuna. / "We have to be excited ..."").
        if (previousSpeaker is not null && previousEnd >= 0 && quote.Start > previousEnd && QuoteLayout.IsParagraphStart(text, quote.Start) && ContinuesPreviousSpeaker(context, previousEnd, quote.Start))
            return true;
        return false;
    }

    /// <summary>True when the text between two quotes is the rest of the first quote's sentence plus line breaks, naming nobody after that sentence, and spans one paragraph break (a line break or a blank line).</summary>
    internal static bool ContinuesPreviousSpeaker(ExtractionContext context, int previousEnd, int quoteStart)
    {
        var text = context.Text;
        var between = text.AsSpan(previousEnd, quoteStart - previousEnd);
        if (QuoteLayout.ParagraphBreaks(between) != 1) return false;
        int sentenceEnd = between.IndexOfAny(".!?\n");
        while (sentenceEnd >= 0 && sentenceEnd + 1 < between.Length && between[sentenceEnd] != '\n' && !char.IsWhiteSpace(between[sentenceEnd + 1]))
        {
            int next = between[(sentenceEnd + 1)..].IndexOfAny(".!?\n");
            sentenceEnd = next < 0 ? -1 : sentenceEnd + 1 + next;
        }
        if (sentenceEnd < 0) return false;
        int restStart = previousEnd + sentenceEnd + 1;
        return !context.People.Within(new TextSpan(restStart, quoteStart - restStart)).Any() && !QuoteLayout.HasProseBetween(text, restStart, quoteStart);
    }

    /// <summary>True when the words between two quotes hold a capitalised word other than "He"/"She" (a name the person index missed).</summary>
    private static bool BareTeamOrName(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && !(text.AsSpan(i).StartsWith("He ") || text.AsSpan(i).StartsWith("She ")))
                return true;
        return false;
    }

    /// <summary>True when the words naming who speaks are "they" or "it" and the quote before, close by, was said by no person.</summary>
    internal static bool NoPersonGoesOn(ExtractionContext context, string who, int quoteStart)
    {
        var trimmed = who.AsSpan().Trim(" \"”’',.!?-:");
        int space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        if (!(first.Equals("they", StringComparison.OrdinalIgnoreCase) || first.Equals("it", StringComparison.OrdinalIgnoreCase))) return false;
        if (context.Quotes.Count == 0) return false;
        var last = context.Quotes[^1];
        return last.Speaker is null && quoteStart - last.Evidence.Span.End < 600;
    }

    [GeneratedRegex(@"\b(?:said|says|told|tells|added|admitted|admits|insisted|insists|claimed|claims|described|called|according)\b")]
    private static partial Regex SpeechBetween();
}
