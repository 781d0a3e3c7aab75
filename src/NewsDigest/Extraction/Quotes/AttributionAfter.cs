using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Attributions written after a quote, before the next one in its paragraph: ", Deschamps said", "said the Italian", ", he added", "according to his manager", "by the referee", a headline's ": Pep Guardiola hails".</summary>
internal static partial class AttributionAfter
{
    /// <summary>True when the attribution after the quote ends where the next quote of the paragraph opens, with only spaces between, and
    /// neither the quote's end nor the words before the verb hold a comma: the words set up the next quote.</summary>
    private static bool IntroducesNextQuote(ExtractionContext context, TextSpan quote, int afterEnd, int paragraphEnd, string afterText, Match afterMatch)
    {
        if (afterEnd >= paragraphEnd || quote.End + afterText.Length != afterEnd) return false;
        if (!afterText.AsSpan(afterMatch.Index + afterMatch.Length).IsWhiteSpace()) return false;
        var words = context.Text.AsSpan(quote.Start, quote.Length).TrimEnd();
        if (words.IsEmpty || words[^1] is not ('.' or '!' or '?')) return false;
        return afterText.AsSpan(0, afterMatch.Index + afterMatch.Length).IndexOfAny(",;:") < 0;
    }

    /// <summary>The speaker the words after the quote name; null when they attribute nothing.</summary>
    public static Attribution? Find(ExtractionContext context, TextSpan quote, int paragraphEnd, string? previousSpeaker, int previousEnd, IReadOnlyList<(string Name, int End)> speakers)
    {
        var text = context.Text;
        int afterEnd = Math.Min(paragraphEnd, QuoteLayout.NextQuoteStart(context, quote.End) ?? paragraphEnd);
        var afterText = text.AsSpan(quote.End, Math.Max(0, Math.Min(afterEnd, quote.End + 140) - quote.End)).ToString();
        // "“...,” the statement read.", "“...,” read a family statement.": a document's words, no person's.
        if (DocumentAfter().IsMatch(afterText)) return new Attribution(null);
        // "“...,” Luis Campos, who is effectively the club's sporting director, told broadcaster Canal Plus.", "“...,” Paglia, a senior, said":
        // a name, a clause or a description set between commas, then the verb: the name speaks (the verb patterns below allow no comma
        // between a name and its verb). Read on a longer window, as the clause between the commas may run long.
        var apposedWindow = text.AsSpan(quote.End, Math.Max(0, Math.Min(afterEnd, quote.End + 240) - quote.End)).ToString();
        // Not after a quote closed on its own stop, where a new sentence may tell what the person said next ("“We won.” Reed, the captain, said
        // the team ...").
        if (!text.AsSpan(quote.Start, quote.Length).TrimEnd().EndsWith(".") && NameApposedBeforeVerb().Match(apposedWindow) is { Success: true } apposedSubject
            && SpeakerMentions.LastPersonIn(context, quote.End + apposedSubject.Groups["who"].Index, apposedSubject.Groups["who"].Length + 1) is { } apposedSpeaker
            && SpeakerNames.CanSpeak(context, apposedSpeaker)) return new Attribution(apposedSpeaker);
        var afterMatch = SaidAfter().Match(afterText);
        // "... "dumb goals" while coach Thomas Tuchel said: "..."": an attribution ending in a colon introduces the next quote, not this one.
        if (afterMatch.Success && afterText.AsSpan(afterMatch.Index + afterMatch.Length).TrimStart().StartsWith(":")) afterMatch = Match.Empty;
        // "Director Sato said 「...」 Ito said 「...」": words after a quote closed on its own stop that run, with no stop or comma, straight
        // into the next quote's opening mark introduce that quote, as a colon does.
        if (afterMatch.Success && IntroducesNextQuote(context, quote, afterEnd, paragraphEnd, afterText, afterMatch)) afterMatch = Match.Empty;
        // "labeling the statement as “really poor” before his Sky colleague Jamie Carragher stated, “...”": words after the quote that open a
        // new clause ("before", "while") are someone else saying something else, not this quote's attribution.
        if (afterMatch.Success && afterMatch.Groups["who"].Success && NewClause().IsMatch(afterMatch.Groups["who"].Value)) afterMatch = Match.Empty;
        // "“... and still we won.” The Czech coach Dušan Uhrín said his team had been “...”": after a quote closed on its own stop, a new
        // sentence whose verb of speech goes on into reported words tells what someone else said, not who said this quote.
        if (afterMatch.Success && NewReportedSentence(text, quote.End, afterText, afterMatch)) afterMatch = Match.Empty;
        if (afterMatch.Success)
        {
            // "A Kestrel spokesman was less measured. “...,” he said.", "A club official ... said the club would appeal. “...,” the official
            // said.": the unnamed person the sentence before brought in goes on, whoever else is named near.
            if (IndefiniteSpeaker.GoesOnAfter(context, quote, afterMatch.Groups["pronoun"].Success ? null : afterMatch.Groups["who"].Value)) return new Attribution(null);
            // "The Kestrel chairman was gracious. “...,” he said.": a side's official the report never names.
            if (afterMatch.Groups["pronoun"].Success && LeadIn.UnnamedSubject(context, quote)) return new Attribution(null);
            if (afterMatch.Groups["pronoun"].Success) return new Attribution(PronounResolver.Pronoun(context, quote, previousSpeaker, previousEnd, SpeakerGender.OfPronoun(afterMatch.Groups["pronoun"].ValueSpan), SpokenOf(context, quote.End, afterText)));
            // The last name of the phrase: "Jayhawks coach Brandon Schneider said", "said Portugal head coach Roberto Martinez".
            // "the Peamount United captain wrote": a description ending in its role word names a club or country, not the speaker.
            // "“...,” they added" after a quote no person said (a club statement, a spokesperson): nobody named goes on.
            if (SpeakerContinuity.NoPersonGoesOn(context, afterMatch.Groups["who"].Value, quote.Start)) return new Attribution(null);
            // "“...,” a spokesman said": someone the report does not name.
            if (UnnamedSpeaker().IsMatch(afterMatch.Groups["who"].Value)) return new Attribution(null);
            // "“...,” said one player, speaking anonymously", "asked one affected footballer": an indefinite noun after the verb is someone the
            // report does not name, whoever was quoted before.
            if (UnnamedAfterVerb().IsMatch(afterMatch.Groups["who"].Value.Trim())
                && SpeakerMentions.LastPersonIn(context, quote.End + afterMatch.Groups["who"].Index, afterMatch.Groups["who"].Length + 1) is null) return new Attribution(null);
            // "“...,” APL said in October": a body speaks, and no person does.
            if (SpeakerNames.IsBody(context, afterMatch.Groups["who"].Value)) return new Attribution(null);
            // "“...,” the club said": a group speaks, not the person the description might otherwise point to.
            if (GroupSpeakers.IsGroup(afterMatch.Groups["who"].Value)) return new Attribution(null);
            // "'...,' said the Kerry boss, Johnny Brosnan.": a description with the speaker's name in apposition after it.
            var who = afterMatch.Groups["who"];
            if (SpeakerDescriptions.IsDescription(who.Value) && ApposedName().Match(afterText, who.Index + who.Length) is { Success: true } apposed
                && SpeakerMentions.FirstPersonIn(context, quote.End + apposed.Groups["name"].Index, apposed.Groups["name"].Length) is { } apposedName
                && SpeakerNames.CanSpeak(context, apposedName)) return new Attribution(apposedName);
            var named = SpeakerDescriptions.DescribedRole(afterMatch.Groups["who"].Value) ? null : SpeakerMentions.LastPersonIn(context, quote.End + afterMatch.Groups["who"].Index, afterMatch.Groups["who"].Length + 1);
            if (named is not null) return new Attribution(named);
            if (LoneSurname(context, afterMatch.Groups["who"].Value, quote.Start) is { } lone) return new Attribution(lone);
            // "the former England midfielder added": "added" says the speaker was quoted already, so the description points to an earlier speaker.
            if (SpeakerDescriptions.IsDescription(afterMatch.Groups["who"].Value) && GoesOn().IsMatch(afterMatch.Value) && SpeakerDescriptions.EarlierSpeaker(context, afterMatch.Groups["who"].Value, quote.Start, speakers) is { } earlier) return new Attribution(earlier);
            // "“...,” said the Bolton trainer afterwards", "said their chairman": a side's official the report never names.
            if (SpeakerDescriptions.IsDescription(afterMatch.Groups["who"].Value) && UnnamedRoleHolder.Is(context, afterMatch.Groups["who"].Value, quote.Start)) return new Attribution(null);
            // "Crespo said his team deserved more. “...,” the Argentine coach said.": the person the quote's paragraph sets it up with.
            if (SpeakerDescriptions.IsDescription(afterMatch.Groups["who"].Value) && LeadIn.Subject(context, quote) is { } lead) return new Attribution(lead);
            // "“...,” the 20-year-old said" right after that person's last quote, nobody else named between: the same speaker.
            if (SpeakerDescriptions.IsDescription(afterMatch.Groups["who"].Value) && previousSpeaker is not null && previousEnd >= 0 && quote.Start - previousEnd < 500
                && !context.People.Within(new TextSpan(previousEnd, quote.Start - previousEnd)).Any(m => !context.IsQuoted(m.Start))
                && !SpeakerDescriptions.RoleNamed(context, afterMatch.Groups["who"].Value, previousSpeaker)) return new Attribution(previousSpeaker);
            // "Younis did the rest, lashing it in. / “...,” the 18-year-old grinned": a player's description after the goal is its scorer.
            if (SpeakerDescriptions.IsDescription(afterMatch.Groups["who"].Value) && DescribedScorer.Of(context, afterMatch.Groups["who"].Value, quote.Start) is { } scorer) return new Attribution(scorer);
            // "said the Italian", "the Arsenal manager said": a description of someone the passage is about.
            if (SpeakerDescriptions.IsDescription(afterMatch.Groups["who"].Value) && SpeakerSalience.Described(context, afterMatch.Groups["who"].Value, quote) is { } described) return new Attribution(described);
        }
        // "“Doesn’t always matter, always a transitional team,” was Pep Guardiola’s assessment of United": the owner of the verdict said it.
        if (WasVerdictOf().Match(afterText) is { Success: true } verdict
            && SpeakerMentions.FirstPersonIn(context, quote.End + verdict.Groups["who"].Index, verdict.Groups["who"].Length + 1) is { } judge) return new Attribution(judge);
        // "“Really good” was how the boss summed up her performance": whoever summed up, described or put it that way said it.
        if (WasHowSaid().Match(afterText) is { Success: true } how)
        {
            var who = how.Groups["who"];
            if (SpeakerMentions.LastPersonIn(context, quote.End + who.Index, who.Length + 1) is { } summer) return new Attribution(summer);
            if (SpeakerDescriptions.IsDescription(who.Value) && SpeakerSalience.Described(context, who.Value, quote.Start) is { } described) return new Attribution(described);
        }
        // "'It's insane': Pep Guardiola hails ...": a headline's quote before a colon is said by the name after it.
        if (HeadlineSpeakerAfter().Match(afterText) is { Success: true } headline
            && SpeakerMentions.FirstPersonIn(context, quote.End + headline.Groups["who"].Index, headline.Groups["who"].Length + 1) is { } headlineSpeaker) return new Attribution(headlineSpeaker);
        // "United 'belong' in Women's Champions League, says boss Marc Skinner": the sentence ends on who says it.
        if (SaysAtSentenceEnd().Match(afterText) is { Success: true } saysEnd
            && SpeakerMentions.LastPersonIn(context, quote.End + saysEnd.Groups["who"].Index, saysEnd.Groups["who"].Length + 1) is { } endSayer) return new Attribution(endSayer);
        // "..." according to his manager: a description again.
        var accordingMatch = AccordingToAfter().Match(afterText);
        if (accordingMatch.Success)
        {
            var according = accordingMatch.Groups["who"];
            var named = SpeakerMentions.LastPersonIn(context, quote.End + according.Index, according.Length + 1);
            if (named is not null) return new Attribution(named);
            if (SpeakerDescriptions.IsDescription(according.Value) && SpeakerSalience.Described(context, according.Value, quote.Start) is { } described) return new Attribution(described);
        }
        // A phrase put on someone passively: "deemed a "careless challenge" by the referee".
        var byMatch = ByWhom().Match(afterText);
        if (byMatch.Success && QuoteCues.SentenceReportsSpeech(text, quote))
        {
            var by = byMatch.Groups["who"];
            var named = SpeakerMentions.LastPersonIn(context, quote.End + by.Index, by.Length + 1);
            if (named is not null) return new Attribution(named);
            if (SpeakerDescriptions.IsDescription(by.Value) && SpeakerSalience.Described(context, by.Value, quote.Start) is { } described) return new Attribution(described);
        }
        return null;
    }

