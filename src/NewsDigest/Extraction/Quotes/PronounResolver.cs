using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Resolves "he said" and "she added" to a person: the speaker going on, the subject of the sentence before, a newcomer, a person described or asked a question, checked against the gender the report gives each person.</summary>
internal static partial class PronounResolver
{
    /// <summary>Whom "he said" or "she added" points to: the first of the readings below whose person the report does not write with the
    /// other pronoun ("she said" is never a man's), else the first reading at all.</summary>
    internal static string? Pronoun(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd, SpeakerGender.Gender gender, string? spokenOf = null)
    {
        string? first = null;
        foreach (var who in PronounReadings(context, quote, previousSpeaker, previousEnd, gender, spokenOf))
        {
            if (who is null) continue;
            if (SpeakerGender.Fits(context, who, gender)) return who;
            first ??= who;
        }
        // No reading fits the pronoun ("“...,” Keller said. “...,” she said." after Rao's quote): the last speaker quoted shortly before who does.
        if (first is not null)
            for (int k = context.Quotes.Count - 1; k >= 0 && quote.Start - context.Quotes[k].Evidence.Span.End < 1500; k--)
                if (context.Quotes[k].Speaker is { } earlier && SpeakerGender.Of(context, earlier) == gender && gender != SpeakerGender.Gender.Unknown) return earlier;
        // Nor any earlier speaker: the last person the quote's paragraph names before it whose gender fits ("In his book, Prof Daniel X ...
        // explains the science. ... “...”, he says" in a feature about a goalkeeper the report writes as "she").
        if (first is not null && gender != SpeakerGender.Gender.Unknown && LastFittingInParagraph(context, quote.Start, gender) is { } near) return near;
        // Nor anyone in its paragraph: the person the report so far is most about among those it writes with that pronoun ("... were the
        // owner and his wife Nia Pell. ... / The film actress even joined the team. / ... She wrote: “...”" after the owner's quotes).
        if (first is not null && SpeakerSalience.MostSalientOfGender(context, quote.Start, gender) is { } salient) return salient;
        return first;
    }

    /// <summary>The last person named outside quotes between the start of the paragraph holding <paramref name="position"/> and it whose gender
    /// fits <paramref name="gender"/>; null when none does.</summary>
    private static string? LastFittingInParagraph(ExtractionContext context, int position, SpeakerGender.Gender gender)
    {
        int start = position > 0 ? context.Text.LastIndexOf('\n', position - 1) + 1 : 0;
        string? found = null;
        foreach (var (_, full) in SpeakerNames.SpeakersWithin(context, new TextSpan(start, position - start)))
            if (SpeakerGender.Fits(context, full, gender)) found = full;
        return found;
    }

