using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A quote set up by the sentence before it in its own paragraph, the way reports introduce a reaction: "Morocco coach Said Chiba
/// was gracious in defeat. “Congratulations to Mali. ...”", "Carusa, who now has nine international goals, was modest. “The service was
/// unreal ...”", "Crespo said his team deserved more. “We had the game in our hands ...,” the Argentine coach said." The person that
/// sentence is about speaks the quote, whoever spoke before it.</summary>
internal static partial class LeadIn
{
    /// <summary>The person the paragraph's words before the quote are about, when those words are whole sentences with no quotation mark
    /// and the last of them (or, over a sentence naming nobody, the one before it) opens on a named person; null otherwise.
    /// A lead-in that says nothing of how its person took the game or what they said ("Tom Rhodes scored twice.") sets up the quote only when
    /// it names nobody else and the quote does not open on "he" or "she" ("He was brilliant" may be another speaker's praise of Rhodes).</summary>
    internal static string? Subject(ExtractionContext context, TextSpan quote)
    {
        var text = context.Text;
        if (LeadBefore(text, quote) is not var (paragraphStart, end)) return null;
        for (int step = 0; step < 2 && end > paragraphStart; step++)
        {
            int start = Math.Max(paragraphStart, SpeakerSalience.SentenceStart(text, end - 1));
            while (start < end && text[start] == ' ') start++;
            if (start >= end) return null;
            // Only a named subject: a description opening the sentence ("the Manchester United head coach insisted ...") is left to the cues
            // that weigh the whole report, since a description may stand for a person named far away or under a heading above.
            // "Kestrel's manager, Ivo Marsh, was gracious in defeat:", "The coach of Harbour, Tom Reed, recognised:": a description with the
            // name set off by commas is the sentence's subject; it sets up the quote when it says how that person took the game or ends in a
            // colon right before the quote.
            // "For his part, Lema recognised ...", "On the side of Lens, Franck Haise regretted ...:", "On his part, the chairman, Alhaji
            // Adisa, described ...": a short opening phrase set off by a comma, naming nobody, stands before the sentence's subject.
            int subjectStart = AfterOpeningPhrase(context, start, end);
            if (step == 0 && (ApposedSubject(context, start, end) ?? (subjectStart > start ? ApposedSubject(context, subjectStart, end) : null)) is { } apposed) return apposed;
            // "Reed was booked ..., and the Kestrel chairman, Ivo Marsh, said the club would write to the league.": the name set off by commas
            // before the verb of speech, not the sentence's opener, is whose words follow.
            if (step == 0 && ApposedSpeaker(context, start, end) is { } reported) return reported;
            string? subject = SpeakerSalience.SubjectOfSentenceAt(context, start) ?? (subjectStart > start ? SpeakerSalience.SubjectOfSentenceAt(context, subjectStart) : null);
            if (subject is not null)
            {
                if (!SpeakerNames.CanSpeak(context, subject)) return null;
                var sentence = text.AsSpan(start, end - start);
                if (Reaction().IsMatch(sentence) || NarrativeSpeaker.ViewCue().IsMatch(sentence)) return subject;
                // A sentence of play naming others too ("Vogts sent on Bierhoff ..., and Bierhoff headed it past Kouba.") sets up no one's words,
                // and neither does one before words about "him" or "her".
                if (AboutSomeoneElse().IsMatch(quote.Slice(text)) || OtherPersonWithin(context, start, end, subject)) return null;
                return subject;
            }
            // "The Town boss also had a word for Cartwright-Bell. “...”": a side's manager or captain described, not named, reacting in the sentence
            // right before the quote stands for the person the report gives that role, not for the person the sentence speaks of.
            if (step == 0 && NarrativeSpeaker.DescribedOpener().Match(text, start, end - start) is { Success: true } described
                && Reaction().IsMatch(text.AsSpan(start, end - start)) && SpeakerSalience.RoleHolder(context, described.Groups["who"].Value, start) is { } holder
                && SpeakerNames.CanSpeak(context, holder)) return holder;
            // A sentence naming someone who is not its subject ("The penalty brings him to the record of Higuaín.") is no set-up to read past.
            if (context.People.Within(new TextSpan(start, end - start)).Any(m => !context.IsQuoted(m.Start))) return null;
            end = start - 1;
            while (end > paragraphStart && text[end - 1] == ' ') end--;
        }
        return null;
    }

