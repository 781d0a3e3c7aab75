using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A short quoted phrase in a report's headline or lead that no words attribute ("Tom Reed out to ‘prove everyone wrong’", "Ivo Marsh
/// has pinpointed one ‘big moment’"): the headline and the lead sum up what the report quotes at length, so the phrase is the words of the
/// sentence's first person when that person says, thinks or feels something on the way to it and speaks at least twice in the quotes below.
/// A phrase opening on a capital, set against a name as a nickname ("Denis “The Menace” Bouanga"), or said of a person ("Rodri lands Ballon
/// d'Or but ‘disrespected’ Real Madrid boycott") gives no quote.</summary>
internal static partial class OpeningPhrase
{
    /// <summary>The headline and lead stop after the first line that ends in a sentence stop, and never run past this many characters.</summary>
    private const int OpeningLimit = 600;

    /// <summary>Quotes below this many give no person the headline's phrase: one quote is too little to say the report sums up their words.</summary>
    private const int QuotesBelow = 2;

    /// <summary>True when the span sits in the report's headline or lead.</summary>
    public static bool InOpening(string text, TextSpan span)
    {
        if (span.Start >= OpeningLimit) return false;
        int lineStart = 0;
        while (lineStart < span.Start)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd >= span.Start) return true;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd(" \"”’'");
            if (line.Length > 0 && line[^1] is '.' or '!' or '?') return false;
            lineStart = lineEnd + 1;
        }
        return true;
    }

    /// <summary>Gives each headline or lead phrase among <paramref name="phrases"/> to its sentence's first person, as the class summary says;
    /// the quotes are inserted in text order.</summary>
    public static void Attribute(ExtractionContext context, IReadOnlyList<TextSpan> phrases)
    {
        if (phrases.Count == 0 || context.Quotes.Count < QuotesBelow) return;
        var text = context.Text;
        var quoteCounts = new Dictionary<string, int>();
        foreach (var q in context.Quotes)
            if (q.Speaker is { } s) quoteCounts[s] = quoteCounts.GetValueOrDefault(s) + 1;
        foreach (var span in phrases)
        {
            // "'Disaster' to 'winning machine'", "'Wusiala'": a phrase opening on a capital is a name, a nickname or a label, not a person's words.
            if (span.Start < text.Length && char.IsUpper(text[span.Start])) continue;
            int start = SpeakerSalience.SentenceStart(text, span.Start), end = SentenceEnd(text, span.End);
            PersonMention? subject = null;
            bool nickname = false;
            foreach (var m in context.People.Within(new TextSpan(start, end - start)))
            {
                if (context.IsQuoted(m.Start) || !SpeakerNames.CanSpeak(context, context.People.NameOf(m))) continue;
                // "Denis “The Menace” Bouanga": a phrase inside a person's name or right against it is a nickname.
                if (m.Start <= span.Start && m.Span.End >= span.End || Math.Abs(m.Start - span.End) <= 2 || Math.Abs(span.Start - m.Span.End) <= 2) nickname = true;
                if (subject is null && !m.Possessive) subject = m;
            }
            // The sentence's first person, before the phrase and saying, thinking or feeling something right after the name ("Phil Foden out
            // to ‘prove everyone wrong’", "Emily van Egmond expects the Games to prove “a great challenge”"); not a person the phrase is said
            // of ("Rodri lands Ballon d'Or but ‘disrespected’ Real Madrid boycott", "Gary Lineker to be ‘spoken to’", "Ten Hag picks three
            // transfers as BBC pundit tears into Ratcliffe over ‘bizarre’ sack saga").
            if (nickname || subject is not { } who || who.Span.End > span.Start
                || !StanceVerb().IsMatch(text.AsSpan(who.Span.End, span.Start - who.Span.End))) continue;
            var full = context.People.FullName(context.People.NameOf(who));
            if (quoteCounts.GetValueOrDefault(full) < QuotesBelow) continue;
            var (role, team) = SpeakerRoles.Find(context, full);
            var quote = new Quote(span.Substring(text), full, context.EvidenceFor(span)) { SpeakerRole = role, SpeakerTeam = team };
            int at = context.Quotes.FindIndex(q => q.Evidence.Span.Start > span.Start);
            context.Quotes.Insert(at < 0 ? context.Quotes.Count : at, quote);
        }
    }

    /// <summary>Right after the person, within three words, a verb of speech, thought or feeling in its active voice ("insists", "has
    /// thanked", "on Tuesday said", "tears into", "expects", "knows", "is out to", "has pinpointed"), or a headline's colon ("Emma Hayes:
    /// ..."); not a verb the person undergoes ("Arteta accused of", "have been called") nor one of someone named later ("as report claims").</summary>
    [GeneratedRegex(@"^\s*(?::|(?:[^\s]+\s+){0,3}?(?<!\b(?:be|been|being|is|was|are|were|get|gets|got)\s)(?:says|said|saying|tells|told|insists|insisted|admits|admitted|claims|claimed|reveals|revealed|warns|warned|believes|believed|feels|felt|thinks|thought|expects|expected|would expect|knows|knew|acknowledges|acknowledged|accuses|thanks|thanked|congratulates|congratulated|praises|praised|hails|hailed|slams|slammed|blasts|blasted|tears into|tore into|hits back|hit back|urges|urged|vows|vowed|hopes|hoped|fears|feared|pinpoints|pinpointed|describes|described|calls|labels|labelled|labeled|speaks of|spoke of|spoken of|opens up|opened up|responds|responded|wants|wanted|anticipates|anticipated|out to|determined to)\b(?! of\b))")]
    private static partial Regex StanceVerb();

    /// <summary>Where the sentence holding <paramref name="position"/> ends: its stop, or the end of its line (a headline has no stop).</summary>
    private static int SentenceEnd(string text, int position)
    {
        int end = position;
        while (end < text.Length && text[end] != '\n' && !(text[end] is '.' or '!' or '?' && (end + 1 >= text.Length || text[end + 1] is ' ' or '\n') && !(text[end] == '.' && SentenceStops.EndsInitialOrTitle(text, end)))) end++;
        return end;
    }
}
