using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Finds the speaker of one quote by trying, in order, the words after it, the words or heading before it, an interview's question above, the paragraph under it, the quote before going on, reported speech in its sentence and a narrative paragraph above; failing all of them, the ranker chooses among the names around it.</summary>
internal sealed partial class SpeakerFinder(ISpeakerRanker? ranker)
{
    /// <summary>The quote's speaker; <paramref name="inferred"/> is true when no words around the quote attribute it (a speaker carried over
    /// from the quote before, the ranker's choice, or the last speaker), so an attribution after a continuing paragraph may overrule it.</summary>
    public string? Find(ExtractionContext context, TextSpan quote, string? previousSpeaker, int previousEnd, IReadOnlyList<(string Name, int End)> speakers, out bool inferred)
    {
        inferred = false;
        var text = context.Text;
        int paragraphStart = QuoteLayout.ParagraphStart(text, quote.Start), paragraphEnd = QuoteLayout.ParagraphEnd(text, quote.End);
        // "“I was 11 and I lost a shoe.” – @oldfan_1961", "“...” — Jane Doe": a quote opening its paragraph and signed after a dash at its end.
        if (Signature(context, quote, paragraphEnd) is { } signed) return signed;
        // After the quote, before the next one: ", Deschamps said", "said Southgate", ", he added".
        if (AttributionAfter.Find(context, quote, paragraphEnd, previousSpeaker, previousEnd, speakers) is { } after) return after.Speaker;
        // Before the quote in its paragraph: "Southgate said:", "Deschamps told reporters:", "According to X,".
        // An attribution before a quote sits close to it; a bounded window keeps the search linear on long pages.
        // "A season-ticket holder from Leeds, who asked not to be named, said: “...”": someone the report does not name, whoever else is near.
        if (IndefiniteSpeaker.IntroducesQuote(context, quote, paragraphStart)) return null;
        int beforeStart = Math.Max(Math.Max(paragraphStart, quote.Start - 200), QuoteLayout.PreviousQuoteEnd(context, quote.Start) ?? paragraphStart);
        // Without the quote's opening mark, which would stand between "said:" and the end every attribution pattern anchors to.
        var beforeText = text.AsSpan(beforeStart, quote.Start - beforeStart).TrimEnd("\"“‘'` ").ToString();
        // "The federation issued a statement saying it “...”", "The team's account quoted his post with a message saying:": the issuer of
        // the statement speaks, not a person named as its owner or quoted in it (read before "quoted", whose object it would take).
        if (DocumentSaying.Find(context, quote, beforeStart, beforeText, previousSpeaker, previousEnd) is { } saying) return saying.Speaker;
        // "The next morning the paper quoted the Harbour coach, Tom Reed: “...”", "O'Kane quoted a witness: “...”": the person quoted speaks,
        // not the paper or the writer quoting them; nobody when the words name no one who can speak.
        if (QuotedObject().Match(beforeText) is { Success: true } quoted)
        {
            var who = quoted.Groups["who"];
            return SpeakerMentions.FirstPersonIn(context, beforeStart + who.Index, who.Length) is { } person ? context.People.FullName(person) : null;
        }
        if (AttributionBefore.Find(context, quote, beforeStart, beforeText, paragraphStart, previousSpeaker, previousEnd) is { } before) return before.Speaker;
        // "PAISLEY SAID: “...”", "HEAD COACH JIM CURTIN ON THE PERFORMANCE / “...”": a name in capitals before the quote or over it.
        if (CapitalsHeading.Speaker(context, quote, beforeStart == paragraphStart ? beforeText : "", paragraphStart) is { } heading) return heading;
        // "Spanish journalists were positive ... - "England can come back", "Michelle Agyemang will come on"": a group's words, no person's,
        // however many quotes the sentence holds.
        if (GroupSpeakers.OpenSentence(context, quote.Start)) return null;
        // An interview printed as questions and answers ("Why do you say that? / "It is. ..."): a quote paragraph right after a question
        // is the interviewee's answer, whoever the question names.
        if (previousSpeaker is not null && quote.Start - previousEnd < 3000 && beforeText.AsSpan().Trim().IsEmpty && beforeStart == paragraphStart && QuoteLayout.QuestionAbove(text, paragraphStart))
        {
            inferred = true;
            return previousSpeaker;
        }
        if (AttributionBelow.Find(context, quote, paragraphEnd, previousEnd) is { } below) return below.Speaker;
        if (SpeakerContinuity.SameSentence(context, quote, previousSpeaker, previousEnd) is { } same) return same;
        if (SpeakerContinuity.SameSpeakerGoesOn(context, quote, previousSpeaker, previousEnd))
        {
            inferred = true;
            return previousSpeaker;
        }
        if (ReportedSpeech.Find(context, quote, beforeStart, beforeText, previousSpeaker, previousEnd) is { } reported) return reported.Speaker;
        // "Morocco coach Said Chiba was gracious in defeat. “Congratulations to Mali ...”": the person the sentence before it in its paragraph
        // is about, whoever spoke before.
        // Not when the quote itself talks about that person by name ("Bob Paisley was very similar. / “Bob was a very quiet gentleman ...”").
        if (LeadIn.Subject(context, quote) is { } setUp && !QuoteNamesSpeaker.Names(context, quote, setUp)) return setUp;
        if (LeadIn.UnnamedSubject(context, quote)) return null;
        // A paragraph that is only a quote, after a narrative paragraph about what someone thinks ("Mnakaniso attributed the success to match
        // fitness. They have played ... / “The girls are so happy ..."; "But the Catalan coach saw signs of rejuvenation ... / “I saw a bright
        // future."): the person that paragraph's sentence opens on.
        if (QuoteLayout.IsParagraphStart(text, quote.Start) && text.AsSpan(quote.End, paragraphEnd - quote.End).Trim("\"”’'` ").IsEmpty && paragraphStart >= 2
            && NarrativeSpeaker.NarrativeSubject(context, QuoteLayout.ParagraphStart(text, paragraphStart - 2), paragraphStart - 1) is { } narrator
            && !QuoteNamesSpeaker.Names(context, quote, narrator))
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
        // "President of the federation, X, on Sunday commended the champions ... / The champions ... / “We are very happy ...”": the report's
        // first quote, a paragraph of its own that no words attribute and near which nobody is named, is the person whose praise or words
        // the lead reports, as a press release quotes the person its lead names.
        if (previousSpeaker is null && QuoteLayout.IsParagraphStart(text, quote.Start) && QuotePhrase.WordCount(quote.Slice(text)) >= QuotePhrase.MinimumWords
            && LeadSpeaker(context, quote.Start) is { } lead) return lead;
        return previousSpeaker is not null && quote.Start - previousEnd < 600 ? previousSpeaker : null;
    }