    /// <summary>"“...,” said Park after the match", "“...,” Arena said": one capitalised word the name finder does not read as a name on its
    /// own, as it is also a common word ("Park", "Arena"), but which the only fuller name the report gives holds ("Park Seong-min", "coach
    /// Bruce Arena"), named before the quote outside quotes: that person speaks. Null otherwise.</summary>
    private static string? LoneSurname(ExtractionContext context, string who, int quoteStart)
    {
        var word = who.Trim();
        if (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) return null;
        var full = context.People.FullName(word);
        if (full == word || full.IndexOf(' ') < 0 || !SpeakerNames.CanSpeak(context, full)) return null;
        foreach (var mention in context.People.Mentions)
        {
            if (mention.End > quoteStart) break;
            if (!context.IsQuoted(mention.Start) && context.People.FullName(context.People.NameOf(mention)) == full) return full;
        }
        return null;
    }

    /// <summary>True when the quote's own words (ending at <paramref name="quoteEnd"/>) end on a stop, the words after its closing mark open a
    /// new sentence on a capital (not "he" or "she"), and the verb of speech is followed by the opening of reported words ("said his team",
    /// "said that", "added that it").</summary>
    internal static bool NewReportedSentence(string text, int quoteEnd, string afterText, Match afterMatch)
    {
        int last = quoteEnd - 1;
        while (last >= 0 && char.IsWhiteSpace(text[last])) last--;
        if (last < 0 || text[last] is not ('.' or '!' or '?')) return false;
        if (afterMatch.Groups["pronoun"].Success || !afterMatch.Groups["who"].Success) return false;
        var who = afterMatch.Groups["who"];
        if (!char.IsUpper(who.Value[0])) return false;
        // Only marks and spaces between the closing mark and the new sentence.
        if (!afterText.AsSpan(0, who.Index).Trim("\"”’' ").IsEmpty) return false;
        if (who.Index + who.Length > afterMatch.Index + afterMatch.Length - 1) return false;
        return ReportedOpening().IsMatch(afterText.AsSpan(afterMatch.Index + afterMatch.Length));
    }

