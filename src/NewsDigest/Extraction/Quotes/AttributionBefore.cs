using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Attributions written before a quote in its paragraph or as a heading above it: "Southgate said:", "Deschamps told reporters:", "According to X,", "Gary Neville, Sky Sports:", "Slot: Feyenoord played ...", and documents that speak for no person ("The club's statement read:").</summary>
internal static partial class AttributionBefore
{
    /// <summary>The speaker the words before the quote (<paramref name="beforeText"/>, from <paramref name="beforeStart"/>) or a heading name;
    /// null when they attribute nothing.</summary>
    public static Attribution? Find(ExtractionContext context, TextSpan quote, int beforeStart, string beforeText, int paragraphStart, string? previousSpeaker, int previousEnd)
    {
        var text = context.Text;
        // "a petition ..., which reads: "..."", "The club's statement read:": a document's words, no person's.
        if (DocumentIntro().IsMatch(beforeText)) return new Attribution(null);
        // "..., but the club stated “...”": a group speaks, and no person does.
        if (GroupSpeakers.SpeaksBefore(beforeText)) return new Attribution(null);
        // "A Conference statement said the club had been sanctioned "..." and that the board had "..."": a document opening the quote's
        // sentence speaks, for every quote of it; the name qualifying the document is a body's, not a person's.
        if (DocumentSentence(text, quote)) return new Attribution(null);
        // "The Premier League Match Centre posted on X:", "with the club posting on its social media account:": whoever posts speaks.
        if (PostedBefore.Find(context, quote, beforeStart, beforeText, previousSpeaker, previousEnd) is { } posted) return posted;
        // "Fox Sports also gave the Arsenal star 8 out of 10 and observed:": the clause's subject rated and spoke; whom it rated did not. An
        // outlet or a body as that subject speaks for no person.
        if (RatedAndSaid().Match(beforeText) is { Success: true } rated)
        {
            var rater = rated.Groups["who"].Value;
            if (rater.Contains('.') || !SpeakerNames.CanSpeak(context, rater) || SpeakerNames.IsBody(context, rater)) return new Attribution(null);
            if (SpeakerMentions.FirstPersonIn(context, beforeStart + rated.Groups["who"].Index, rated.Groups["who"].Length + 1) is { } person) return new Attribution(person);
        }
        // "the bench, according to the Valley's radio man, "lost their minds."": a description after "according to" is the source; when it
        // describes nobody the report names, the words are someone unnamed's, not the person the sentence is about.
        if (AccordingToDescription().Match(beforeText) is { Success: true } according)
        {
            var source = according.Groups["who"];
            if (SpeakerMentions.LastPersonIn(context, beforeStart + source.Index, source.Length + 1) is { } named) return new Attribution(named);
            // "according to his manager": the person described, when the report gives that person the description's own role word; a
            // description of no role the report gives ("radio man") is nobody it names.
            var head = source.Value[(source.Value.LastIndexOf(' ') + 1)..];
            if (SpeakerDescriptions.IsDescription(source.Value) && SpeakerSalience.Described(context, source.Value, quote.Start) is { } described
                && SpeakerRoles.Find(context, described).Role?.EndsWith(head, StringComparison.OrdinalIgnoreCase) == true) return new Attribution(described);
            return new Attribution(null);
        }
        var beforeMatch = SaidBefore().Match(beforeText);
        if (beforeMatch.Success)
        {
            // "About Tran Phuoc, he said: “...”": whom the words are about, set before the pronoun, is not who says them.
            if (beforeMatch.Groups["pronoun"].Success) return new Attribution(PronounResolver.Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(beforeMatch.Groups["pronoun"].ValueSpan),
                TopicBeforePronoun().Match(beforeText) is { Success: true } topic ? topic.Groups["of"].Value : null));
            // "The Concacaf match report said, "..."": a document or a body speaks, and no person does.
            if (DocumentSpeaks().IsMatch(beforeMatch.Value) || AttributionAfter.UnnamedSpeaker().IsMatch(beforeMatch.Value)) return new Attribution(null);
            if (SpeakerContinuity.NoPersonGoesOn(context, beforeMatch.Value, quote.Start)) return new Attribution(null);
            // "The Premier League Match Centre posted on X:": a body's name of several words as the subject speaks for no person ("The WSL ace" is a person).
            if (CapitalisedSubject().Match(beforeMatch.Value) is { Success: true } subject && subject.Groups["who"].Value.Contains(' ') && SpeakerNames.IsBody(context, subject.Groups["who"].Value)) return new Attribution(null);
            // "..., the Olympique Lyonnais Feminin forward said:": a description ending in its role word is the subject of the verb, and the
            // capitalised words in it name a club, not the speaker.
            if (DescriptionBeforeVerb().Match(beforeText) is { Success: true } description
                && SpeakerSalience.DescribedInPassage(context, description.Groups["who"].Value, quote.Start) is { } describedSubject) return new Attribution(describedSubject);
            // "Jimmy told Select:", "Slot said of Salah:": whoever is told or spoken of is not the speaker, so only the words before the verb name them.
            int listener = ListenerVerb().Match(beforeMatch.Value) is { Success: true } verb ? verb.Index : beforeMatch.Length;
            var named = SpeakerMentions.LastPersonIn(context, beforeStart + beforeMatch.Index, listener);
            if (named is not null) return new Attribution(named);
            if (SpeakerDescriptions.IsDescription(beforeMatch.Value) && SpeakerSalience.Described(context, beforeMatch.Value, quote.Start) is { } described) return new Attribution(described);
        }
        // "The tribunal judge, in her ruling, said:": a description with a short phrase set off by commas before its verb, which the
        // attributions above do not read past.
        else if (DescriptionBeforeVerb().Match(beforeText) is { Success: true, Groups: var parts } && parts["aside"].Success && beforeText.TrimEnd().EndsWith(':')
            && SpeakerSalience.DescribedInPassage(context, parts["who"].Value, quote.Start) is { } setOff) return new Attribution(setOff);
        // "Sadiq, said La Real coach Alguacil, “knows it's a semi-final”": a verb of speech set between commas before the quote, its speaker
        // after it; the name before the verb is whom the words are about.
        if (InvertedSaidBefore().Match(beforeText) is { Success: true } inverted
            && SpeakerMentions.LastPersonIn(context, beforeStart + inverted.Groups["who"].Index, inverted.Groups["who"].Length + 1) is { } sayer) return new Attribution(sayer);
        // "Spurs 1-0 Leicester City (WSL) | Robert’s verdict: “...”": a person's verdict or reaction before a colon.
        if (VerdictBefore().Match(beforeText) is { Success: true } verdict
            && SpeakerMentions.FirstPersonIn(context, beforeStart + verdict.Groups["who"].Index, verdict.Groups["who"].Length + 1) is { } judge) return new Attribution(judge);
        // A speaker heading, as transcripts of pundits' exchanges print them: "Neville: "..."" on the quote's line, or "Gary Neville, Sky Sports:" on the line above.
        // "Real Madrid defender Nacho: "..."" / "On Vinicius Jr.: "..."": a heading naming what the words are about, in a run of speakers' words,
        // names no speaker; the speaker above goes on.
        if (TopicHeading().IsMatch(beforeText))
        {
            // "Dejan Milosavljev (SRB) – goalkeeper / On his goals and expectations: / “...”": a line above the heading that names a person and
            // a role after a dash names who answers under it.
            if (paragraphStart >= 2)
            {
                int above = QuoteLayout.ParagraphStart(text, paragraphStart - 2);
                if (PersonLine().Match(text, above, paragraphStart - 1 - above) is { Success: true } line
                    && SpeakerMentions.FirstPersonIn(context, line.Groups["who"].Index, line.Groups["who"].Length + 1) is { } answering) return new Attribution(answering);
            }
            if (previousSpeaker is not null && previousEnd >= 0 && quote.Start - previousEnd < 600) return new Attribution(previousSpeaker);
            // "Here is every word of Pep Guardiola's press conference ... / On how the No.6 is viewed when Rodri is out: “...”": the first answer
            // under a topic heading is the person whose press conference or interview the report says it prints.
            // Later answers far from the last quote are left to the other cues, as a page of several people's words under headings needs.
            return previousSpeaker is null && InterviewOwner(context, quote.Start) is { } owner ? new Attribution(owner) : null;
        }
        if (HeadingSpeaker(context, beforeStart, beforeText) is { } headed) return new Attribution(headed);
        if (beforeText.AsSpan().Trim().IsEmpty && beforeStart == paragraphStart && paragraphStart >= 2)
        {
            int above = QuoteLayout.ParagraphStart(text, paragraphStart - 2);
            if (HeadingSpeaker(context, above, text[above..(paragraphStart - 1)]) is { } headedAbove) return new Attribution(headedAbove);
            // "She told Legit.ng:" or "Odunayo added:" as a line of its own introduces the quote paragraph under it. A description there ("The
            // Nigerian leader said:") is left to the ranker, which weighs everyone the passage names.
            var introduction = text.AsSpan(above, paragraphStart - 1 - above).TrimEnd();
            if (introduction.Length is > 0 and <= 160 && introduction[^1] == ':' && introduction.IndexOfAny("\"“”") < 0 && !SpeakerDescriptions.IsDescription(introduction.ToString())
                && Find(context, quote, above, introduction.ToString(), above, previousSpeaker, previousEnd) is { } introduced) return introduced;
        }
        // "Slot: Feyenoord played “perfect match” in defeat": a headline names its speaker before the colon.
        int lineStart = QuoteLayout.ParagraphStart(text, quote.Start);
        if (QuoteCues.SpeakerColonLine().IsMatch(text.AsSpan(lineStart, quote.Start - lineStart))
            && SpeakerMentions.FirstPersonIn(context, lineStart, text.IndexOf(':', lineStart) - lineStart + 1) is { } headliner) return new Attribution(headliner);
        return null;
    }

    /// <summary>True when the words right before the quote are "according to" and a description ("according to the club's physio, "):
    /// a phrase so attributed is quoted speech even when its source has no name.</summary>
    internal static bool AccordingToBefore(string text, TextSpan quote)
    {
        int start = Math.Max(0, quote.Start - 120);
        return AccordingToDescription().IsMatch(text.AsSpan(start, quote.Start - start).TrimEnd("\"“‘'` ").ToString());
    }

    /// <summary>True when the quote's sentence opens on a document as the subject of a verb of speech and runs into the quote on one line: "A
    /// Conference statement said the club ... "", "The league's ruling stated that ...".</summary>
    internal static bool DocumentSentence(string text, TextSpan quote)
    {
        int start = SpeakerSalience.SentenceOpening(text, quote.Start, quote.Start);
        return start < quote.Start && DocumentSubject().IsMatch(text.AsSpan(start, quote.Start - start));
    }

    /// <summary>A document as the sentence's subject, before a verb of saying or of finding: "A Conference statement said", "The report, led by
    /// Dr X, found that", "- Report found UEFA bore "" (a standfirst's bullet).</summary>
    [GeneratedRegex(@"^(?:[-•–]\s*)?(?:(?:A|An|The|In\s+a)\s+(?:[\p{Lu}][\p{L}'’-]*(?:['’]s)?\s+){0,3}(?:[a-z-]+\s+){0,2}(?:statement|report|release|ruling|letter|notice|judgment|judgement)|(?:Report|Statement|Ruling))(?:,[^,\n""“”]{1,80},)?\s+(?:also\s+)?(?:said|says|stated|states|read|reads|added|noted|confirmed|explained|found|finds|concluded|concludes)\b[^\n]*$")]
    private static partial Regex DocumentSubject();

    /// <summary>"according to the Valley's radio man,", "according to one steward,", "in the words of one member of the home staff
    /// afterwards,": a source described, not named, before the quote.</summary>
    [GeneratedRegex(@"\b(?:according to|in the words of)\s+(?<who>(?:the|a|an|his|her|their|one)\s+[^,.;:!?""“”\n]{1,60}?),\s*$")]
    private static partial Regex AccordingToDescription();

    /// <summary>The person whose press conference or interview the text before <paramref name="position"/> names last ("Pep Guardiola’s
    /// pre-Cherries press conference", "Hayes's post-match interview"); null when it names none.</summary>
    private static string? InterviewOwner(ExtractionContext context, int position)
    {
        string? owner = null;
        foreach (Match m in InterviewOf().Matches(context.Text[..position]))
            if (SpeakerMentions.FirstPersonIn(context, m.Groups["who"].Index, m.Groups["who"].Length + 1) is { } person && SpeakerNames.CanSpeak(context, person)) owner = person;
        return owner;
    }

    private static string? HeadingSpeaker(ExtractionContext context, int start, string line)
    {
        var m = SpeakerHeading().Match(line);
        // "Mikel Arteta asked about winning the game so late:", "Mikel Arteta on the penalty decision:": a press conference printed under
        // topic headings that open on the person answering.
        if (!m.Success) m = InterviewHeading().Match(line);
        return m.Success ? SpeakerMentions.FirstPersonIn(context, start + m.Groups["who"].Index, m.Groups["who"].Length + 1) : null;
    }

    /// <summary>A clause opening on a capitalised subject that rated or marked someone and then spoke, before the quote: "Football.London gave
    /// Zubimendi 8 out of 10 and noted:", "The London Evening Standard rated the Spaniard 7 out of 10 and wrote:".</summary>
    [GeneratedRegex(@"(?:^|[.!?]\s+|\n)(?:The\s+)?(?<who>[\p{Lu}][\p{L}\p{N}'’.&-]*(?:\s[\p{Lu}][\p{L}\p{N}'’.&-]*){0,4})\s+(?:also\s+)?(?:gave|rated|handed|awarded|marked|graded|scored)\s[^.!?\n:""“]{1,80}?\s(?:and|before it|before)\s+(?:then\s+)?(?:noted|observed|wrote|said|added|commented|remarked|explained|stated|declared|concluded|opined|summed up)\s*:?\s*$")]
    private static partial Regex RatedAndSaid();

    /// <summary>A document introducing its own words: "a petition ..., which reads:", "The club's statement read:".</summary>
    [GeneratedRegex(@"\b(?:petition|statement|message|post|caption|letter|campaign|tweet|notice|report|release|website|which|that)\s+(?:also\s+)?(?:reads?|states)\s*[:,]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentIntro();

    [GeneratedRegex(@"(?:(?<pronoun>\b(?:he|she))|\b[\p{Lu}][\p{L}'’. -]{1,60}?)\s+(?:(?:also|then|later|previously|had|has|was|afterwards|post-match|after the game|after the match)\s+)*(?:" + AttributionVerbs.Verbs + @"|told (?:[\w ]|\.(?=\w)){1,30}|said of [\w ]{1,30}|was quoted as saying|said in a statement|reacted|(?:offered|gave|had|delivered|issued|sent)\s+(?:a|an|his|her|their)\s+[\w ]{0,30}?(?:response|reaction|verdict|assessment|message|warning|plea|apology|view|summary))\s*(?:[\w ,']{0,40})?[:,]\s*$|(?:(?<pronoun>\b(?:he|she))|\b[\p{Lu}][\p{L}'’. -]{1,60}?)\s+(?:(?:also|then|later|afterwards)\s+)?(?:" + AttributionVerbs.Verbs + @")\s*$|\baccording to\s+[\p{Lu}][\p{L}'’. -]{1,60}?,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidBefore();

    [GeneratedRegex(@"\b(?:match report|press release|website|petition|post|caption|campaign|tweet|which|that|" + AttributionAfter.DocumentNouns + @")\s+(?:(?:also|then)\s+)?(?:said|says|read|reads|stated|states|added|adds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentSpeaks();

    /// <summary>A description ending in a lower-case role word as the subject of a speech verb at the end of an attribution: "Speaking
    /// yesterday, the Olympique Lyonnais Feminin forward said:", "The Kingsmeadow ace, who helped her side reach the semi-finals said:", and with a
    /// short phrase set off by commas before the verb, "The tribunal judge, in her ruling, said:".</summary>
    [GeneratedRegex(@"(?:^|[,;]\s+|[.!?]\s+|\n)(?<who>(?:the|The)\s+(?:[\p{L}\d'’.-]+\s+){0,5}?(?:[a-z]|\d{1,2}-)[a-z-]{2,})(?:,\s+(?:who|whose)\s+[^,:\n]{1,100},?|(?<aside>,\s+(?:in|at|on|during|after|before|speaking|writing|via|through)\s+[^,:\n""“”]{1,50},))?\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|added|adds|told|tells|explained|admitted|insisted|stated|declared|continued|wrote|revealed|remarked|commented|noted)\b[^.!?\n]{0,60}$")]
    private static partial Regex DescriptionBeforeVerb();

    [GeneratedRegex(@"^\s*(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3})(?:,\s[^:\n""“]{1,60})?:\s*$")]
    private static partial Regex SpeakerHeading();

    /// <summary>The run of capitalised words a clause opens on, after an optional "The": "The Premier League Match Centre".</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?<who>[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,5})\s+[a-z]")]
    private static partial Regex CapitalisedSubject();

    /// <summary>", said La Real coach Alguacil, " right before a quote: the verb first, then who speaks, closed by a comma.</summary>
    [GeneratedRegex(@"(?:^[\s""”’]*|[.!?][""”’]?\s+)(?:About|Of|On|Regarding|Asked about|Speaking about)\s+(?<of>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3}),\s*(?:he|she)\s+\w+")]
    private static partial Regex TopicBeforePronoun();

    [GeneratedRegex(@",\s+(?:said|says|added|adds|explained|insisted|admitted|stressed|noted)\s+(?<who>(?:[\p{L}'’.-]+\s+){0,4}[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2}),\s*$")]
    private static partial Regex InvertedSaidBefore();

    /// <summary>A heading line opening on a name, then what the name was asked or spoke about, ending in a colon: "Mikel Arteta asked about
    /// silencing critics:", "Arteta on the substitutes:", "Emma Hayes speaking after the game:".</summary>
    [GeneratedRegex(@"^\s*(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3})\s+(?:(?:was|is|when)\s+)?(?:asked|on|speaking|talking|reacting|responding|reflecting)\s[^:\n""“”]{1,100}:\s*$")]
    private static partial Regex InterviewHeading();

    /// <summary>A name's verdict, reaction or view right before a colon: "Robert’s verdict:", "Slot's reaction:".</summary>
    [GeneratedRegex(@"(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2})['’]s?\s+(?:verdict|reaction|view|views|thoughts|assessment|message|take|words|response)\s*:\s*$")]
    private static partial Regex VerdictBefore();

    /// <summary>A line opening on "On" and a subject, or on an interviewer's question, before a colon: "On his own goal:", "On Vinicius Jr.:",
    /// "How important was that moment for Sesko:" (whom the question is about is not the speaker). "On the other hand, ", "On the side of
    /// Lens, ", "On his part, " open a sentence about the speaker instead, no topic.</summary>
    [GeneratedRegex(@"(?:^|\n)\s*(?:On\s(?![^:\n]*\b(?:said|says|told|tells|added|adds|explained|admitted)\b)(?!(?:the\s+other\s+hand|the\s+side\s+of\s[^,:\n]{1,40}|(?:his|her|their|the\s+other)\s+(?:part|side)),\s)[^:\n""“]{1,200}|(?:How|What|Why|Where|Was|Were|Is|Are|Did|Does|Can|Could|Will|Would)\s(?![^:\n]*\b(?:said|says|told|tells|added|adds|explained|admitted)\b)[^:\n""“?]{3,100}):\s*$")]
    private static partial Regex TopicHeading();

    /// <summary>A line naming a person, perhaps a country code in brackets, then a dash and a role: "Raul Gonzalez (ESP) – Serbia head coach".</summary>
    [GeneratedRegex(@"\G(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3})(?:\s\([A-Z]{2,4}\))?\s*[–—-]\s+[^:\n""“”]{1,80}$")]
    private static partial Regex PersonLine();

    /// <summary>A name's possessive, up to three words, then a press conference or an interview: "Pep Guardiola’s pre-Cherries press conference".</summary>
    [GeneratedRegex(@"(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3})['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:press conference|news conference|media conference|presser|interview|press briefing)\b")]
    private static partial Regex InterviewOf();

    /// <summary>The verb of "Name told Listener:" or "Name said of Subject:", after which names are not the speaker.</summary>
    [GeneratedRegex(@"\s(?:told|said of)\s")]
    private static partial Regex ListenerVerb();
}
