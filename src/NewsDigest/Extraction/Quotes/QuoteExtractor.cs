using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds every direct quote and its speaker: named after it ("..., Deschamps said"), before it ("Southgate said: ..."), by a pronoun
/// pointing back ("he added"), in the previous sentence or paragraph, or carried over from a quote continued across paragraphs.
/// Surnames resolve to the fullest name the report uses; a role comes from the words before a mention ("France coach").</summary>
public sealed class QuoteExtractor(ISpeakerRanker? ranker = null) : IFactExtractor
{
    private readonly SpeakerFinder finder = new(ranker);

    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        string? previousSpeaker = null;
        int previousEnd = -1;
        bool previousOpenEnded = false;
        var speakers = new List<(string Name, int End)>();
        // The quotes of the current run over paragraphs start at chainStart; chainInferred while no words have attributed the run.
        int chainStart = 0;
        bool chainInferred = false;
        // A run of whole-paragraph quotes, each closed, whose first the ranker guessed (nobody carried over, no words attributing it).
        int guessedStart = -1;
        bool previousClosedParagraph = false;
        // The quote before was given by its words to no person ("Liverpool issued a statement that said: "..."), so its next paragraph is nobody's too.
        bool previousNobody = false;
        // Short phrases of the headline or lead that no words attribute, given at the end to the person who speaks most below (OpeningPhrase).
        var openingPhrases = new List<TextSpan>();
        void SetAsideIfOpening(TextSpan phrase) { if (OpeningPhrase.InOpening(text, phrase)) openingPhrases.Add(phrase); }
        bool doubleMarkSpeech = context.QuotedSpans.Any(s => !QuotePhrase.InSingleMarks(text, s) && QuotePhrase.WordCount(s.Slice(text)) >= QuotePhrase.MinimumWords);
        foreach (var span in context.QuotedSpans)
        {
            // "MORE: Roy Keane accuses City players of ‘disrespecting’ Liverpool": another article's headline, linked below this one.
            if (QuoteLayout.InRelatedHeadline(text, span)) continue;
            var quoteText = span.Substring(text);
            bool phrase = QuotePhrase.WordCount(quoteText) < QuotePhrase.MinimumWords;
            // Where speech is printed in double marks, a short phrase in single marks is a scare quote or a term ("a ‘top team’"), unless its
            // own words attribute it, as headlines and summaries quote ("Sarina Wiegman admits 'mixed feelings'").
            bool termMarks = phrase && doubleMarkSpeech && QuotePhrase.InSingleMarks(text, span);
            if (termMarks && !QuotePhrase.OwnWordsAttribute(text, span))
            {
                SetAsideIfOpening(span);
                continue;
            }
            // A short paragraph in a run of quoted paragraphs ("“Congratulations to Newcastle." between two more of the manager's) is speech.
            bool runOn = phrase && previousEnd >= 0 && (previousOpenEnded || previousClosedParagraph) && QuoteLayout.IsParagraphStart(text, span.Start)
                && !QuoteLayout.HasProseBetween(text, previousEnd, span.Start) && text.AsSpan(span.End, QuoteLayout.ParagraphEnd(text, span.End) - span.End).Trim("\"”’'` ").IsEmpty;
            // "Mikel Arteta asked about ...: / “Unbelievable feeling. / “That’s what football is about ...": a short paragraph that opens a run of
            // quoted paragraphs is speech too.
            bool leadsRun = phrase && !runOn && LeadsQuoteRun(context, text, span);
            if (QuoteCues.IsChant(text, span)) continue;
            // "The report, led by Dr X, found that UEFA must take "primary responsibility"": a document's finding is quoted words too.
            if (phrase && !runOn && !leadsRun && !QuoteCues.SentenceReportsSpeech(text, span) && !AttributionBefore.DocumentSentence(text, span))
            {
                SetAsideIfOpening(span);
                continue;
            }
            // Page furniture between two paragraphs of one quote ("Read More Football Stories") does not end the quote.
            bool continuation = previousOpenEnded && QuoteLayout.IsParagraphStart(text, span.Start) && previousEnd >= 0
                && (!QuoteLayout.HasProseBetween(text, previousEnd, span.Start) || QuoteLayout.OnlyFurnitureBetween(text, previousEnd, span.Start));
            bool nextQuoteParagraph = !continuation && previousClosedParagraph && QuoteLayout.IsParagraphStart(text, span.Start) && !QuoteLayout.HasProseBetween(text, previousEnd, span.Start);
            string? speakerBefore = previousSpeaker;
            string? speaker;
            bool inferred;
            bool nobody = false;
            if (continuation && !chainInferred && !termMarks)
            {
                speaker = previousNobody ? null : previousSpeaker;
                nobody = previousNobody;
                inferred = false;
            }
            else
            {
                speaker = finder.Find(context, span, previousSpeaker, previousEnd, speakers, out inferred);
                if (termMarks && (inferred || speaker is null))
                {
                    if (inferred) SetAsideIfOpening(span);
                    continue;
                }
                nobody = speaker is null && !inferred;
                // "“...,” APL said in October. / “The APL regularly reviews ...”": a quote paragraph that only goes on from a quote no person
                // said is nobody's too, not the person quoted before that.
                // ""...," said the Bolton trainer afterwards. "We put two men on him."": the second half of a quote its attribution split is
                // nobody's too when the first was.
                // (The speaker going on there is the last person quoted before, so a half the finder gave that person is carried on too.)
                if (previousNobody && previousEnd >= 0
                    && ((inferred && QuoteLayout.IsParagraphStart(text, span.Start) && SpeakerContinuity.ContinuesPreviousSpeaker(context, previousEnd, span.Start))
                        || ((inferred || speaker == previousSpeaker) && SpeakerContinuity.SplitByAttribution(text, span, previousEnd))))
                {
                    speaker = null;
                    nobody = true;
                    inferred = false;
                }
                // A quote running over paragraphs whose first part no words attribute ("“Our first game ... / “I think we're better,” Terzic
                // said"): the attribution of a later part names the speaker of the whole run.
                if (continuation && inferred) speaker = previousSpeaker;
            }
            speaker = speaker is null || !SpeakerNames.CanSpeak(context, speaker) ? null : FullNames.Of(context, speaker, span.Start);
            // "School" (of "Caldew School") completed to "Dean Primary School": a full name whose own words make it a body is no speaker.
            if (speaker is not null && NonPersonNames.NamesABody(context.Text, speaker)) speaker = null;
            // "“That's the title, that is,” he said. “You watch.”" after someone unnamed: the short second half of a quote no named person said
            // is that unnamed person's words too, not a phrase nobody attributes.
            bool nobodysHalf = nobody && previousNobody && previousEnd >= 0 && SpeakerContinuity.SplitByAttribution(text, span, previousEnd);
            // "according to the Valley's radio man, "lost their minds."", "“He has changed,” one veteran supporter said": a phrase its words
            // give to an unnamed source is still quoted speech.
            // "A Conference statement said the board had "no discretion"", "The federation issued a statement saying it "stood with the
            // family"": a document's phrase likewise, and a side's ("Kestrel have admitted to paying an "outside adviser"").
            bool unnamedSource = nobody && phrase && (AttributionBefore.AccordingToBefore(text, span) || AttributionBefore.DocumentSentence(text, span)
                || DocumentSaying.SaysBefore(text, span) || ReportedSpeech.ByUnnamedRoleHolder(context, span) || ReportedSpeech.BySide(context, span)
                || IndefiniteSpeaker.SaysAfter(text, span) || IndefiniteSpeaker.ReporterSays(text, span));
            if (phrase && speaker is null && !nobodysHalf && !unnamedSource)
            {
                if (inferred) SetAsideIfOpening(span);
                continue;
            }
            var (role, team) = speaker is null ? (null, null) : SpeakerRoles.Find(context, speaker);
            if (continuation && chainInferred && !inferred && speaker is not null)
                for (int k = chainStart; k < context.Quotes.Count; k++)
                    context.Quotes[k] = context.Quotes[k] with { Speaker = speaker, SpeakerRole = role, SpeakerTeam = team };
            // "“We expected a difficult game ...” / “However, Al Hilal are ...” / “Our management ...,” said Diaz": whole-paragraph quotes in a
            // row whose first no words attribute and whose first the ranker had to guess (often a player the narrative paragraph before names)
            // take the speaker a later one names.
            if (!nextQuoteParagraph && !continuation) guessedStart = -1;
            if (guessedStart >= 0 && !inferred && speaker is not null)
            {
                for (int k = guessedStart; k < context.Quotes.Count; k++)
                    context.Quotes[k] = context.Quotes[k] with { Speaker = speaker, SpeakerRole = role, SpeakerTeam = team };
                guessedStart = -1;
            }
            else if (guessedStart < 0 && !continuation && inferred && speaker is not null && speaker != speakerBefore && QuoteLayout.IsParagraphStart(text, span.Start))
                guessedStart = context.Quotes.Count;
            if (!continuation)
            {
                chainStart = context.Quotes.Count;
                chainInferred = inferred || (speaker is null && !nobody);
            }
            else if (!inferred && speaker is not null) chainInferred = false;
            context.Quotes.Add(new Quote(quoteText, speaker, context.EvidenceFor(span)) { SpeakerRole = role, SpeakerTeam = team });
            previousSpeaker = speaker ?? previousSpeaker;
            previousNobody = nobody && speaker is null;
            if (speaker is not null) speakers.Add((speaker, span.End));
            previousEnd = span.End;
            int lineEnd = text.IndexOf('\n', span.End);
            previousClosedParagraph = span.End < text.Length && text[span.End] is '"' or '”' or '’' or '\''
                && text.AsSpan(span.End, (lineEnd < 0 ? text.Length : lineEnd) - span.End).Trim("\"”’' .").IsEmpty;
            previousOpenEnded = span.End >= text.Length || text[span.End] == '\n' || (span.End + 1 < text.Length && text[span.End] is not ('"' or '”' or '’' or '\'') && text.IndexOf('\n', span.End) is int nl && nl >= 0 && text.AsSpan(span.End, nl - span.End).Trim().IsEmpty);
        }
        OpeningPhrase.Attribute(context, openingPhrases);
    }

    /// <summary>True when the span is a whole paragraph (only marks after it) and the next quoted span opens the next paragraph, with no prose between.</summary>
    private static bool LeadsQuoteRun(ExtractionContext context, string text, TextSpan span)
    {
        if (!QuoteLayout.IsParagraphStart(text, span.Start)) return false;
        int paragraphEnd = QuoteLayout.ParagraphEnd(text, span.End);
        if (!text.AsSpan(span.End, paragraphEnd - span.End).Trim("\"”’'` ").IsEmpty) return false;
        foreach (var next in context.QuotedSpans)
            if (next.Start > span.End) return QuoteLayout.IsParagraphStart(text, next.Start) && !QuoteLayout.HasProseBetween(text, span.End, next.Start) && QuotePhrase.WordCount(next.Slice(text)) >= QuotePhrase.MinimumWords;
        return false;
    }
}