    private static readonly RuleSpeakerRanker Rule = new();

    /// <summary>The signature after a dash that ends a paragraph opening on the quote, the way oral histories, readers' replies and social
    /// threads print who said each line ("“Best derby of my life.” – @maroonforever", "“...” — Jane Doe"): a handle as written, or the person
    /// the signature names; null when nothing but a signature follows the quote or the signature names nobody who can speak ("– The Observer").</summary>
    private static string? Signature(ExtractionContext context, TextSpan quote, int paragraphEnd)
    {
        var text = context.Text;
        if (quote.End >= paragraphEnd || !QuoteLayout.IsParagraphStart(text, quote.Start)) return null;
        var m = SignatureAfter().Match(text, quote.End, paragraphEnd - quote.End);
        if (!m.Success) return null;
        var who = m.Groups["who"];
        if (who.Value.StartsWith('@')) return who.Value;
        return SpeakerMentions.FirstPersonIn(context, who.Index, who.Length) is { } person ? person : null;
    }

    /// <summary>"quoted", then whom (no stop, colon or quote mark in it), then a colon or comma ending the words before the quote.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bquoted\s+(?<who>(?:the|a|an|his|her|their|[\p{Lu}])[^.:;!?\""“”]{0,80}?)\s*[:,]$")]
    private static partial System.Text.RegularExpressions.Regex QuotedObject();

    /// <summary>A closing mark, a dash and a handle or a name of up to four capitalised words, then the paragraph's end.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[\""”’']*[ \t]*[–—][ \t]*(?<who>@\w+|[\p{Lu}][\p{L}'’.-]+(?:[ \t]+[\p{Lu}][\p{L}'’.-]+){0,3})[ \t]*\.?[ \t]*$")]
    private static partial System.Text.RegularExpressions.Regex SignatureAfter();

    /// <summary>The person the report's first paragraph has praising, congratulating or saying something ("Federation president Amos Bello on
    /// Sunday praised ..."), when that paragraph ends before <paramref name="before"/>; null otherwise.</summary>
    private static string? LeadSpeaker(ExtractionContext context, int before)
    {
        var text = context.Text;
        int leadEnd = text.IndexOf('\n');
        if (leadEnd < 0 || leadEnd >= before) return null;
        var m = LeadVerb().Match(text, 0, leadEnd);
        if (!m.Success) return null;
        var who = m.Groups["who"];
        return SpeakerMentions.LastPersonIn(context, who.Index, who.Length + 1) is { } person && SpeakerNames.CanSpeak(context, person) ? person : null;
    }

    /// <summary>A name, perhaps a time ("on Sunday"), then a verb of praise or speech: the lead of a press release about what someone said.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<who>[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,4})\s+(?:(?:on|last|this)\s+[\p{Lu}\p{Ll}][\p{L}]+\s+|has\s+|have\s+)*(?:commended|praised|hailed|congratulated|lauded|applauded|thanked|saluted|urged|charged|said|stated|declared)\b")]
    private static partial System.Text.RegularExpressions.Regex LeadVerb();

    private static List<SpeakerCandidate> Candidates(ExtractionContext context, TextSpan quote, int paragraphStart, int paragraphEnd)
    {
        var list = new List<SpeakerCandidate>();
        int previousParagraph = paragraphStart > 1 ? QuoteLayout.ParagraphStart(context.Text, paragraphStart - 2) : paragraphStart;
        foreach (var m in context.People.Within(new TextSpan(previousParagraph, paragraphEnd - previousParagraph)))
        {
            if (context.IsQuoted(m.Start) || m.Possessive) continue;
            var name = context.People.NameOf(m);
            if (!SpeakerNames.CanSpeak(context, name) || QuoteNamesSpeaker.Names(context, quote, name)) continue;
            var (role, _) = SpeakerRoles.Find(context, context.People.FullName(name));
            list.Add(new SpeakerCandidate(name, m.Span, role));
        }
        return list;
    }
}