    /// <summary>The person named between commas right before a verb of reported speech in the sentence from <paramref name="start"/> to
    /// <paramref name="end"/> ("Speaking after the match, Enyimba coach, Obinna Nwachukwu, said his team deserved the win", "..., and the
    /// Motherwell chairman, Bill Dickie, said the club would ..."), when the sentence holds no quotation mark; null otherwise.</summary>
    internal static string? ApposedSpeaker(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (end <= start || text.AsSpan(start, end - start).IndexOfAny("“”\"") >= 0) return null;
        var match = ApposedSpeech().Match(text, start, end - start);
        if (!match.Success) return null;
        var name = match.Groups["name"];
        var person = SpeakerMentions.LastPersonIn(context, name.Index, name.Length);
        return person is null ? null : context.People.FullName(person);
    }

    /// <summary>A name between commas followed by a verb of reported speech: ", Obinna Nwachukwu, said", ", Alhaji Lateef Adisa, described".</summary>
    [GeneratedRegex(@",\s+(?<name>(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]+),\s+(?:also\s+)?(?:said|says|told|added|explained|insisted|admitted|described|stated|noted|revealed|stressed|believes|feels|felt|thinks|thought|expressed|urged|praised|lamented|blamed|commended|attributed)\b")]
    private static partial Regex ApposedSpeech();

    /// <summary>Where the sentence's subject starts after an opening phrase of at most six words set off by a comma that names no person and
    /// holds no verb of speech ("For his part, ", "On the other hand, ", "On the side of Paris, coach ...", "After the match, the coach ..."),
    /// with a "the" opening the subject passed over; <paramref name="start"/> when the sentence opens on no such phrase.</summary>
    internal static int AfterOpeningPhrase(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (OpeningPhrase().Match(text, start, end - start) is not { Success: true } opening) return start;
        if (context.People.Within(new TextSpan(start, opening.Length)).Any()) return start;
        int subject = start + opening.Length;
        if (text.AsSpan(subject, end - subject).StartsWith("the ", StringComparison.Ordinal)) subject += 4;
        return subject;
    }

    /// <summary>A capitalised opening phrase of one to six words and a comma, with no verb of speech in it: "For his part, ", "On the side of Lens, ".</summary>
    [GeneratedRegex(@"\G(?!(?:He|She|They|It|We|I))[\p{Lu}][\p{L}'’-]*(?:\s+(?!(?:said|says|told|added|admitted))[\p{L}'’.-]+){0,5},\s+(?=[\p{L}])")]
    private static partial Regex OpeningPhrase();

    /// <summary>True when the words from <paramref name="start"/> to <paramref name="end"/> name, outside quotes, a person other than
    /// <paramref name="subject"/>; a name the report shows as a place or a club ("Sandra from Seaham") is no other person.</summary>
    private static bool OtherPersonWithin(ExtractionContext context, int start, int end, string subject)
    {
        var key = PersonIndex.SurnameKey(subject);
        foreach (var m in context.People.Within(new TextSpan(start, end - start)))
        {
            if (context.IsQuoted(m.Start)) continue;
            var name = context.People.NameOf(m);
            if (PersonIndex.SurnameKey(context.People.FullName(name)) == key) continue;
            if (!SpeakerNames.CanSpeak(context, name)) continue;
            return true;
        }
        return false;
    }

    /// <summary>The person named in apposition to a description opening the sentence from <paramref name="start"/> to <paramref name="end"/>
    /// ("His opposite number, Neil Short, was philosophical."), when the sentence is a reaction or ends in a colon; null otherwise.</summary>
    private static string? ApposedSubject(ExtractionContext context, int start, int end)
    {
        var text = context.Text;
        if (Apposition().Match(text, start, end - start) is not { Success: true } apposed) return null;
        var sentence = text.AsSpan(start, end - start);
        if (!(sentence[^1] == ':' || Reaction().IsMatch(sentence))) return null;
        var name = apposed.Groups["name"];
        return SpeakerMentions.FirstPersonIn(context, name.Index, name.Length) is { } person && SpeakerNames.CanSpeak(context, person)
            ? context.People.FullName(person) : null;
    }

