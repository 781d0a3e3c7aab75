using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds every direct quote and its speaker: named after it ("..., Deschamps said"), before it ("Southgate said: ..."), by a pronoun
/// pointing back ("he added"), in the previous sentence or paragraph, or carried over from a quote continued across paragraphs.
/// Surnames resolve to the fullest name the report uses; a role comes from the words before a mention ("France coach").</summary>
public sealed partial class QuoteExtractor(ISpeakerRanker? ranker = null) : IFactExtractor
{
    /// <summary>Shorter quoted phrases are often scare quotes, chants or nicknames: they count as quotes only when the report says who said them.</summary>
    private const int MinimumWords = 4;

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
        bool doubleMarkSpeech = context.QuotedSpans.Any(s => !InSingleMarks(text, s) && WordCount(s.Slice(text)) >= MinimumWords);
        foreach (var span in context.QuotedSpans)
        {
            var quoteText = span.Substring(text);
            bool phrase = WordCount(quoteText) < MinimumWords;
            // Where speech is printed in double marks, a short phrase in single marks is a scare quote or a term ("a ‘top team’"), unless its
            // own words attribute it, as headlines and summaries quote ("Sarina Wiegman admits 'mixed feelings'").
            bool termMarks = phrase && doubleMarkSpeech && InSingleMarks(text, span);
            if (termMarks && !SaysAtSentenceEnd().IsMatch(text.AsSpan(span.End, Math.Min(120, text.Length - span.End))) && !HeadlineSpeakerAfter().IsMatch(text.AsSpan(span.End, Math.Min(80, text.Length - span.End))) && !TermSpeechBefore().IsMatch(text.AsSpan(Math.Max(0, span.Start - 61), Math.Min(60, Math.Max(0, span.Start - 1))))) continue;
            // A short paragraph in a run of quoted paragraphs ("“Congratulations to Newcastle." between two more of the manager's) is speech.
            bool runOn = phrase && previousEnd >= 0 && (previousOpenEnded || previousClosedParagraph) && IsParagraphStart(text, span.Start)
                && !HasProseBetween(text, previousEnd, span.Start) && text.AsSpan(span.End, ParagraphEnd(text, span.End) - span.End).Trim("\"”’'` ").IsEmpty;
            if (QuoteCues.IsChant(text, span) || (phrase && !runOn && !QuoteCues.SentenceReportsSpeech(text, span))) continue;
            // Page furniture between two paragraphs of one quote ("Read More Football Stories") does not end the quote.
            bool continuation = previousOpenEnded && IsParagraphStart(text, span.Start) && previousEnd >= 0
                && (!HasProseBetween(text, previousEnd, span.Start) || OnlyFurnitureBetween(text, previousEnd, span.Start));
            bool nextQuoteParagraph = !continuation && previousClosedParagraph && IsParagraphStart(text, span.Start) && !HasProseBetween(text, previousEnd, span.Start);
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
                speaker = FindSpeaker(context, span, previousSpeaker, previousEnd, speakers, out inferred);
                if (termMarks && (inferred || speaker is null)) continue;
                nobody = speaker is null && !inferred;
                // "“...,” APL said in October. / “The APL regularly reviews ...”": a quote paragraph that only goes on from a quote no person
                // said is nobody's too, not the person quoted before that.
                if (previousNobody && inferred && previousEnd >= 0 && IsParagraphStart(text, span.Start) && ContinuesPreviousSpeaker(context, previousEnd, span.Start))
                {
                    speaker = null;
                    nobody = true;
                    inferred = false;
                }
                // A quote running over paragraphs whose first part no words attribute ("“Our first game ... / “I think we're better,” Terzic
                // said"): the attribution of a later part names the speaker of the whole run.
                if (continuation && inferred) speaker = previousSpeaker;
            }
            speaker = speaker is null || !SpeakerNames.CanSpeak(context, speaker) ? null : FullNames.Of(context, speaker);
            if (phrase && speaker is null) continue;
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
            else if (guessedStart < 0 && !continuation && inferred && speaker is not null && speaker != speakerBefore && IsParagraphStart(text, span.Start))
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
    }

    /// <summary>The quote's speaker; <paramref name="inferred"/> is true when no words around the quote attribute it (a speaker carried over
    /// from the quote before, the ranker's choice, or the last speaker), so an attribution after a continuing paragraph may overrule it.</summary>
    private string? FindSpeaker(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd, IReadOnlyList<(string Name, int End)> speakers, out bool inferred)
    {
        inferred = false;
        var text = context.Text;
        int paragraphStart = ParagraphStart(text, quote.Start), paragraphEnd = ParagraphEnd(text, quote.End);
        // After the quote, before the next one: ", Deschamps said", "said Southgate", ", he added".
        int afterEnd = Math.Min(paragraphEnd, NextQuoteStart(context, quote.End) ?? paragraphEnd);
        var afterText = text.AsSpan(quote.End, Math.Max(0, Math.Min(afterEnd, quote.End + 140) - quote.End)).ToString();
        var afterMatch = SaidAfter().Match(afterText);
        // "... "dumb goals" while coach Thomas Tuchel said: "..."": an attribution ending in a colon introduces the next quote, not this one.
        if (afterMatch.Success && afterText.AsSpan(afterMatch.Index + afterMatch.Length).TrimStart().StartsWith(":")) afterMatch = Match.Empty;
        if (afterMatch.Success)
        {
            if (afterMatch.Groups["pronoun"].Success) return Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(afterMatch.Groups["pronoun"].ValueSpan), SpokenOf(context, quote.End, afterText));
            // The last name of the phrase: "Jayhawks coach Brandon Schneider said", "said Portugal head coach Roberto Martinez".
            // "the Peamount United captain wrote": a description ending in its role word names a club or country, not the speaker.
            // "“...,” they added" after a quote no person said (a club statement, a spokesperson): nobody named goes on.
            if (NoPersonGoesOn(context, afterMatch.Groups["who"].Value, quote.Start)) return null;
            // "“...,” a spokesman said": someone the report does not name.
            if (UnnamedSpeaker().IsMatch(afterMatch.Groups["who"].Value)) return null;
            // "“...,” APL said in October": a body speaks, and no person does.
            if (SpeakerNames.IsBody(context, afterMatch.Groups["who"].Value)) return null;
            var named = DescribedRole(afterMatch.Groups["who"].Value) ? null : LastPersonIn(context, quote.End + afterMatch.Groups["who"].Index, afterMatch.Groups["who"].Length + 1);
            if (named is not null) return named;
            // "the former England midfielder added": "added" says the speaker was quoted already, so the description points to an earlier speaker.
            if (IsDescription(afterMatch.Groups["who"].Value) && GoesOn().IsMatch(afterMatch.Value) && EarlierSpeaker(context, afterMatch.Groups["who"].Value, quote.Start, speakers) is { } earlier) return earlier;
            // "“...,” the 20-year-old said" right after that person's last quote, nobody else named between: the same speaker.
            if (IsDescription(afterMatch.Groups["who"].Value) && previousSpeaker is not null && previousEnd >= 0 && quote.Start - previousEnd < 500
                && !context.People.Within(new TextSpan(previousEnd, quote.Start - previousEnd)).Any(m => !context.IsQuoted(m.Start))
                && !RoleNamed(context, afterMatch.Groups["who"].Value, previousSpeaker)) return previousSpeaker;
            // "said the Italian", "the Arsenal manager said": a description of someone the passage is about.
            if (IsDescription(afterMatch.Groups["who"].Value) && SpeakerSalience.Described(context, afterMatch.Groups["who"].Value, quote.Start) is { } described) return described;
        }
        // "'It's insane': Pep Guardiola hails ...": a headline's quote before a colon is said by the name after it.
        if (HeadlineSpeakerAfter().Match(afterText) is { Success: true } headline
            && FirstPersonIn(context, quote.End + headline.Groups["who"].Index, headline.Groups["who"].Length + 1) is { } headlineSpeaker) return headlineSpeaker;
        // "United 'belong' in Women's Champions League, says boss Marc Skinner": the sentence ends on who says it.
        if (SaysAtSentenceEnd().Match(afterText) is { Success: true } saysEnd
            && LastPersonIn(context, quote.End + saysEnd.Groups["who"].Index, saysEnd.Groups["who"].Length + 1) is { } endSayer) return endSayer;
        // "..." according to his manager: a description again.
        var accordingMatch = AccordingToAfter().Match(afterText);
        if (accordingMatch.Success)
        {
            var according = accordingMatch.Groups["who"];
            var named = LastPersonIn(context, quote.End + according.Index, according.Length + 1);
            if (named is not null) return named;
            if (IsDescription(according.Value) && SpeakerSalience.Described(context, according.Value, quote.Start) is { } described) return described;
        }
        // A phrase put on someone passively: "deemed a "careless challenge" by the referee".
        var byMatch = ByWhom().Match(afterText);
        if (byMatch.Success && QuoteCues.SentenceReportsSpeech(text, quote))
        {
            var by = byMatch.Groups["who"];
            var named = LastPersonIn(context, quote.End + by.Index, by.Length + 1);
            if (named is not null) return named;
            if (IsDescription(by.Value) && SpeakerSalience.Described(context, by.Value, quote.Start) is { } described) return described;
        }
        // Before the quote in its paragraph: "Southgate said:", "Deschamps told reporters:", "According to X,".
        // An attribution before a quote sits close to it; a bounded window keeps the search linear on long pages.
        int beforeStart = Math.Max(Math.Max(paragraphStart, quote.Start - 200), PreviousQuoteEnd(context, quote.Start) ?? paragraphStart);
        // Without the quote's opening mark, which would stand between "said:" and the end every attribution pattern anchors to.
        var beforeText = text.AsSpan(beforeStart, quote.Start - beforeStart).TrimEnd("\"“‘'` ").ToString();
        // "a petition ..., which reads: "..."", "The club's statement read:": a document's words, no person's.
        if (DocumentIntro().IsMatch(beforeText)) return null;
        var beforeMatch = SaidBefore().Match(beforeText);
        if (beforeMatch.Success)
        {
            if (beforeMatch.Groups["pronoun"].Success) return Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(beforeMatch.Groups["pronoun"].ValueSpan));
            // "The Concacaf match report said, "..."": a document or a body speaks, and no person does.
            if (DocumentSpeaks().IsMatch(beforeMatch.Value) || UnnamedSpeaker().IsMatch(beforeMatch.Value)) return null;
            if (NoPersonGoesOn(context, beforeMatch.Value, quote.Start)) return null;
            // "..., the Olympique Lyonnais Feminin forward said:": a description ending in its role word is the subject of the verb, and the
            // capitalised words in it name a club, not the speaker.
            if (DescriptionBeforeVerb().Match(beforeText) is { Success: true } description
                && SpeakerSalience.DescribedInPassage(context, description.Groups["who"].Value, quote.Start) is { } describedSubject) return describedSubject;
            var named = LastPersonIn(context, beforeStart + beforeMatch.Index, beforeMatch.Length);
            if (named is not null) return named;
            if (IsDescription(beforeMatch.Value) && SpeakerSalience.Described(context, beforeMatch.Value, quote.Start) is { } described) return described;
        }
        // A speaker heading, as transcripts of pundits' exchanges print them: "Neville: "..."" on the quote's line, or "Gary Neville, Sky Sports:" on the line above.
        if (HeadingSpeaker(context, beforeStart, beforeText) is { } headed) return headed;
        if (beforeText.AsSpan().Trim().IsEmpty && beforeStart == paragraphStart && paragraphStart >= 2)
        {
            int above = ParagraphStart(text, paragraphStart - 2);
            if (HeadingSpeaker(context, above, text[above..(paragraphStart - 1)]) is { } headedAbove) return headedAbove;
        }
        // "Slot: Feyenoord played “perfect match” in defeat": a headline names its speaker before the colon.
        int lineStart = ParagraphStart(text, quote.Start);
        if (QuoteCues.SpeakerColonLine().IsMatch(text.AsSpan(lineStart, quote.Start - lineStart))
            && FirstPersonIn(context, lineStart, text.IndexOf(':', lineStart) - lineStart + 1) is { } headliner) return headliner;
        // An interview printed as questions and answers ("Why do you say that? / "It is. ..."): a quote paragraph right after a question
        // is the interviewee's answer, whoever the question names.
        if (previousSpeaker is not null && quote.Start - previousEnd < 3000 && beforeText.AsSpan().Trim().IsEmpty && beforeStart == paragraphStart && QuestionAbove(text, paragraphStart))
        {
            inferred = true;
            return previousSpeaker;
        }
        // A quote standing alone in its paragraph, attributed by the next one: "“If there's one player ...” / That glowing endorsement from
        // Bayern Munich head coach Alexander Straus followed ...".
        if (text.AsSpan(quote.End, paragraphEnd - quote.End).Trim("\"”’'` ").IsEmpty && paragraphEnd + 1 < text.Length)
        {
            var next = WordsOfAbove().Match(text, paragraphEnd + 1, Math.Min(160, text.Length - paragraphEnd - 1));
            if (next.Success && LastPersonIn(context, next.Groups["who"].Index, next.Groups["who"].Length + 1) is { } wordsOf) return wordsOf;
            // A club's post of a clip: ""..." / 🎙️ Steve Cherundolo #LAFC": the line under the quote names who speaks in it.
            if (MicrophoneLine().Match(text, paragraphEnd + 1, Math.Min(120, text.Length - paragraphEnd - 1)) is { Success: true } mic)
                return FirstPersonIn(context, mic.Groups["who"].Index, mic.Groups["who"].Length + 1) ?? (mic.Groups["handle"].Success ? mic.Groups["handle"].Value : null);
            // A feature opening on a lone quote, nobody quoted before it: "“This year it was meant for England.” / Lucy Bronze, England's most
            // decorated footballer, just had a feeling all along." The person who opens the next paragraph said it.
            if (previousEnd < 0 && IsParagraphStart(text, quote.Start) && SpeakerSalience.SubjectOfSentenceAt(context, paragraphEnd + 1) is { } opener) return opener;
        }
        // A quote split by its attribution: ""It was fun," said Forbes, a transfer from Harvard. "We didn't want to leave."": the second half is the same speaker's.
        if (previousSpeaker is not null && previousEnd >= 0 && quote.Start > previousEnd && quote.Start - previousEnd <= 140)
        {
            var between = text.AsSpan(previousEnd, quote.Start - previousEnd);
            if (!between.Contains('\n') && SaidAfter().IsMatch(between.ToString())) return previousSpeaker;
        }
        // Two phrases quoted in one sentence, no one named and no words of speech between ("fears winger Antony suffered a “serious” injury
        // as United fulfilled the “main objective”"): the second is the same speaker's.
        if (previousSpeaker is not null && previousEnd > 0 && quote.Start > previousEnd && quote.Start - previousEnd <= 120
            && WordCount(quote.Slice(text)) < MinimumWords && text[previousEnd - 1] is not ('.' or '!' or '?'))
        {
            var between = text.AsSpan(previousEnd, quote.Start - previousEnd);
            if (between.IndexOf('\n') < 0 && between.IndexOf(". ") < 0 && between.IndexOf("? ") < 0 && between.IndexOf("! ") < 0 && !SpeechBetween().IsMatch(between)
                && !context.People.Within(new TextSpan(previousEnd, quote.Start - previousEnd)).Any(m => SpeakerNames.CanSpeak(context, context.People.NameOf(m))))
                return previousSpeaker;
        }
        // Quotes in a row, with nothing between them but the marks or a bare "he said.": the same speaker goes on.
        if (previousSpeaker is not null && previousEnd >= 0 && quote.Start > previousEnd && quote.Start - previousEnd <= 40
            && !context.People.Within(new TextSpan(previousEnd, quote.Start - previousEnd)).Any() && !BareTeamOrName(text, previousEnd, quote.Start))
        {
            inferred = true;
            return previousSpeaker;
        }
        // A paragraph opening on a quote right after the paragraph that held the last quote, with nobody new named after that quote's own
        // sentence: the speaker goes on (""...," said the Italian, before Madrid beat Osasuna. / "We have to be excited ..."").
        if (previousSpeaker is not null && previousEnd >= 0 && quote.Start > previousEnd && IsParagraphStart(text, quote.Start) && ContinuesPreviousSpeaker(context, previousEnd, quote.Start))
        {
            inferred = true;
            return previousSpeaker;
        }
        // A passive verb of speech before the quote names its speaker after "by": "Ichimura was praised by Ballantyne for a "fantastic" display".
        var passive = PassiveSpeech().Match(text, beforeStart, quote.Start - beforeStart);
        if (passive.Success && LastPersonIn(context, passive.Groups["who"].Index, passive.Groups["who"].Length + 1) is { } praiser) return praiser;
        // Reported speech leading into a partial quote: "He said United "look a long way off"", "Scholes insisted the side were "nowhere near"".
        var subject = ReportedSpeechSubject(text, quote.Start, beforeStart);
        if (subject is { } who)
        {
            if (who.Pronoun) return Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(text.AsSpan(who.Start, who.Length)));
            // "Erik ten Hag says United ‘have to learn’": the subject's words may end a name that starts before them ("ten Hag").
            var named = FirstPersonIn(context, who.Start, who.Length + 1) ?? PersonEndingAt(context, who.Start + who.Length);
            if (named is not null) return named;
        }
        // "Gasperini did not hold back, labelling Lookman the "worst penalty taker"": a clause of speech with no subject of its own is said
        // by the subject of its sentence.
        if (subject is null && SpeechParticipleClause().IsMatch(beforeText))
        {
            int sentenceStart = SpeakerSalience.SentenceStart(text, quote.Start);
            int opening = text.AsSpan(sentenceStart, quote.Start - sentenceStart).IndexOf(", ");
            if ((SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart) ?? (opening > 0 ? SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart + opening + 2) : null)) is { } sayer)
                return sayer;
        }
        // Reported speech whose subject is a role ("Norwich City Women's boss says a heavy defeat "doesn't affect ..."", as standfirsts
        // open): the person the report gives that role, named later when the quote opens the report.
        if (subject is null && DescribedSubject(text, quote.Start) is { } role)
        {
            bool nobodyBefore = !context.People.Mentions.Any(m => m.End <= quote.Start && !context.IsQuoted(m.Start));
            if (SpeakerSalience.Described(context, "the " + role, nobodyBefore ? text.Length : quote.Start) is { } described) return described;
        }
        // A paragraph that is only a quote, after a narrative paragraph about what someone thinks ("Mnakaniso attributed the success to match
        // fitness. They have played ... / “The girls are so happy ..."; "But the Catalan coach saw signs of rejuvenation ... / “I saw a bright
        // future."): the person that paragraph's sentence opens on.
        if (IsParagraphStart(text, quote.Start) && text.AsSpan(quote.End, paragraphEnd - quote.End).Trim("\"”’'` ").IsEmpty && paragraphStart >= 2
            && NarrativeSubject(context, ParagraphStart(text, paragraphStart - 2), paragraphStart - 1) is { } narrator)
        {
            inferred = true;
            return narrator;
        }
        // A name anywhere around the quote: let the ranker choose among the candidates.
        var candidates = Candidates(context, quote, paragraphStart, paragraphEnd);
        inferred = true;
        if (candidates.Count > 0)
        {
            var scorer = ranker ?? Rule;
            return candidates.OrderByDescending(c => scorer.Score(text, quote, c, candidates)).First().Name;
        }
        return previousSpeaker is not null && quote.Start - previousEnd < 600 ? previousSpeaker : null;
    }

    private static readonly RuleSpeakerRanker Rule = new();

    /// <summary>The person a "he said of Xavi" speaks about, who is therefore not the speaker; null when the attribution names nobody so.</summary>
    private static string? SpokenOf(ExtractionContext context, int afterStart, string afterText)
    {
        var m = SaidOf().Match(afterText);
        return m.Success ? FirstPersonIn(context, afterStart + m.Groups["of"].Index, m.Groups["of"].Length + 1) : null;
    }

    /// <summary>Whom "he said" or "she added" points to: the first of the readings below whose person the report does not write with the
    /// other pronoun ("she said" is never a man's), else the first reading at all.</summary>
    private static string? Pronoun(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd, SpeakerGender.Gender gender, string? spokenOf = null)
    {
        string? first = null;
        foreach (var who in PronounReadings(context, quote, previousSpeaker, previousEnd, spokenOf))
        {
            if (who is null) continue;
            if (SpeakerGender.Fits(context, who, gender)) return who;
            first ??= who;
        }
        // No reading fits the pronoun ("“...,” Keller said. “...,” she said." after Rao's quote): the last speaker quoted shortly before who does.
        if (first is not null)
            for (int k = context.Quotes.Count - 1; k >= 0 && quote.Start - context.Quotes[k].Evidence.Span.End < 1500; k--)
                if (context.Quotes[k].Speaker is { } earlier && SpeakerGender.Of(context, earlier) == gender && gender != SpeakerGender.Gender.Unknown) return earlier;
        return first;
    }

    private static IEnumerable<string?> PronounReadings(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd, string? spokenOf)
    {
        // "“...,” he said of Xavi": Xavi is the subject of the words, so the sentence about Xavi does not name the speaker.
        if (spokenOf is not null)
        {
            var key = PersonIndex.SurnameKey(context.People.FullName(spokenOf));
            string? Unless(string? who) => who is not null && PersonIndex.SurnameKey(who) == key ? null : who;
            bool isRecent = previousSpeaker is not null && quote.Start - previousEnd < 800;
            yield return Unless(SpeakerSalience.SubjectOfSentenceBefore(context, quote.Start));
            if (isRecent) yield return Unless(previousSpeaker);
            yield return Unless(SpeakerSalience.MostSalientBefore(context, quote.Start));
            yield break;
        }
        bool recent = previousSpeaker is not null && quote.Start - previousEnd < 800;
        int sentenceStart = SpeakerSalience.SentenceStart(context.Text, quote.Start);
        // "Put to the Liverpool boss that Ancelotti said ..., he said:": the pronoun's own sentence opens on a question put to a person.
        if (QuestionPutTo().Match(context.Text, sentenceStart, quote.Start - sentenceStart) is { Success: true } put)
        {
            var askedName = LastPersonIn(context, put.Groups["who"].Index, put.Groups["who"].Length + 1);
            yield return askedName is not null ? context.People.FullName(askedName) : SpeakerSalience.Described(context, put.Groups["who"].Value, sentenceStart);
        }
        // The last quote ended in this sentence or the one before: "he" goes on from its speaker.
        if (recent && previousEnd >= SpeakerSalience.SentenceStart(context.Text, Math.Max(0, sentenceStart - 2))) yield return previousSpeaker;
        // After someone's quote, a sentence about another person's play, then a quote about "him" ("Tom Rhodes scored twice. / "He was
        // brilliant," he said"): the words are about the person named, not theirs, unless the sentence is about what that person says
        // or thinks ("held a similar view", "was keen to stress").
        int beforeStart = sentenceStart >= 2 ? SpeakerSalience.SentenceStart(context.Text, sentenceStart - 2) : sentenceStart;
        bool handsOn = !recent || !ThirdPerson().IsMatch(quote.Slice(context.Text)) || ViewCue().IsMatch(context.Text.AsSpan(beforeStart, sentenceStart - beforeStart));
        // Someone else opened the sentence before: "Dennis covered the match on Saturday. Ahead of his commentary, he said: ..."
        if (handsOn) yield return SpeakerSalience.SubjectOfSentenceBefore(context, quote.Start);
        // Someone new named in the sentence before, after the last quote: "That is something Frank himself was keen to stress. / "...," he said."
        if (recent && handsOn) yield return SpeakerSalience.OnlyPersonInSentenceBefore(context, quote.Start);
        // The sentence before is about someone described, not named: "Manager Arteta was without five players. / Despite the selection
        // issues, the Spaniard will not rush into signings. / "...," he said."
        if (handsOn && DescribedOpener().Match(context.Text, beforeStart, sentenceStart - beforeStart) is { Success: true } opener)
            yield return SpeakerSalience.Described(context, opener.Groups["who"].Value, beforeStart);
        // "Recent defeats may have upset some fans, but the coach says he has a long-term view. / "...," he explained.": a description
        // saying something in the sentence before is the person described.
        if (handsOn && DescribedSpeechInside().Match(context.Text, beforeStart, sentenceStart - beforeStart) is { Success: true } inside)
            yield return SpeakerSalience.Described(context, inside.Groups["who"].Value, beforeStart);
        // A newcomer, then a sentence of their reported speech, then the quote: "Northland resident Jack Barron joined his family at the
        // finale. He said he's been to a few games ... / "...," he said." Only a sentence of speech opening on the pronoun ties the
        // pronoun to the newcomer; "Jones scored twice. "...," he said" after Smith's quote stays Smith's.
        if (recent && sentenceStart >= 2)
        {
            int speechStart = SpeakerSalience.SentenceStart(context.Text, sentenceStart - 2);
            while (speechStart < sentenceStart && context.Text[speechStart] is ' ' or '\n') speechStart++;
            if (speechStart > previousEnd && PronounSpeech().IsMatch(context.Text.AsSpan(speechStart, Math.Min(40, context.Text.Length - speechStart)))
                && speechStart >= 2 && SpeakerSalience.SentenceStart(context.Text, speechStart - 2) > previousEnd)
                yield return SpeakerSalience.OnlyPersonInSentenceBefore(context, speechStart);
        }
        // "Kalyan agrees, arguing that ... / She relocated to Greece ... / "...," she said.": sentences about "she" go on about the person
        // the last named sentence since the last quote opened on.
        if (handsOn) yield return SubjectBeforePronounSentences(context, sentenceStart, Math.Max(previousEnd, 0));
        if (recent) yield return previousSpeaker;
        // No quote close before: the one person the sentence before names, unless the quote talks about a third person ("For veterans like
        // Dorcas Shikobe, ..., this qualification is deeply personal. / “We didn’t want to disappoint the fans,” she said.").
        if (!recent && !ThirdPerson().IsMatch(quote.Slice(context.Text))) yield return SpeakerSalience.OnlyPersonInSentenceBefore(context, quote.Start);
        // "he said" with no earlier quote: the person the passage before the quote is about.
        yield return SpeakerSalience.MostSalientBefore(context, quote.Start);
    }

    /// <summary>Going back from the sentence before <paramref name="sentenceStart"/> over sentences that open on "He"/"She" (at most three, not
    /// past <paramref name="limit"/>), the person who opens the first sentence that does not; null when none does.</summary>
    private static string? SubjectBeforePronounSentences(ExtractionContext context, int sentenceStart, int limit)
    {
        var text = context.Text;
        int start = sentenceStart;
        for (int step = 0; step < 3 && start >= 2; step++)
        {
            int previous = SpeakerSalience.SentenceStart(text, start - 2);
            while (previous < start && text[previous] is ' ' or '\n') previous++;
            if (previous <= limit) return null;
            var opening = text.AsSpan(previous, Math.Min(5, text.Length - previous));
            if (!(opening.StartsWith("He ") || opening.StartsWith("She "))) return step == 0 ? null : SpeakerSalience.SubjectOfSentenceBefore(context, start);
            start = previous;
        }
        return null;
    }

    /// <summary>True when the words naming who speaks are "they" or "it" and the quote before, close by, was said by no person.</summary>
    private static bool NoPersonGoesOn(ExtractionContext context, string who, int quoteStart)
    {
        var trimmed = who.AsSpan().Trim(" \"”’',.!?-:");
        int space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        if (!(first.Equals("they", StringComparison.OrdinalIgnoreCase) || first.Equals("it", StringComparison.OrdinalIgnoreCase))) return false;
        if (context.Quotes.Count == 0) return false;
        var last = context.Quotes[^1];
        return last.Speaker is null && quoteStart - last.Evidence.Span.End < 600;
    }

    /// <summary>In a paragraph with no quote marks, going back from its last sentence over up to three sentences, the first whose subject is
    /// a person (named, or described as "the Catalan coach") and which says what that person thinks, says or sees; else null.</summary>
    private static string? NarrativeSubject(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (end <= start || text.AsSpan(start, end - start).IndexOfAny("\"“”‘") >= 0) return null;
        int sentenceEnd = end;
        for (int step = 0; step < 3 && sentenceEnd > start; step++)
        {
            int sentenceStart = Math.Max(start, SpeakerSalience.SentenceStart(text, sentenceEnd - 1));
            while (sentenceStart < sentenceEnd && text[sentenceStart] == ' ') sentenceStart++;
            var sentence = text.AsSpan(sentenceStart, sentenceEnd - sentenceStart);
            if (ViewCue().IsMatch(sentence))
            {
                if (SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart) is { } named) return named;
                if (DescribedOpener().Match(text, sentenceStart, sentenceEnd - sentenceStart) is { Success: true } described
                    && SpeakerSalience.Described(context, described.Groups["who"].Value, sentenceStart) is { } who) return who;
            }
            sentenceEnd = sentenceStart - 1;
        }
        return null;
    }

    /// <summary>True when the paragraph before the one starting at <paramref name="paragraphStart"/> is an interviewer's question: unquoted
    /// words ending in a question mark.</summary>
    private static bool QuestionAbove(string text, int paragraphStart)
    {
        if (paragraphStart < 2) return false;
        int above = ParagraphStart(text, paragraphStart - 2);
        var line = text.AsSpan(above, paragraphStart - 1 - above).Trim();
        return line.Length is > 3 and < 500 && line[^1] == '?' && line.IndexOfAny("\"“”‘’") < 0;
    }

    /// <summary>True when the text between two quotes is the rest of the first quote's sentence plus line breaks, naming nobody after that sentence, and spans at most one paragraph break.</summary>
    private static bool ContinuesPreviousSpeaker(ExtractionContext context, int previousEnd, int quoteStart)
    {
        var text = context.Text;
        var between = text.AsSpan(previousEnd, quoteStart - previousEnd);
        if (between.Count('\n') != 1) return false;
        int sentenceEnd = between.IndexOfAny(".!?\n");
        while (sentenceEnd >= 0 && sentenceEnd + 1 < between.Length && between[sentenceEnd] != '\n' && !char.IsWhiteSpace(between[sentenceEnd + 1]))
        {
            int next = between[(sentenceEnd + 1)..].IndexOfAny(".!?\n");
            sentenceEnd = next < 0 ? -1 : sentenceEnd + 1 + next;
        }
        if (sentenceEnd < 0) return false;
        int restStart = previousEnd + sentenceEnd + 1;
        return !context.People.Within(new TextSpan(restStart, quoteStart - restStart)).Any() && !HasProseBetween(text, restStart, quoteStart);
    }

    private static bool IsDescription(string who)
    {
        var trimmed = who.AsSpan().TrimStart();
        return trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("his ", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("her ", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("their ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the description's role word is what the report calls someone other than <paramref name="speaker"/> ("the referee"
    /// after a manager's quote), so the description is not the last speaker going on.</summary>
    private static bool RoleNamed(ExtractionContext context, string description, string speaker)
    {
        var head = description.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        if (head.Length < 3 || !char.IsLower(head[0])) return false;
        var described = SpeakerSalience.Described(context, description, context.Text.Length);
        return described is not null && PersonIndex.SurnameKey(described) != PersonIndex.SurnameKey(speaker) && SpeakerRoles.Find(context, described).Role?.EndsWith(head, StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>True for "the Peamount United captain", "the Lionesses boss": "the", then words ending in a lower-case role word.</summary>
    private static bool DescribedRole(string who)
    {
        var words = who.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words[^1].Length > 2 && char.IsLower(words[^1][0]);
    }

    /// <summary>Among the people quoted so far, the one the description fits by its role word ("the Gunners boss" and "Arsenal boss Mikel
    /// Arteta"), else the last one quoted within the last few paragraphs; null when nobody was quoted.</summary>
    private static string? EarlierSpeaker(ExtractionContext context, string description, int position, IReadOnlyList<(string Name, int End)> speakers)
    {
        var head = description.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        for (int i = speakers.Count - 1; i >= 0; i--)
            if (SpeakerRoles.Find(context, speakers[i].Name).Role is { } role && role.EndsWith(head, StringComparison.OrdinalIgnoreCase)) return speakers[i].Name;
        return speakers.Count > 0 && position - speakers[^1].End < 800 ? speakers[^1].Name : null;
    }

    private static string? HeadingSpeaker(ExtractionContext context, int start, string line)
    {
        var m = SpeakerHeading().Match(line);
        return m.Success ? FirstPersonIn(context, start + m.Groups["who"].Index, m.Groups["who"].Length + 1) : null;
    }

    /// <summary>True when the words between two quotes hold a capitalised word other than "He"/"She" (a name the person index missed).</summary>
    private static bool BareTeamOrName(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (char.IsUpper(text[i]) && (i == 0 || !char.IsLetter(text[i - 1])) && !(text.AsSpan(i).StartsWith("He ") || text.AsSpan(i).StartsWith("She ")))
                return true;
        return false;
    }

    /// <summary>The subject of the quote's own sentence when a speech verb follows it before the quote: a pronoun, or the span of a capitalised name.</summary>
    private static (bool Pronoun, int Start, int Length)? ReportedSpeechSubject(string text, int quoteStart, int windowStart)
    {
        int sentenceStart = quoteStart - 1;
        while (sentenceStart > windowStart && !(text[sentenceStart - 1] is '\n' || (text[sentenceStart - 1] == ' ' && sentenceStart >= 2 && text[sentenceStart - 2] is '.' or '!' or '?'))) sentenceStart--;
        if (sentenceStart >= quoteStart) return null;
        // The clause nearest the quote speaks first: "Schlotterbeck said the result was "too little", while manager Edin Terzic said his side "gave away victory"".
        // "... in Hamburg on Friday and Mbappe describes it as "a pleasure"": a clause after "and" or "but" too.
        var sentence = text.AsSpan(sentenceStart, quoteStart - sentenceStart);
        int lastCommaAt = sentence.LastIndexOf(", "), conjunction = Math.Max(sentence.LastIndexOf(" and "), sentence.LastIndexOf(" but "));
        int lastComma = conjunction > lastCommaAt ? conjunction - 1 : lastCommaAt;
        if (lastComma > 0)
        {
            var clause = ClauseSubjectThenSpeech().Match(text, sentenceStart + lastComma + 2, quoteStart - sentenceStart - lastComma - 2);
            if (clause.Success) return (false, clause.Groups["who"].Index, clause.Groups["who"].Length);
        }
        // A dateline before the first sentence ("Liverpool: Jurgen Klopp admits ...", "LOS ANGELES — Bouanga said ...") is not its subject.
        if (Dateline().Match(text, sentenceStart, quoteStart - sentenceStart) is { Success: true } dateline) sentenceStart += dateline.Length;
        var m = SubjectThenSpeech().Match(text, sentenceStart, quoteStart - sentenceStart);
        // Or the subject after an opening clause: "After a 2-2 draw a year ago, Haaland told Arteta to "stay humble"".
        int comma = text.AsSpan(sentenceStart, quoteStart - sentenceStart).IndexOf(", ");
        if (!m.Success && comma > 0) m = SubjectThenSpeech().Match(text, sentenceStart + comma + 2, quoteStart - sentenceStart - comma - 2);
        if (!m.Success) return null;
        if (m.Groups["pronoun"].Success) return (true, m.Groups["pronoun"].Index, m.Groups["pronoun"].Length);
        var who = m.Groups["who"];
        return (false, who.Index, who.Length);
    }

    /// <summary>The role word of a quote's sentence whose subject is a description saying the quote ("Norwich City Women's boss says"), or null.</summary>
    private static string? DescribedSubject(string text, int quoteStart)
    {
        int sentenceStart = SpeakerSalience.SentenceStart(text, quoteStart);
        var m = DescriptionThenSpeech().Match(text, sentenceStart, quoteStart - sentenceStart);
        return m.Success ? m.Groups["role"].Value.ToLowerInvariant() : null;
    }

    private static List<SpeakerCandidate> Candidates(ExtractionContext context, TextSpan quote, int paragraphStart, int paragraphEnd)
    {
        var list = new List<SpeakerCandidate>();
        int previousParagraph = paragraphStart > 1 ? ParagraphStart(context.Text, paragraphStart - 2) : paragraphStart;
        foreach (var m in context.People.Within(new TextSpan(previousParagraph, paragraphEnd - previousParagraph)))
        {
            if (context.IsQuoted(m.Start) || m.Possessive) continue;
            var name = context.People.NameOf(m);
            if (!SpeakerNames.CanSpeak(context, name)) continue;
            var (role, _) = SpeakerRoles.Find(context, context.People.FullName(name));
            list.Add(new SpeakerCandidate(name, m.Span, role));
        }
        return list;
    }

    /// <summary>The person a mention ending right at <paramref name="end"/> names ("Erik ten Hag" for the words "Hag"), or null.</summary>
    private static string? PersonEndingAt(ExtractionContext context, int end)
    {
        var mention = context.People.LastBefore(end);
        if (mention is not { } m || m.End != end || context.IsQuoted(m.Start)) return null;
        var name = context.People.NameOf(m);
        return SpeakerNames.CanSpeak(context, name) ? name : null;
    }

    private static string? FirstPersonIn(ExtractionContext context, int start, int length)
    {
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (!context.IsQuoted(m.Start) && SpeakerNames.CanSpeak(context, context.People.NameOf(m))) return context.People.NameOf(m);
        return null;
    }

    private static string? LastPersonIn(ExtractionContext context, int start, int length)
    {
        string? last = null;
        foreach (var m in context.People.Within(new TextSpan(start, length)))
            if (!context.IsQuoted(m.Start) && !m.Possessive && SpeakerNames.CanSpeak(context, context.People.NameOf(m))) last = context.People.NameOf(m);
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
        while (k >= 0 && text[k] is '"' or '“' or '‘' or '\'' or '`' or ' ') k--;
        return k < 0 || text[k] == '\n';
    }

    /// <summary>True when every line between two quoted paragraphs that holds words is page furniture: a few words with no stop, colon or
    /// quote mark ("Read More Football Stories", "Most read in Football"), at most two such lines.</summary>
    private static bool OnlyFurnitureBetween(string text, int from, int to)
    {
        int lineStart = text.IndexOf('\n', from);
        if (lineStart < 0 || lineStart >= to || HasProseBetween(text, from, lineStart)) return false;
        int lines = 0;
        while (lineStart < to)
        {
            int lineEnd = text.IndexOf('\n', lineStart + 1);
            if (lineEnd < 0 || lineEnd > to) lineEnd = to;
            var line = text.AsSpan(lineStart + 1, Math.Max(0, lineEnd - lineStart - 1)).Trim();
            if (!line.IsEmpty && HasProseBetween(text, lineStart + 1, lineEnd))
            {
                if (++lines > 2 || WordCount(line) > 6 || line.IndexOfAny(".!?:;\"“”‘’") >= 0) return false;
            }
            lineStart = lineEnd;
        }
        return lines > 0;
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

    private static bool InSingleMarks(string text, TextSpan span) => span.Start > 0 && text[span.Start - 1] is '‘' or '\'' && !(span.Start > 1 && text[span.Start - 2] == '\'');

    private static int WordCount(ReadOnlySpan<char> s)
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

    [GeneratedRegex(@"^[\s""”’',.!?-]*(?:(?:" + Verbs + @")\s+(?<who>(?:the\s+)?[\p{L}'’. -]{2,80}?)(?=[,.;:]|\s+(?:after|when|as|in|on|at|who|before|to)\b|\s+of\b(?!\s+[\p{Lu}])|$)|(?:as\s+)?(?:(?<pronoun>he|she)|(?<who>[\p{Lu}][\p{L}'’. -]{1,60}?|the\s+[\p{L}\p{N}'’ -]{2,60}?))\s+(?:" + Verbs + @"|also said|later said|then said|has said|had said|would later say|put it)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SaidAfter();

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:praised|criticised|criticized|described|called|labelled|labeled|branded|hailed|slammed|blasted|dubbed|lauded|singled out)\s+by\s+(?:[a-z]+\s+){0,2}(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})(?=[^""“‘]{0,40}[""“‘']?$)")]
    private static partial Regex PassiveSpeech();

    /// <summary>A verb of speech a few words before a phrase in single marks: "admitted to having ‘mixed feelings’", "says United ‘have to learn’";
    /// not "praised his team for their fine performance against a ‘top team’".</summary>
    [GeneratedRegex(@"\b(?:pays tribute to|paid tribute to|fears|feared|says|said|admits|admitted|insists|insisted|claims|claimed|bemoans|bemoaned|laments|lamented|reveals|revealed|warns|warned|believes|feels|slams|slammed|blasts|blasted|hails|hailed|praises|praised|thinks|thought|names|labels|labelled|labeled|calls|called|describes|described)\b[^.!?\n]{0,45}$")]
    private static partial Regex TermSpeechBefore();

    /// <summary>A clause after a comma whose subject says something: "while manager Edin Terzic said his side", "and Bayern boss Tom Ziegler insisted".</summary>
    [GeneratedRegex(@"^(?:(?:while|and|but|whereas|although|though)\s+)?(?:[a-z-]+\s+){0,3}?(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}?(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|added|admitted|admits|insisted|insists|claimed|claims|told|tells|described|describes|called|calls|labelled|branded|believes|feels|felt|warned|warns|stated|declared|conceded|revealed|reveals|explained|explains|suggested|suggests|argued|wrote|promised|vowed|hailed|praised|lamented|bemoaned|complained)\b")]
    private static partial Regex ClauseSubjectThenSpeech();

    [GeneratedRegex(@"^[\s""”’',.!?-]*(?:he|she)\s+(?:said|says|spoke|added|joked)\s+of\s+(?<of>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex SaidOf();

    /// <summary>A paragraph opening on a noun for the words just quoted and whose they were: "That glowing endorsement from Bayern head coach
    /// Alexander Straus", "Those were the words of Jill Scott".</summary>
    [GeneratedRegex(@"\G(?:That|Those|These|Such|The|This)\s+(?:were\s+the\s+)?(?:[a-z-]+\s+){0,2}?(?:words?|verdict|assessment|endorsement|praise|message|warning|admission|comments?|remarks?|view|tribute|reaction|rallying cry|plea|claim|insight|confession)\s+(?:from|of|by)\s+(?<who>(?:[\p{L}'’.-]+\s+){0,4}[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})")]
    private static partial Regex WordsOfAbove();

    /// <summary>A sentence opening on a side's role holder who says something: "Norwich City Women's boss says", "The Lionesses manager insisted".</summary>
    [GeneratedRegex(@"\G(?:The\s+|the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){1,4}(?<role>manager|boss|coach|head coach|captain|skipper|chairman|owner|president)|(?<role>Manager|Boss|Coach))\s+(?:has\s+|also\s+)?(?:says|said|admits|admitted|insists|insisted|believes|feels|claims|claimed|warns|warned|reveals|revealed|concedes|conceded|laments|lamented|hails|hailed|pays tribute|paid tribute)\b")]
    private static partial Regex DescriptionThenSpeech();

    [GeneratedRegex(@"\b(?:said|says|say|saying|told|tells|spoke|speaks|speaking|stress\w*|explain\w*|insist\w*|admit\w*|reflect\w*|believ\w*|feels?|felt|thinks?|thought|keen|added|agreed?|echo\w*|views?|opinion|press conference|interview|asked|react\w*|responded|described|hailed|praised|criticised|criticized|admired|wanted|hoped|delighted|disappointed|frustrated|proud|happy|pleased|upset|angry|furious|confident|optimistic|aware|reflect\w*|question\w*|attribut\w*|credit\w*|blam\w*|saw|sees|insist\w*|remain\w* cautious|wary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ViewCue();

    [GeneratedRegex(@"\b(?:match report|report|statement|website|communiqu[eé]|press release|release|petition|message|post|caption|letter|campaign|tweet|notice|which|that)\s+(?:(?:also|then)\s+)?(?:said|says|read|reads|stated|states|added|adds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentSpeaks();

    /// <summary>A sentence whose subject is a description, after an opening clause or none: "Despite the issues, the Spaniard will".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:But|And|Yet|Still|So)\s+)?(?:[^,.!?\n]{1,60},\s+)?(?<who>[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:Frenchman|Frenchwoman|Englishman|Englishwoman|Dutchman|Dutchwoman|Scotsman|Scotswoman|Irishman|Irishwoman|Welshman|Welshwoman|Spaniard|Dane|Swede|Norwegian|Argentine|Argentinian|Brazilian|Portuguese|Italian|German|Belgian|Croatian|Uruguayan|Colombian|American|Australian|Nigerian|Ghanaian|Senegalese|Moroccan|Egyptian|Japanese|Korean|Austrian|\d+-year-old|manager|boss|coach|head coach|captain|skipper|veteran|youngster|teenager))\s+(?!said|says|told|added)[a-z]")]
    private static partial Regex DescribedOpener();

    [GeneratedRegex(@"\b(?:he|him|his|she|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPerson();

    /// <summary>A document introducing its own words: "a petition ..., which reads:", "The club's statement read:".</summary>
    [GeneratedRegex(@"\b(?:petition|statement|message|post|caption|letter|campaign|tweet|notice|report|release|website|which|that)\s+(?:also\s+)?(?:reads?|states)\s*[:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentIntro();

    /// <summary>A participle clause of speech right before a quote: ", labelling Lookman the ", ", calling it a ", ", describing the
    /// display as ".</summary>
    [GeneratedRegex(@",\s+(?:labelling|labeling|calling|describing|branding|dubbing|deeming|saying|insisting|claiming|admitting|adding|warning|urging)\b[^,.!?\n""“]{0,50}$")]
    private static partial Regex SpeechParticipleClause();

    /// <summary>Someone the report does not name: "A spokesperson said:", "a club source told", "one official added".</summary>
    [GeneratedRegex(@"(?:^|[\s,.;])(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|source|insider|official|representative|statement|fan|supporter)\b(?:\s+(?:for|from|of|at)\s+[^,:\n]{1,40}?)?\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|added|adds|stated|read|reads|explained)\b")]
    private static partial Regex UnnamedSpeaker();

    /// <summary>A description ending in a lower-case role word as the subject of a speech verb at the end of an attribution: "Speaking
    /// yesterday, the Olympique Lyonnais Feminin forward said:", "The Kingsmeadow ace, who helped her side reach the semi-finals said:".</summary>
    [GeneratedRegex(@"(?:^|[,;]\s+|[.!?]\s+|\n)(?<who>(?:the|The)\s+(?:[\p{L}\d'’.-]+\s+){0,5}?[a-z][a-z-]{2,})(?:,\s+(?:who|whose)\s+[^,:\n]{1,100},?)?\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|added|adds|told|tells|explained|admitted|insisted|stated|declared|continued|wrote|revealed|remarked|commented|noted)\b[^.!?\n]{0,60}$")]
    private static partial Regex DescriptionBeforeVerb();

    /// <summary>The line under a quoted clip that names its speaker: "🎙️ Steve Cherundolo #LAFC", "🗣️ @jmacdaddy77".</summary>
    [GeneratedRegex(@"\G\s*(?:\uD83C\uDF99|\uD83D\uDDE3)\uFE0F?\s*(?:@(?<handle>\w{2,30})|(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3}))")]
    private static partial Regex MicrophoneLine();

    /// <summary>A description saying something anywhere in a sentence: "..., but the coach says he has a long-term view".</summary>
    [GeneratedRegex(@"\b(?<who>the\s+(?:[\p{L}'’-]+\s+){0,2}?(?:manager|boss|coach|head coach|captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|chairman|president|owner|referee))\s+(?:also\s+)?(?:says|said|believes|believed|insists|insisted|admits|admitted|feels|felt|thinks|thought|explains|explained|reckons|warns|warned)\b")]
    private static partial Regex DescribedSpeechInside();

    [GeneratedRegex(@"^(?:He|She)\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|added|explained|admitted|insisted|believes|feels|felt|thinks)\b")]
    private static partial Regex PronounSpeech();

    /// <summary>A sentence opening on a question put to someone: "Put to the Liverpool boss that ...", "Asked by reporters whether Klopp ...".</summary>
    [GeneratedRegex(@"\G\s*(?:When\s+)?(?:[Pp]ut\s+to|[Aa]sked|[Qq]uizzed|[Pp]ressed|[Qq]uestioned)\s+(?:by\s+\w+\s+)?(?:(?:about|on|whether|if)\b[^,]{0,80}?,\s+)?(?<who>(?:the\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:boss|manager|coach|head coach|captain|skipper|chairman|striker|forward|midfielder|defender|goalkeeper|keeper))|(?:[\p{Lu}][\p{L}'’-]+\s?){1,3})\b(?=\s+(?:that|whether|if|about|how|why|what)\b)")]
    private static partial Regex QuestionPutTo();

    [GeneratedRegex(@"\b(?:said|says|told|tells|added|admitted|admits|insisted|insists|claimed|claims|described|called|according)\b")]
    private static partial Regex SpeechBetween();

    /// <summary>The rest of a quote's sentence ending on ", says" and who: "'belong' in Women's Champions League, says boss Marc Skinner".</summary>
    [GeneratedRegex(@"^['’""”]?[^.!?\n""“”‘’]{0,80}?,\s+(?:says|said|admits|insists|claims|warns|reveals)\s+(?<who>(?:[a-z-]+\s+){0,3}(?:[\p{Lu}][\p{L}'’-]+)(?:\s[\p{Lu}][\p{L}'’-]+){0,3})\s*(?:[.\n]|$)")]
    private static partial Regex SaysAtSentenceEnd();

    /// <summary>After a headline's quote, a colon and a name with a verb of speech: "'It's insane': Pep Guardiola hails ...".</summary>
    [GeneratedRegex(@"^['’""”]?:\s+(?<who>(?:[\p{Lu}][\p{L}'’-]+\s){0,2}[\p{Lu}][\p{L}'’-]+)\s+(?:hails|says|admits|insists|slams|blasts|reveals|claims|warns|urges|praises|explains|vows|defends|responds|reacts|laments|backs|tells|believes|feels|rues|bemoans|questions|issues|sends|fires|aims)\b")]
    private static partial Regex HeadlineSpeakerAfter();

    [GeneratedRegex(@"\G[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2}(?::|\s[—–-])\s+(?=[\p{Lu}])")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\b(?:added|adds|continued|went on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    [GeneratedRegex(@"^[\s""”’',.!?-]*according to\s+(?<who>(?:(?:the|his|her|their)\s+)?[\p{L}'’ -]{2,60}?)(?=[,.;:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToAfter();

    [GeneratedRegex(@"^[""”’'\s]{0,3}by\s+(?<who>(?:the\s+)?[\p{L}'’ -]{2,40}?)(?=[,.;:]|$|\s+(?:after|before|who|for|as|in|on|at|during|when|and)\b)")]
    private static partial Regex ByWhom();

    [GeneratedRegex(@"^\s*(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3})(?:,\s[^:\n""“]{1,60})?:\s*$")]
    private static partial Regex SpeakerHeading();

    [GeneratedRegex(@"^[^\p{L}]{0,3}(?:(?:[\p{Lu}][\p{L}'’-]*\s){1,3}(?:(?!(?:said|says|told|tells|added|adds|insisted|insists|admitted|admits|claimed|claims|revealed|reveals|explained|explains|believes|feels|felt)\s)[a-z-]+\s){1,2})?(?:(?<pronoun>[Hh]e|[Ss]he)|(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3}))(?:,[^,]{1,60},)?\s+(?:(?:also|then|later|has|had|previously|once|bluntly|openly|even)\s+)*(?:said|says|added|admitted|admits|insisted|insists|claimed|claims|told|tells|described|describes|called|calls|labelled|branded|deemed|believes|believed|feels|felt|warned|warns|stated|declared|conceded|revealed|reveals|explained|explains|suggested|suggests|argued|wrote|promised|vowed|hailed|hails|praised|praises|defended|cited|citing|urged|asked|dismissed|criticised|criticized|slammed|slams|blasted|blasts|accused|joked|mocked|questioned|lamented|laments|bemoaned|bemoans|complained|complains|rued|rues|fears|feared)\b")]
    private static partial Regex SubjectThenSpeech();

    [GeneratedRegex(@"(?:(?<pronoun>\b(?:he|she))|\b[\p{Lu}][\p{L}'’. -]{1,60}?)\s+(?:(?:also|then|later|previously|had|has|was|afterwards|post-match|after the game|after the match)\s+)*(?:" + Verbs + @"|told [\w ]{1,30}|said of [\w ]{1,30}|was quoted as saying|said in a statement|reacted)\s*(?:[\w ,']{0,40})?[:,]\s*$|\baccording to\s+[\p{Lu}][\p{L}'’. -]{1,60}?,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidBefore();
}