    /// <summary>The first words after a verb of speech that open reported words: "that", a pronoun or a determiner.</summary>
    [GeneratedRegex(@"^\s+(?:that|his|her|their|its|the|it|he|she|they|there|this|these|a|an|we|what|how|why|whether|if)\b")]
    private static partial Regex ReportedOpening();

    /// <summary>The person a "he said of Xavi" speaks about, who is therefore not the speaker; null when the attribution names nobody so.</summary>
    private static string? SpokenOf(ExtractionContext context, int afterStart, string afterText)
    {
        var m = SaidOf().Match(afterText);
        return m.Success ? SpeakerMentions.FirstPersonIn(context, afterStart + m.Groups["of"].Index, m.Groups["of"].Length + 1) : null;
    }

    /// <summary>Right after the quote, a capitalised name, then a comma, a relative clause or a description ("who ...", "a ...", "the ...",
    /// "an ...", "his/her ..."), a comma and a verb of speech: "“...,” Messi, who will turn 37 this summer, said".</summary>
    [GeneratedRegex(QuoteTail + @"(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3}),\s+(?:who|a|an|the|his|her)\s(?:[^""“”‘’\n.!?,]|[.](?!\s)|,(?!\s+(?:" + AttributionVerbs.Verbs + @")\b))+?,\s+(?:" + AttributionVerbs.Verbs + "|" + AttributionVerbs.AfterQuoteVerbs + @")\b")]
    private static partial Regex NameApposedBeforeVerb();

