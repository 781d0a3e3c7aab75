using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Reported speech leading into a quote in its own sentence: "He said United "look a long way off"", "Scholes insisted the side were "nowhere near"", "was praised by Ballantyne for a "fantastic" display", "..., labelling Lookman the "worst penalty taker"", "Norwich City Women's boss says ...".</summary>
internal static partial class ReportedSpeech
{
    /// <summary>The speaker the quote's own sentence reports; null when the sentence reports no one's speech.</summary>
    public static Attribution? Find(ExtractionContext context, TextSpan quote, int beforeStart, string beforeText, string? previousSpeaker, int previousEnd)
    {
        var text = context.Text;
        // A passive verb of speech before the quote names its speaker after "by": "Ichimura was praised by Ballantyne for a "fantastic" display".
        var passive = PassiveSpeech().Match(text, beforeStart, quote.Start - beforeStart);
        if (passive.Success && SpeakerMentions.LastPersonIn(context, passive.Groups["who"].Index, passive.Groups["who"].Length + 1) is { } praiser) return new Attribution(praiser);
        // Reported speech leading into a partial quote: "He said United "look a long way off"", "Scholes insisted the side were "nowhere near"".
        var subject = ReportedSpeechSubject(text, quote.Start, beforeStart);
        if (subject is { } who)
        {
            if (who.Pronoun) return new Attribution(PronounResolver.Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(text.AsSpan(who.Start, who.Length))));
            // "Palace said on Sunday that the forward had needed "25 stitches ..."", "Barca have admitted to hiring an "external consultant"": a
            // side's statement, nobody's in particular, however the name finder reads the side's name.
            if (SideSayer.IsSide(context, who.Start, who.Length)) return new Attribution(null);
            // "UEFA said it appointed an inspector to look at "a potential violation ..."": a body speaks, and no person does, unless the
            // sentence goes on to the person it speaks through ("UEFA has said ..., via its General Secretary, Theodore Theodoridis, ...").
            if (SpeakerNames.IsBody(context, text.Substring(who.Start, who.Length))
                && !context.People.Within(new TextSpan(who.Start + who.Length, quote.Start - who.Start - who.Length)).Any(m => !context.IsQuoted(m.Start) && !m.Possessive && SpeakerNames.CanSpeak(context, context.People.NameOf(m))))
                return new Attribution(null);
            // "Erik ten Hag says United ‘have to learn’": the subject's words may end a name that starts before them ("ten Hag").
            var named = SpeakerMentions.FirstPersonIn(context, who.Start, who.Length + 1) ?? SpeakerMentions.PersonEndingAt(context, who.Start + who.Length);
            if (named is not null) return new Attribution(named);
        }
        // "Gasperini did not hold back, labelling Lookman the "worst penalty taker"": a clause of speech with no subject of its own is said
        // by the subject of its sentence.
        // "Brazil manager Dorival Junior released his squad ... and in comments to the press stated that the striker was out with an injury
        // “that the club has not announced yet”": a second verb of speech joined by "and", with no subject of its own, is the sentence subject's.
        if (subject is null && (SpeechParticipleClause().IsMatch(beforeText) || CoordinatedSpeech().IsMatch(beforeText)))
        {
            int sentenceStart = SpeakerSalience.SentenceStart(text, quote.Start);
            int opening = text.AsSpan(sentenceStart, quote.Start - sentenceStart).IndexOf(", ");
            // "Leipzig sacked their director, saying he had shown a "lack of commitment"": the side the sentence opens on speaks, nobody in particular.
            if (SideOpens(context, sentenceStart, quote.Start) || (opening > 0 && SideOpens(context, sentenceStart + opening + 2, quote.Start))) return new Attribution(null);
            if ((SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart) ?? (opening > 0 ? SpeakerSalience.SubjectOfSentenceAt(context, sentenceStart + opening + 2) : null)) is { } sayer)
                return new Attribution(sayer);
        }
        // "Tunde Mentions 1 "Courageous" Moment in Final": a title-case headline's subject and capitalised verb before the quote on its line.
        int lineStart = QuoteLayout.ParagraphStart(text, quote.Start);
        if (subject is null && HeadlineSubjectVerb().Match(text, lineStart, quote.Start - lineStart) is { Success: true } headline
            && SpeakerMentions.FirstPersonIn(context, headline.Index, headline.Groups["verb"].Index + headline.Groups["verb"].Length - headline.Index) is { } headliner)
            return new Attribution(headliner);
        // "The Portuguese, who has had to be patient ..., said it was “terrific ...”": a description standing for one person, the subject of
        // a verb of speech, is the person the passage is about.
        // "The manager told the local paper he was "bitterly disappointed"" when the report names no manager and the passage is about a
        // scorer: someone the report does not name.
        if (subject is not { Pronoun: true } && ByUnnamedRoleHolder(context, quote)) return new Attribution(null);
        if (subject is not { Pronoun: true } && DescribedSpeaker().Match(text, SpeakerSalience.SentenceStart(text, quote.Start), quote.Start - SpeakerSalience.SentenceStart(text, quote.Start)) is { Success: true } describedSpeaker
            && SpeakerSalience.Described(context, describedSpeaker.Groups["who"].Value, describedSpeaker.Index) is { } person) return new Attribution(person);
        // Reported speech whose subject is a role ("Norwich City Women's boss says a heavy defeat "doesn't affect ..."", as standfirsts
        // open): the person the report gives that role, named later when the quote opens the report.
        if (subject is null && DescribedSubject(text, quote.Start) is { } role)
        {
            // A side's nickname or a cup in the headline before ("Gunners clinch Conti Cup ... / Boss pays tribute to fans’ ‘passion’") is nobody.
            bool nobodyBefore = !context.People.Mentions.Any(m => m.End <= quote.Start && !context.IsQuoted(m.Start) && SpeakerNames.CanSpeak(context, context.People.NameOf(m)));
            if (SpeakerSalience.Described(context, "the " + role, nobodyBefore ? text.Length : quote.Start) is { } described) return new Attribution(described);
        }
        return null;
    }

    /// <summary>True when the quote's sentence reports "they" (<see cref="GroupSpeakers.TheySay"/>) or a side saying it, as its subject before a verb of speech ("Palace said the forward had
    /// needed "") or as the subject of a sentence a clause of speech ends ("Leipzig sacked their director, saying he had shown a ""): a
    /// phrase a club's statement gives, quoted as nobody's.</summary>
    internal static bool BySide(ExtractionContext context, TextSpan quote)
    {
        var text = context.Text;
        if (GroupSpeakers.TheySay(text, quote.Start)) return true;
        int sentenceStart = SpeakerSalience.SentenceStart(text, quote.Start);
        int windowStart = Math.Max(Math.Max(QuoteLayout.ParagraphStart(text, quote.Start), quote.Start - 200), QuoteLayout.PreviousQuoteEnd(context, quote.Start) ?? 0);
        if (ReportedSpeechSubject(text, quote.Start, windowStart) is { } subject)
            return !subject.Pronoun && SideSayer.IsSide(context, subject.Start, subject.Length);
        var beforeText = text.AsSpan(windowStart, quote.Start - windowStart).TrimEnd("\"“‘'` ").ToString();
        if (!SpeechParticipleClause().IsMatch(beforeText) && !CoordinatedSpeech().IsMatch(beforeText)) return false;
        int opening = text.AsSpan(sentenceStart, quote.Start - sentenceStart).IndexOf(", ");
        return SideOpens(context, sentenceStart, quote.Start) || (opening > 0 && SideOpens(context, sentenceStart + opening + 2, quote.Start));
    }

    /// <summary>True when the words at <paramref name="start"/> open on a side's name and a verb in the past ("Leipzig sacked", "Kestrel have
    /// sacked"), with no second clause after it ("Zambia have disappointed ..., but captain X is optimistic, saying") and no role after the
    /// side ("Brazil manager X released his squad ... and stated").</summary>
    private static bool SideOpens(ExtractionContext context, int start, int quoteStart)
    {
        var m = SideThenPastVerb().Match(context.Text, start);
        return m.Success && m.Index + m.Length < quoteStart && !SecondClause().IsMatch(context.Text.AsSpan(m.Index + m.Length, quoteStart - m.Index - m.Length))
            && SideSayer.IsSide(context, m.Groups["who"].Index, m.Groups["who"].Length);
    }

    /// <summary>Capitalised words opening a clause, then a verb in the past: "Leipzig sacked", "Kestrel have sacked", "Harbour had".</summary>
    [GeneratedRegex(@"\G\s*(?<who>[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*){0,3})\s+(?:(?:have|has|had)\s+)?[a-z]+ed\b")]
    private static partial Regex SideThenPastVerb();

    /// <summary>A second clause with a subject of its own: ", but", ", while", ", as", " and then".</summary>
    [GeneratedRegex(@"(?:,\s+(?:but|while|whereas|as|although|though|and)\s)|\s(?:but|while|whereas)\s")]
    private static partial Regex SecondClause();

    /// <summary>True when the quote's sentence opens on a manager's or captain's description saying it ("The gaffer said afterwards that he was
    /// "") and <see cref="UnnamedRoleHolder"/> finds nobody the report names who can hold that role: the words of someone unnamed.</summary>
    internal static bool ByUnnamedRoleHolder(ExtractionContext context, TextSpan quote)
    {
        var text = context.Text;
        int sentenceStart = SpeakerSalience.SentenceStart(text, quote.Start);
        if (DescribedSayer().Match(text, sentenceStart, quote.Start - sentenceStart) is { Success: true } described
            && UnnamedRoleHolder.Is(context, described.Groups["who"].Value, described.Index)) return true;
        // "Cracovia's spokesman said in a statement that the club "condemns ..."", "Al-Kuwait coach told KUNA the victory came "thanks to
        // ..."": a side's role written without "the", with the side's possessive or its bare name, is the same description.
        return SideRoleSayer().Match(text, sentenceStart, quote.Start - sentenceStart) is { Success: true } sideRole
            && !context.People.Within(new TextSpan(sideRole.Groups["side"].Index, sideRole.Groups["side"].Length)).Any(m => context.People.FullName(context.People.NameOf(m)).Contains(' ') && SpeakerNames.CanSpeak(context, context.People.NameOf(m)))
            && UnnamedRoleHolder.Is(context, "the " + sideRole.Groups["side"].Value + " " + sideRole.Groups["role"].Value, sideRole.Index);
    }

    /// <summary>A sentence opening on a side's name, possessive or bare, and a role word, with no name after it, then a verb of speech:
    /// "Cracovia's spokesman said", "Al-Kuwait coach told KUNA", "Trelleborg's chairman, who had spent the half pacing, said only".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:But|And|Yet|Still|So|Later)\s+)?(?<side>[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*){0,2})(?:['’]s)?\s+(?<role>coach|manager|boss|chairman|president|secretary|spokesman|spokeswoman|spokesperson|trainer)(?:,\s+(?:who|whose)\s+[^,.!?\n""“”]{1,100},)?\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|told|tells|stated|declared|added|adds|explained)\b")]
    private static partial Regex SideRoleSayer();

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
        // Or a pronoun in a clause leading into the quote: "... created several headlines as he labelled the officiating a "disgrace"". The
        // pronoun is the person whose words the sentence opens on ("Arteta's post-match outburst ..."), else whoever "he" points to.
        if (!m.Success && PronounClauseSpeech().Match(text, sentenceStart, quoteStart - sentenceStart) is { Success: true } pronounClause)
            return PossessiveOpener().Match(text, sentenceStart, quoteStart - sentenceStart) is { Success: true } owner
                ? (false, owner.Groups["who"].Index, owner.Groups["who"].Length)
                : (true, pronounClause.Groups["pronoun"].Index, pronounClause.Groups["pronoun"].Length);
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

    [GeneratedRegex(@"\b(?:was|were|been|being)\s+(?:praised|criticised|criticized|described|called|labelled|labeled|branded|hailed|slammed|blasted|dubbed|lauded|singled out)\s+by\s+(?:[a-z]+\s+){0,2}(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})(?=[^""“‘]{0,40}[""“‘']?$)")]
    private static partial Regex PassiveSpeech();

    /// <summary>A clause after a comma whose subject says something: "while manager Edin Terzic said his side", "and Bayern boss Tom Ziegler insisted",
    /// "with midfielder Emily Sonnett describing her as the".</summary>
    [GeneratedRegex(@"^(?:(?:while|and|but|whereas|although|though)\s+)?(?:[a-z-]+\s+){0,3}?(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}?(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|added|admitted|admits|insisted|insists|claimed|claims|told|tells|described|describes|describing|called|calls|calling|labelled|labelling|labeling|branded|branding|dubbing|believes|feels|felt|warned|warns|stated|declared|conceded|revealed|reveals|explained|explains|suggested|suggests|argued|wrote|promised|vowed|hailed|praised|lamented|bemoaned|complained)\b")]
    private static partial Regex ClauseSubjectThenSpeech();

    [GeneratedRegex(@"^[^\p{L}]{0,3}(?:(?:However|But|Still|Yet|Later|Afterwards|Meanwhile),\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s){1,3}(?:(?!(?:said|says|told|tells|added|adds|insisted|insists|admitted|admits|claimed|claims|revealed|reveals|explained|explains|believes|feels|felt)\s)[a-z-]+\s){1,2})?(?:(?<pronoun>[Hh]e|[Ss]he)|(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3}))(?:,[^,]{1,60},)?\s+(?:(?:also|then|later|has|have|had|previously|once|bluntly|openly|even|did|does)\s+)*(?:said|says|added|admit|admitted|admits|insisted|insists|claimed|claims|told|tells|described|describes|called|calls|labelled|branded|deemed|believes|believed|feels|felt|warned|warns|stated|declared|conceded|revealed|reveals|explained|explains|suggested|suggests|argued|wrote|promised|vowed|hailed|hails|praised|praises|defended|cited|citing|urged|asked|dismissed|criticised|criticized|slammed|slams|blasted|blasts|accused|joked|mocked|questioned|lamented|laments|bemoaned|bemoans|complained|complains|rued|rues|fears|feared|labeling|labelling|calling|describing|branding|dubbing|apologi[sz]e[sd]?|apologies|proud of|delighted with|delighted by|happy with|pleased with)\b")]
    private static partial Regex SubjectThenSpeech();

    /// <summary>A sentence whose subject is a description of one person, with or without a who-clause, saying the quote: "The Portuguese,
    /// who has had to be patient ..., said it was "", "After the game, the 26-year-old admitted the side had been "".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:But|And|Yet|Still|So)\s+)?(?:[^,.!?\n""“”]{1,60},\s+)?(?<who>[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:" + NarrativeSpeaker.DescriptionHeads + @"))(?:,\s+(?:who|whose)\s+[^,.!?\n""“”]{1,100},)?\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|admitted|admits|insisted|insists|claimed|claims|told|tells|described|describes|called|calls|labelled|believes|believed|feels|felt|warned|warns|stated|declared|conceded|revealed|reveals|explained|explains|suggested|suggests|hailed|hails|praised|praises|lamented|laments|bemoaned|complained)\b[^.!?\n""“”]{0,100}[""“‘']?$")]
    private static partial Regex DescribedSpeaker();

    /// <summary>A sentence opening on a description of one person and a verb of speech, with anything after it up to the quote (an earlier
    /// quote of the sentence too), after an opening clause or a time ("After the game the gaffer said"): "The gaffer said afterwards that he
    /// was "proud of the reaction" and that the lads were "".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:But|And|Yet|Still|So)\s+)?(?:(?:[^,.!?\n""“”]{1,60},|(?:After|Before|At|In|On)\s+(?:the|his|her)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+)?(?<who>[Tt]he\s+(?:[\p{L}\d'’-]+\s+){0,2}?(?:" + NarrativeSpeaker.DescriptionHeads + @"))\s+(?:(?:also|then|later|has|had)\s+)?(?:said|says|admitted|admits|insisted|insists|claimed|claims|told|tells|described|describes|called|calls|believes|believed|feels|felt|warned|warns|stated|declared|conceded|explained|explains|added|adds)\b")]
    private static partial Regex DescribedSayer();

    /// <summary>A title-case headline line opening on a name and a capitalised verb of speech, up to the quote: "Tunde Mentions 1 "".</summary>
    [GeneratedRegex(@"\G\s*[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,2}\s(?<verb>Says|Mentions|Hails|Admits|Reveals|Insists|Praises|Slams|Blasts|Claims|Warns|Urges|Explains|Laments|Lauds|Describes)\s[^\n""“”]{0,80}[""“‘']?$")]
    private static partial Regex HeadlineSubjectVerb();

    [GeneratedRegex(@"\G[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,2}(?::|\s[—–-])\s+(?=[\p{Lu}])")]
    private static partial Regex Dateline();

    /// <summary>A participle clause of speech right before a quote: ", labelling Lookman the ", ", calling it a ", ", describing the
    /// display as ".</summary>
    [GeneratedRegex(@",\s+(?:labelling|labeling|calling|describing|branding|dubbing|deeming|saying|stating|insisting|claiming|admitting|adding|warning|urging)\b[^.!?\n""“]{0,50}$")]
    private static partial Regex SpeechParticipleClause();

    /// <summary>"and" and lower-case words, then a verb of speech with no subject of its own, running into the quote: "... and in comments to
    /// the press stated that the striker was out ", "... and said the side had been "".</summary>
    [GeneratedRegex(@"\band\s+(?:[a-z][\w'’-]*\s+){0,6}?(?:said|stated|told|added|claimed|insisted|admitted|explained|revealed|warned|declared|conceded)\b[^.!?\n""“”]{0,100}$")]
    private static partial Regex CoordinatedSpeech();

    /// <summary>A sentence opening on a side's role holder who says something: "Norwich City Women's boss says", "The Lionesses manager insisted".</summary>
    [GeneratedRegex(@"\G(?:The\s+|the\s+)?(?:(?:[\p{Lu}][\p{L}'’-]*\s+){1,4}(?<role>manager|boss|coach|head coach|captain|skipper|chairman|owner|president)|(?<role>Manager|Boss|Coach))\s+(?:has\s+|also\s+)?(?:says|said|admits|admitted|insists|insisted|believes|feels|claims|claimed|warns|warned|reveals|revealed|concedes|conceded|laments|lamented|hails|hailed|pays tribute|paid tribute)\b")]
    private static partial Regex DescriptionThenSpeech();

    /// <summary>"as he labelled the officiating a ", "when she described it as ": a pronoun saying something in a clause that runs into the quote.</summary>
    [GeneratedRegex(@"\b(?:as|when|while|after|because|and|but|so)\s+(?<pronoun>he|she)\s+(?:(?:also|then|later|had|has)\s+)?(?:said|says|labelled|labeled|labels|described|describes|called|calls|branded|brands|dubbed|deemed|admitted|admits|insisted|insists|claimed|claims|warned|warns|declared|conceded|concedes|revealed|reveals|explained|explains|suggested|argued|wrote|promised|vowed|hailed|praised|slammed|blasted|urged|joked|lamented|complained)\b[^.!?\n""“”]{0,80}[""“‘']?$")]
    private static partial Regex PronounClauseSpeech();

    /// <summary>A sentence opening on a name's possessive: "Arteta's post-match outburst", "Tom Reed’s words".</summary>
    [GeneratedRegex(@"\G\s*(?<who>[\p{Lu}][\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+){0,3})['’]s\s")]
    private static partial Regex PossessiveOpener();
}