    /// <summary>The person opening the sentence from <paramref name="sentenceStart"/> to the quote, when the words there hold a "he" or "she",
    /// no quotation mark and no other person; null otherwise.</summary>
    private static string? SameSentenceOpener(ExtractionContext context, int sentenceStart, int quoteStart)
    {
        var words = context.Text.AsSpan(sentenceStart, quoteStart - sentenceStart).TrimEnd(" “\"‘'");
        if (words.IndexOfAny("“”\"") >= 0 || !(words.Contains(" he ", StringComparison.Ordinal) || words.Contains(" she ", StringComparison.Ordinal))) return null;
        if (SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart) is not { } opener) return null;
        var key = PersonIndex.SurnameKey(opener);
        foreach (var mention in context.People.Within(new TextSpan(sentenceStart, quoteStart - sentenceStart)))
            if (PersonIndex.SurnameKey(context.People.FullName(context.People.NameOf(mention))) != key) return null;
        return opener;
    }

    private static IEnumerable<string?> PronounReadings(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd, SpeakerGender.Gender gender, string? spokenOf)
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
        // "Carusa, who now has nine international goals, was modest. “...,” she said.": the person the quote's paragraph sets it up with.
        if (LeadIn.Subject(context, quote) is { } lead) yield return lead;
        bool recent = previousSpeaker is not null && quote.Start - previousEnd < 800;
        int sentenceStart = SpeakerSalience.SentenceStart(context.Text, quote.Start);
        // "Put to the Liverpool boss that Ancelotti said ..., he said:": the pronoun's own sentence opens on a question put to a person.
        if (QuestionPutTo().Match(context.Text, sentenceStart, quote.Start - sentenceStart) is { Success: true } put)
        {
            var askedName = SpeakerMentions.LastPersonIn(context, put.Groups["who"].Index, put.Groups["who"].Length + 1);
            yield return askedName is not null ? context.People.FullName(askedName) : SpeakerSalience.Described(context, put.Groups["who"].Value, sentenceStart);
        }
        // "Guardiola was missing seven starters ... and he said: “...”": a pronoun before the quote in a sentence that opens on one person,
        // naming nobody else, stands for that person.
        if (sentenceStart < quote.Start && SameSentenceOpener(context, sentenceStart, quote.Start) is { } sentenceOpener) yield return sentenceOpener;
        // "Bernardo Silva has spoken of avenging that loss but De Bruyne insists that is not what motivates him. / He said: “...”": a person
        // who says or thinks something in a clause after "but", "while" or "however" in the sentence before has the floor, not its opener.
        if (ContrastSpeaker(context, sentenceStart, previousEnd) is { } contrast) yield return contrast;
        // The last quote ended in this sentence or the one before: "he" goes on from its speaker.
        if (recent && previousEnd >= SpeakerSalience.SentenceStart(context.Text, Math.Max(0, sentenceStart - 2))) yield return previousSpeaker;
        // After someone's quote, a sentence about another person's play, then a quote about "him" ("Tom Rhodes scored twice. / "He was
        // brilliant," he said"): the words are about the person named, not theirs, unless the sentence is about what that person says
        // or thinks ("held a similar view", "was keen to stress").
        int beforeStart = sentenceStart >= 2 ? SpeakerSalience.SentenceStart(context.Text, sentenceStart - 2) : sentenceStart;
        bool handsOn = !recent || !ThirdPerson().IsMatch(quote.Slice(context.Text)) || NarrativeSpeaker.ViewCue().IsMatch(context.Text.AsSpan(beforeStart, sentenceStart - beforeStart));
        // "Sem Vos scored twice. / He opened the scoring ..., and substitute Lee Gault added the third. / “...,” he said.", "Kenny, for his
        // part, was upbeat. The 20-year-old ... holding off Ward ... / “...,” he said.": the paragraph above goes on about the person who
        // opens it (or the paragraph it goes on from) with "he" or "she"; a name it mentions on the way is not the one the pronoun points to.
        if (handsOn && ParagraphSubjectGoingOn(context, quote.Start, previousEnd) is { } topic) yield return topic;
        // "Speaking after the match, Enyimba coach, Obinna Nwachukwu, said his team deserved the win. / “...,” he said.", "..., and the
        // Motherwell chairman, Bill Dickie, said the club would study the video. “...,” he said.": the name set off by commas before a verb
        // of reported speech in the sentence before has the floor, not the sentence's opener nor the last speaker.
        if (handsOn && ApposedSpeakerBefore(context, sentenceStart, previousEnd) is { } apposed) yield return apposed;
        // Someone else opened the sentence before: "Dennis covered the match on Saturday. Ahead of his commentary, he said: ..."
        if (handsOn) yield return SpeakerSalience.SubjectOfSentenceBefore(context, quote.Start);
        // "Furlong's colleagues had heard by the time he got home. / "...," he said.": the sentence before opens on a person's possessive and
        // goes on about "he" or "she", naming nobody else, so the pronoun is that owner, not the last speaker.
        if (handsOn && PossessiveOwnerGoingOn(context, sentenceStart, Math.Max(previousEnd, 0)) is { } owner) yield return owner;
        // Someone new named in the sentence before, after the last quote: "That is something Frank himself was keen to stress. / "...," he said."
        if (recent && handsOn) yield return SpeakerSalience.OnlyPersonInSentenceBefore(context, quote.Start);
        // The sentence before is about someone described, not named: "Manager Arteta was without five players. / Despite the selection
        // issues, the Spaniard will not rush into signings. / "...," he said."
        if (handsOn && NarrativeSpeaker.DescribedOpener().Match(context.Text, beforeStart, sentenceStart - beforeStart) is { Success: true } opener)
            yield return SpeakerSalience.DescribedManagerGoingOn(context, opener.Groups["who"].Value, beforeStart);
        // "Recent defeats may have upset some fans, but the coach says he has a long-term view. / "...," he explained.": a description
        // saying something in the sentence before is the person described.
        if (handsOn && DescribedSpeechInside().Match(context.Text, beforeStart, sentenceStart - beforeStart) is { Success: true } inside)
            yield return SpeakerSalience.Described(context, inside.Groups["who"].Value, beforeStart);
        // A newcomer, then a sentence of their reported speech, then the quote: "Northland resident Jack Barron joined his family at the
        // finale. He said he's been to a few games ... / "...," he said." Only a sentence of speech opening on the pronoun ties the
        // pronoun to the newcomer; "Jones scored twice. "...," he said" after Smith's quote stays Smith's.
        if (recent && sentenceStart >= 2)
        {
            int speechStart = SpeakerSalience.SentenceOpening(context.Text, sentenceStart - 2, sentenceStart);
            if (speechStart > previousEnd && PronounSpeech().IsMatch(context.Text.AsSpan(speechStart, Math.Min(40, context.Text.Length - speechStart)))
                && speechStart >= 2 && SpeakerSalience.SentenceStart(context.Text, speechStart - 2) > previousEnd)
                yield return SpeakerSalience.OnlyPersonInSentenceBefore(context, speechStart);
        }
        // "Kalyan agrees, arguing that ... / She relocated to Greece ... / "...," she said.": sentences about "she" go on about the person
        // the last named sentence since the last quote opened on.
        if (handsOn) yield return SubjectBeforePronounSentences(context, sentenceStart, Math.Max(previousEnd, 0));
        // "“...,” forward Mina Tanaka said. / Ikeda said the team could be proud ... / After all, ... / “...,” he said.": someone named
        // saying something since the last quote has taken the floor from its speaker.
        if (recent && handsOn) yield return ReportedSinceLastQuote(context, sentenceStart, previousEnd);
        // "“...,” said coach Frank Wiersma. / Hoekstra, to his credit, came over to the away end at the end. A few idiots whistled. / “...,”
        // he told the club website.": a paragraph since the last quote that opens on one person and names nobody else hands that person
        // the floor, when the quote opens the next paragraph.
        if (recent && handsOn && ParagraphAbout(context, quote.Start, previousEnd) is { } about) yield return about;
        if (recent) yield return previousSpeaker;
        // No quote close before: the one person the sentence before names, unless the quote talks about a third person ("For veterans like
        // Dorcas Shikobe, ..., this qualification is deeply personal. / “We didn’t want to disappoint the fans,” she said.").
        if (!recent && !ThirdPerson().IsMatch(quote.Slice(context.Text))) yield return SpeakerSalience.OnlyPersonInSentenceBefore(context, quote.Start);
        // Nor any quote close before: going back over the sentences that name nobody, or someone only after a "he" or "his", the first
        // that names someone is where the pronoun's chain starts ("The addition of Emil Forsberg signalled ... / The Swedish international
        // was decisive ..., but he was a non-factor. / In the build-up, he laid out his intentions. “...,” he said."), not the person the
        // report is most about.
        if (!recent) yield return ChainStart(context, sentenceStart, Math.Max(previousEnd, 0), gender);
        // "he said" with no earlier quote: the person the passage before the quote is about.
        yield return SpeakerSalience.MostSalientBefore(context, quote.Start);
    }

    /// <summary>Going back at most five sentences from <paramref name="sentenceStart"/>, within the quote's paragraph and the two above and
    /// not past <paramref name="limit"/> nor a quotation mark, the one person the first sentence naming someone (outside quotes, not only
    /// after a "he" or "she") names, when the report writes that person with the pronoun of <paramref name="gender"/> and names them more
    /// than once. Null when that sentence names several ("Vogts sent on Bierhoff ... and Bierhoff headed it down"), when the person's gender
    /// is not known to fit, when the name is written once only (a capitalised phrase misread as a name, "three Austrian Cups"), or when no
    /// sentence names anyone.</summary>
    private static string? ChainStart(ExtractionContext context, int sentenceStart, int limit, SpeakerGender.Gender gender)
    {
        if (gender == SpeakerGender.Gender.Unknown) return null;
        var text = context.Text;
        int start = sentenceStart, breaks = 0;
        for (int step = 0; step < 5 && start >= 2; step++)
        {
            int previous = SpeakerSalience.SentenceStart(text, start - 2);
            while (previous < start && text[previous] is ' ' or '\n') previous++;
            if (previous <= limit) return null;
            var words = text.AsSpan(previous, start - previous);
            if (words.IndexOfAny("“”\"") >= 0) return null;
            breaks += QuoteLayout.ParagraphBreaks(words);
            if (breaks > 2) return null;
            var named = SpeakerNames.SpeakersWithin(context, new TextSpan(previous, start - previous)).ToList();
            start = previous;
            // A sentence naming people only after its "he" goes on about the pronoun's person ("A long ball sent him clear, and X came out").
            if (named.All(m => SpeakerSalience.PronounBefore(text, previous, m.Mention.Start))) continue;
            var people = named.Select(m => m.FullName).Distinct().ToList();
            return people.Count == 1 && SpeakerGender.Of(context, people[0]) == gender && NamedAgain(context, people[0]) ? people[0] : null;
        }
        return null;
    }

    /// <summary>True when the report names the person outside quotes more than once: someone the passage follows, not a capitalised phrase
    /// the name finder read once as a name.</summary>
    private static bool NamedAgain(ExtractionContext context, string person)
    {
        var key = PersonIndex.SurnameKey(person);
        int count = 0;
        foreach (var mention in context.People.Mentions)
            if (!context.IsQuoted(mention.Start) && PersonIndex.SurnameKey(context.People.FullName(context.People.NameOf(mention))) == key && ++count > 1) return true;
        return false;
    }

    /// <summary>The person the paragraph before the quote at <paramref name="quoteStart"/> is about: the paragraph right above when the quote
    /// opens its own, else its own words before the quote. That paragraph must start after <paramref name="previousEnd"/>, hold no quotation
    /// mark, and after its first sentence speak of someone as "he"/"his" or "she"/"her"; its person is the one opening its first sentence, or,
    /// when it opens on "He" or "She", the one opening the paragraph above it. Null otherwise.</summary>
    private static string? ParagraphSubjectGoingOn(ExtractionContext context, int quoteStart, int previousEnd)
    {
        var text = context.Text;
        int paragraphStart = QuoteLayout.ParagraphStart(text, quoteStart);
        int start, end;
        if (QuoteLayout.IsParagraphStart(text, quoteStart))
        {
            if (paragraphStart < 2) return null;
            end = paragraphStart;
            start = QuoteLayout.ParagraphStart(text, paragraphStart - 2);
        }
        else (start, end) = (paragraphStart, quoteStart);
        if (start <= previousEnd || end <= start || text.AsSpan(start, end - start).IndexOfAny("\"“”") >= 0) return null;
        var words = text.AsSpan(start, end - start);
        string? topic;
        int goesOnFrom;
        if (words.StartsWith("He ") || words.StartsWith("She "))
        {
            if (start < 2) return null;
            int above = QuoteLayout.ParagraphStart(text, start - 2);
            if (above <= previousEnd || text.AsSpan(above, start - above).IndexOfAny("\"“”") >= 0) return null;
            topic = SpeakerSalience.SubjectOfSentenceAt(context, above);
            goesOnFrom = start;
        }
        else
        {
            topic = SpeakerSalience.SubjectOfSentenceAt(context, start);
            int firstEnd = start;
            while (firstEnd < end - 1 && !(text[firstEnd] is '.' or '!' or '?' && text[firstEnd + 1] is ' ' or '\n' && !(text[firstEnd] == '.' && SentenceStops.EndsInitialOrTitle(text, firstEnd)))) firstEnd++;
            goesOnFrom = firstEnd;
        }
        if (topic is null || !SpeakerNames.CanSpeak(context, topic)) return null;
        if (!ThirdPerson().IsMatch(text.AsSpan(goesOnFrom, end - goesOnFrom))) return null;
        return topic;
    }

    /// <summary>The person the paragraph right above the one opening on the quote at <paramref name="quoteStart"/> opens on, when that paragraph
    /// starts after <paramref name="previousEnd"/>, holds no quotation mark and names no other person outside quotes; null otherwise.</summary>
    private static string? ParagraphAbout(ExtractionContext context, int quoteStart, int previousEnd)
    {
        var text = context.Text;
        if (!QuoteLayout.IsParagraphStart(text, quoteStart)) return null;
        int paragraphStart = QuoteLayout.ParagraphStart(text, quoteStart);
        if (paragraphStart < 2) return null;
        int aboveStart = QuoteLayout.ParagraphStart(text, paragraphStart - 2);
        if (aboveStart <= previousEnd || text.AsSpan(aboveStart, paragraphStart - aboveStart).IndexOfAny("\"“”") >= 0) return null;
        if (SpeakerSalience.SubjectOfSentenceAt(context, aboveStart) is not { } opener || !SpeakerNames.CanSpeak(context, opener)) return null;
        var key = PersonIndex.SurnameKey(opener);
        foreach (var mention in context.People.Within(new TextSpan(aboveStart, paragraphStart - aboveStart)))
            if (!context.IsQuoted(mention.Start) && PersonIndex.SurnameKey(context.People.FullName(context.People.NameOf(mention))) != key) return null;
        return opener;
    }

    /// <summary>The person whose possessive opens the sentence before <paramref name="sentenceStart"/> ("Furlong's colleagues ..."), when that
    /// sentence starts after <paramref name="limit"/>, holds a third-person pronoun ("by the time he got home") and names no other person
    /// outside quotes; null otherwise.</summary>
    private static string? PossessiveOwnerGoingOn(ExtractionContext context, int sentenceStart, int limit)
    {
        if (sentenceStart < 2) return null;
        var text = context.Text;
        int start = SpeakerSalience.SentenceOpening(text, sentenceStart - 2, sentenceStart);
        if (start <= limit || start >= sentenceStart) return null;
        var opener = PossessiveOpener().Match(text, start, sentenceStart - start);
        if (!opener.Success) return null;
        var rest = text.AsSpan(opener.Index + opener.Length, sentenceStart - opener.Index - opener.Length);
        if (rest.IndexOfAny("“”\"") >= 0 || !ThirdPerson().IsMatch(rest)) return null;
        string? owner = null;
        foreach (var (mention, full) in SpeakerNames.SpeakersWithin(context, new TextSpan(start, sentenceStart - start)))
        {
            if (owner is not null && owner != full) return null;
            if (owner is null && !mention.Possessive) return null;
            owner = full;
        }
        return owner;
    }

    /// <summary>A sentence opening on a name's possessive and a lower-case noun: "Furlong's colleagues", "Tom Reed’s wife".</summary>
    [GeneratedRegex(@"\G(?<who>[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){0,3})['’]s\s+[\p{Ll}]")]
    private static partial Regex PossessiveOpener();

    /// <summary>The person named right before a verb of speech or thought in the last clause of the sentence before <paramref name="sentenceStart"/>
    /// that opens on "but", "while", "whereas" or "however", when that clause comes after the last quote; null otherwise.</summary>
    private static string? ContrastSpeaker(ExtractionContext context, int sentenceStart, int previousEnd)
    {
        if (sentenceStart < 2) return null;
        var text = context.Text;
        int before = SpeakerSalience.SentenceStart(text, sentenceStart - 2);
        Match? last = null;
        foreach (Match m in ContrastClause().Matches(text[before..sentenceStart])) last = m;
        if (last is null || before + last.Index <= previousEnd) return null;
        var who = last.Groups["who"];
        return SpeakerMentions.LastPersonIn(context, before + who.Index, who.Length + 1) is { } person && SpeakerNames.CanSpeak(context, person) ? context.People.FullName(person) : null;
    }

    /// <summary>A clause after "but", "while", "whereas" or "however" whose subject, ending in a capitalised name, says or thinks something:
    /// "but De Bruyne insists", "however ex-Southampton winger Mo Elyounoussi felt".</summary>
    [GeneratedRegex(@"\b(?:but|while|whereas|however,?)\s+(?<who>[^,;.!?“”""\n]{0,60}?[\p{Lu}][\p{L}'’-]+)\s+(?:(?:also|still|then)\s+)?(?:insists|insisted|says|said|believes|believed|feels|felt|thinks|thought|reckons|reckoned|admits|admitted|argues|argued|maintains|maintained|claims|claimed)\b")]
    private static partial Regex ContrastClause();

    /// <summary>Going back from the sentence before <paramref name="sentenceStart"/> over sentences that open on "He"/"She" (at most three, not
    /// past <paramref name="limit"/>), the person who opens the first sentence that does not; null when none does.</summary>
    private static string? SubjectBeforePronounSentences(ExtractionContext context, int sentenceStart, int limit)
    {
        var text = context.Text;
        int step = 0;
        foreach (var (previous, start) in SentencesBefore(text, sentenceStart, limit))
        {
            var opening = text.AsSpan(previous, Math.Min(5, text.Length - previous));
            if (!(opening.StartsWith("He ") || opening.StartsWith("She "))) return step == 0 ? null : SpeakerSalience.SubjectOfSentenceBefore(context, start);
            step++;
        }
        return null;
    }

    /// <summary>Going back at most three sentences from <paramref name="sentenceStart"/>, not past <paramref name="limit"/>, the person who
    /// opens a sentence of reported speech ("Ikeda said the team could be proud"); null when none does.</summary>
    private static string? ReportedSinceLastQuote(ExtractionContext context, int sentenceStart, int limit)
    {
        var text = context.Text;
        foreach (var (previous, start) in SentencesBefore(text, sentenceStart, limit))
        {
            if (NamedSpeech().IsMatch(text.AsSpan(previous, Math.Min(80, start - previous)))) return SpeakerSalience.SubjectOfSentenceAt(context, previous);
        }
        return null;
    }

    /// <summary>The person named between commas before a verb of reported speech (<see cref="LeadIn.ApposedSpeaker"/>) in the sentence just
    /// before <paramref name="sentenceStart"/>, when that sentence starts after <paramref name="limit"/> and holds no quotation mark.</summary>
    private static string? ApposedSpeakerBefore(ExtractionContext context, int sentenceStart, int limit)
    {
        foreach (var (previous, start) in SentencesBefore(context.Text, sentenceStart, limit)) return LeadIn.ApposedSpeaker(context, previous, start);
        return null;
    }

    /// <summary>The (start, end) of each of the up to three sentences before <paramref name="sentenceStart"/>, nearest first, stopping before one that starts at or before <paramref name="limit"/>.</summary>
    private static IEnumerable<(int Start, int End)> SentencesBefore(string text, int sentenceStart, int limit)
    {
        int start = sentenceStart;
        for (int step = 0; step < 3 && start >= 2; step++)
        {
            int previous = SpeakerSalience.SentenceStart(text, start - 2);
            while (previous < start && text[previous] is ' ' or '\n') previous++;
            if (previous <= limit) yield break;
            yield return (previous, start);
            start = previous;
        }
    }

    /// <summary>A sentence opening on a name and a verb of speech with no quote mark after it: "Ikeda said the team ...", "Coach Lee Smith believes".</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:(?:also|then|later)\s+)?(?:said|says|told|tells|explained|admitted|insisted|believes|believed|feels|felt|thinks|thought)\b(?![,:]?\s*[\""“‘])")]
    private static partial Regex NamedSpeech();

    [GeneratedRegex(@"^(?:He|She)\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|added|explained|admitted|insisted|believes|feels|felt|thinks)\b")]
    private static partial Regex PronounSpeech();

    /// <summary>A sentence opening on a question put to someone: "Put to the Liverpool boss that ...", "Asked by reporters whether Klopp ...".</summary>
    [GeneratedRegex(@"\G\s*(?:When\s+)?(?:[Pp]ut\s+to|[Aa]sked|[Qq]uizzed|[Pp]ressed|[Qq]uestioned)\s+(?:by\s+\w+\s+)?(?:(?:about|on|whether|if)\b[^,]{0,80}?,\s+)?(?<who>(?:the\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:boss|manager|coach|head coach|captain|skipper|chairman|striker|forward|midfielder|defender|goalkeeper|keeper))|(?:[\p{Lu}][\p{L}'’-]+\s?){1,3})\b(?=\s+(?:that|whether|if|about|how|why|what)\b)")]
    private static partial Regex QuestionPutTo();

    /// <summary>A description saying something anywhere in a sentence: "..., but the coach says he has a long-term view".</summary>
    [GeneratedRegex(@"\b(?<who>the\s+(?:[\p{L}'’-]+\s+){0,2}?(?:manager|boss|coach|head coach|captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|chairman|president|owner|referee))\s+(?:also\s+)?(?:says|said|believes|believed|insists|insisted|admits|admitted|feels|felt|thinks|thought|explains|explained|reckons|warns|warned)\b")]
    private static partial Regex DescribedSpeechInside();

    [GeneratedRegex(@"\b(?:he|him|his|she|her)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPerson();
}