    [GeneratedRegex(QuoteTail + @"(?:(?:" + AttributionVerbs.Verbs + "|" + AttributionVerbs.AfterQuoteVerbs + @")\s+(?<who>the\s+\d+-year-old\b[\p{L}'’. -]{0,60}?|(?:the\s+)?[\p{L}'’. -]{2,80}?)(?=[,.;:]|\s+(?:after|when|as|in|on|at|who|before|to)\b|\s+of\b(?!\s+[\p{Lu}])|$)|(?:as\s+)?(?:(?<pronoun>he|she)|(?<who>[\p{Lu}][\p{L}'’. -]{1,60}?|the\s+[\p{L}\p{N}'’ -]{2,60}?))\s+(?:" + AttributionVerbs.Verbs + "|" + AttributionVerbs.AfterQuoteVerbs + @"|also said|later said|then said|has said|had said|would later say|put it)\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex SaidAfter();

    [GeneratedRegex(QuoteTail + @"(?:he|she)\s+(?:said|says|spoke|added|joked)\s+of\s+(?<of>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})", RegexOptions.IgnoreCase)]
    private static partial Regex SaidOf();

    /// <summary>The rest of a quote's sentence ending on ", says" and who: "'belong' in Women's Champions League, says boss Marc Skinner".</summary>
    [GeneratedRegex(@"^['’""”]?[^.!?\n""“”‘’]{0,80}?,\s+(?:says|said|admits|insists|claims|warns|reveals)\s+(?<who>(?:[a-z-]+\s+){0,3}(?:[\p{Lu}][\p{L}'’-]+)(?:\s[\p{Lu}][\p{L}'’-]+){0,3})\s*(?:[.\n]|$)")]
    internal static partial Regex SaysAtSentenceEnd();

    /// <summary>After a headline's quote, a colon and a name with a verb of speech: "'It's insane': Pep Guardiola hails ...".</summary>
    [GeneratedRegex(@"^['’""”]?:\s+(?<who>(?:[\p{Lu}][\p{L}'’-]+\s){0,2}[\p{Lu}][\p{L}'’-]+)\s+(?:hails|says|admits|insists|slams|blasts|reveals|claims|warns|urges|praises|explains|vows|defends|responds|reacts|laments|backs|tells|believes|feels|rues|bemoans|questions|issues|sends|fires|aims)\b")]
    internal static partial Regex HeadlineSpeakerAfter();

    /// <summary>Right after a description, a name between a comma and the end of the attribution: ", Johnny Brosnan." in "said the Kerry boss, Johnny Brosnan.".</summary>
    [GeneratedRegex(@"\G,\s+(?<name>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3})\s*(?:[.,;:!?]|$)")]
    private static partial Regex ApposedName();

    [GeneratedRegex(@"\b(?:added|adds|continued|went on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoesOn();

    [GeneratedRegex(QuoteTail + @"according to\s+(?<who>(?:(?:the|his|her|their)\s+)?[\p{L}'’ -]{2,60}?)(?=[,.;:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingToAfter();

    [GeneratedRegex(@"^[""”’'\s]{0,3}by\s+(?<who>(?:the\s+)?[\p{L}'’ -]{2,40}?)(?=[,.;:]|$|\s+(?:after|before|who|for|as|in|on|at|during|when|and)\b)")]
    private static partial Regex ByWhom();

    /// <summary>Documents that speak for no person ("the statement read", "the match report said"), as a regex alternation.</summary>
    /// <summary>What may stand between a quote's closing mark and its attribution: spaces, stray marks, the quote's own stop or comma, and the
    /// dash translated copy sets there ("«...», – noted Belyakov").</summary>
    private const string QuoteTail = @"^[\s""”’',.!?\-–—]*";

    internal const string DocumentNouns = "statement|report|release|letter|message|notice|communiqu[eé]";

    /// <summary>A document as the quote's attribution after it: "the statement read", "their statement said", "read a family statement",
    /// "said the club's statement" is not one (a named owner), nor "said Marsh in a statement" (a person speaking in it).</summary>
    [GeneratedRegex(QuoteTail + @"(?:(?:read|reads|said|says|stated|states|added|adds|continued)\s+(?:a|an|the|their|his|her|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:" + DocumentNouns + @")\b|(?:the|a|an|their|his|her|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:" + DocumentNouns + @")\s+(?:(?:also|then)\s+)?(?:read|reads|said|says|stated|states|added|adds|continued)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentAfter();

    /// <summary>Someone the report does not name: "A spokesperson said:", "a club source told", "one official added".</summary>
    [GeneratedRegex(@"(?:^|[\s,.;])(?:[Aa]n?|[Oo]ne)\s+(?:[\p{L}-]+\s+){0,3}?(?:spokesperson|spokesman|spokeswoman|source|insider|official|representative|statement|fan|supporter)\b(?:\s+(?:for|from|of|at)\s+[^,:\n]{1,40}?)?\s+(?:(?:also|then|later)\s+)?(?:said|says|told|tells|added|adds|stated|read|reads|explained)\b")]
    internal static partial Regex UnnamedSpeaker();

    /// <summary>Who the verb after a quote names, when it is an indefinite noun phrase ending on a lower-case word: "one player", "a club
    /// representative", "another fan"; the caller also asks that no person be named in it ("a delighted Marsh Sunday evening").</summary>
    [GeneratedRegex(@"^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'’-]+\s+){0,3}[a-z][\p{L}-]*(?:\s+(?:of|from|at|for|in|on)\s+[^,.;:!?]{1,80})?$")]
    private static partial Regex UnnamedAfterVerb();

    /// <summary>A lower-case conjunction opening the words after a quote: "before his colleague X stated", "while Y said".</summary>
    [GeneratedRegex(@"^\s*(?:before|while|whereas|after|although|though|when|but|and)\s")]
    private static partial Regex NewClause();

    /// <summary>Right after the quote, "was how the boss summed up ...", "is how Slot described it": who put it that way.</summary>
    [GeneratedRegex(@"^[\s,.!?'’”""]{0,4}(?:was|is)\s+how\s+(?<who>(?:the\s+|his\s+|her\s+)?[\p{L}'’. -]{2,60}?)\s+(?:summed|sums|described|describes|put|puts|assessed|assesses|explained|explains|saw|sees|rated|rates|reflected|reflects|characteri[sz]ed|labell?ed|viewed|greeted|reacted|responded|began|opened|ended)\b")]
    internal static partial Regex WasHowSaid();

    /// <summary>Right after the quote, "was X’s assessment" or "were the words of X": a noun for the words just quoted owned by their speaker.</summary>
    [GeneratedRegex(@"^[\s,.!?'’”""]{0,4}(?:was|were|is)\s+(?:(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3})['’]s?\s+(?:[a-z-]+\s+)?(?:assessment|verdict|view|reaction|response|message|take|summary|description|words|answer|reply)|the\s+(?:[a-z-]+\s+)?(?:assessment|verdict|view|reaction|response|message|words|answer|reply)\s+of\s+(?:[a-z-]+\s+){0,3}?(?<who>[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,3}))\b")]
    private static partial Regex WasVerdictOf();
}