    /// <summary>A role description, then a name between commas: "Kestrel's Italian coach, Ivo Marsh, ", "Head coach of Harbour, Tom Reed, ",
    /// "His opposite number, Neil Short, ".</summary>
    [GeneratedRegex(@"\G(?:[\p{L}\p{N}'’.-]+\s+){0,5}?[\p{L}'’-]*(?:coach|manager|boss|captain|skipper|trainer|counterpart|number|chairman|president|director|keeper|goalkeeper|striker|defender|midfielder|forward|winger|player|gaffer)(?:\s+of\s+(?:the\s+)?[\p{Lu}][^,.:;!?\n]{0,40})?,\s+(?<name>[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){0,3}),\s+\p{Ll}")]
    private static partial Regex Apposition();

    /// <summary>True when the sentence before the quote in its paragraph opens on a description of a side's official the report never names
    /// ("The Kestrel chairman was gracious. “We were beaten by spirit,” he said.") or on someone unnamed ("A former captain sent me a
    /// message."): nobody the report names speaks.</summary>
    internal static bool UnnamedSubject(ExtractionContext context, TextSpan quote)
    {
        var text = context.Text;
        if (LeadBefore(text, quote) is not var (paragraphStart, end)) return false;
        int start = Math.Max(paragraphStart, SpeakerSalience.SentenceStart(text, end - 1));
        while (start < end && text[start] == ' ') start++;
        if (start >= end) return false;
        // "A former captain of the club sent me a message. “...”": someone the report does not name.
        if (IndefiniteSpeaker.Sets(context, start, end)) return true;
        return OfficialOpener().Match(text, start, end - start) is { Success: true } described
            && UnnamedRoleHolder.Is(context, described.Groups["who"].Value, start);
    }

    /// <summary>Where the words before the quote in its paragraph start and end, when they are whole sentences with no quotation mark
    /// (ending on a full stop, "!" or a colon); null otherwise. In a paragraph that quotes someone first, the words since that quote's
    /// closing mark count ("“...,” said Farrow. “...” Millbrook boss Derek Pratt felt his side deserved a point. ‘...,’ he said."): a
    /// sentence about a new person after the last quote sets up the next quote as it would at the paragraph's start.</summary>
    internal static (int Start, int End)? LeadBefore(string text, TextSpan quote)
    {
        int paragraphStart = QuoteLayout.ParagraphStart(text, quote.Start);
        var lead = text.AsSpan(paragraphStart, Math.Max(0, quote.Start - paragraphStart)).TrimEnd("\"“‘'` ");
        if (lead.IsEmpty || lead[^1] is not ('.' or '!' or ':')) return null;
        int lastMark = lead.LastIndexOfAny("\"“”");
        if (lastMark < 0) return (paragraphStart, paragraphStart + lead.Length);
        // Only after a quote that closed: the words after it open a new sentence (an attribution's tail, "said Farrow.", is read past by
        // the sentence steps of the callers) and hold no mark of their own.
        if (lead[lastMark] == '“' || lead[..lastMark].TrimEnd().IsEmpty || lead[..lastMark].TrimEnd()[^1] is not ('.' or '!' or '?' or ',')) return null;
        int start = paragraphStart + lastMark + 1;
        return (start, paragraphStart + lead.Length);
    }

    /// <summary>A sentence opening on a side's official: "The Harbour chairman was delighted.", "Their secretary said ...".</summary>
    [GeneratedRegex(@"\G(?<who>(?:The|Their)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}(?:trainer|chairman|president|secretary|manager|coach|boss|gaffer|captain|skipper))\s+[a-z]")]
    private static partial Regex OfficialOpener();

    /// <summary>Words that open on another person: "He is the best centre-forward", "She carries us", "His goal ...".</summary>
    [GeneratedRegex(@"^\s*(?:He|She|His|Her)\b")]
    private static partial Regex AboutSomeoneElse();

    /// <summary>How the lead-in's person took the result or what they did with words: "was gracious in defeat", "was more expansive", "was honest",
    /// "was left to rue", "apologised to the fans", "recognised", "was full of praise for", "had a word for".</summary>
    [GeneratedRegex(@"\b(?:expansive|gracious|modest|emotional|honest|delighted|pleased|proud|disappointed|thanked|philosophical|upbeat|amused|blunt|frank|candid|defiant|content|satisfied|measured|diplomatic|rueful|scathing|magnanimous|relieved|bitter|fuming|unhappy|left to (?:rue|reflect)|regrett?ed|recogni[sz]ed|apologi[sz]ed|lamented|accepted|conceded|full of praise|words? of praise|had (?:a )?words? for|hide (?:his|her) (?:emotion|frustration|disappointment|pride|delight|joy)|in defeat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reaction();
}
