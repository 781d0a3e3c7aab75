using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Quotes;

/// <summary>The fullest name a report gives a speaker: by surname ("Kane" is "Harry Kane"), and also by given name, as reports of fans and
/// of managers known by their first name do ("Sarah" after "Spurs supporter Sarah Sturgeon-Scraggs", "Ange" for "Ange Postecoglou"), and
/// past a surname the name finder took for a word ("Dortmund captain Emre Can said" is "Emre Can").</summary>
public static partial class FullNames
{
    /// <param name="position">Where the quote starts, or -1: a first name that opens several fuller names is the one named last before it.</param>
    public static string Of(ExtractionContext context, string name, int position = -1)
    {
        // "Leo Marsh", completed before from "his son Leo": the index, which knows only "Ivo Marsh" by that surname, would take him for his father.
        int firstSpace = name.IndexOf(' ');
        if (firstSpace > 0 && name.IndexOf(' ', firstSpace + 1) < 0 && RelativeSurname(context, name[..firstSpace]) == name) return name;
        var full = SpeakerNames.WithoutEpithet(SpeakerNames.WithoutTitle(context.People.FullName(SpeakerNames.WithoutHeadlineVerb(SpeakerNames.WithoutEpithet(name)))));
        if (full.Contains(' ')) return full;
        if (position >= 0 && SpeakerNames.WithoutEpithet(SpeakerNames.WithoutTitle(context.People.FullNameAt(full, position))) is { } recent && recent.Contains(' '))
            return recent;
        // A one-word name that is nobody's surname here: the one fuller name it opens, when exactly one does.
        string? opened = null;
        foreach (var mention in context.People.Mentions)
        {
            var other = context.People.NameOf(mention);
            int space = other.IndexOf(' ');
            if (space <= 0 || !other.AsSpan(0, space).SequenceEqual(full)) continue;
            var candidate = context.People.FullName(other);
            if (opened is not null && opened != candidate) return full;
            opened = candidate;
        }
        return opened ?? WithSurnameBeforeSpeech(context, full) ?? MisspeltSurname(context, full) ?? RelativeSurname(context, full) ?? Nickname(context, full) ?? full;
    }

    /// <summary>"Rick Lalonde, 44, and his son Mathieu, 19": a given name the report writes only alone, brought in as the son, daughter,
    /// brother or sister of the person named just before in the same sentence, carries that person's surname ("Mathieu Lalonde"), so it is
    /// not left as a bare first name where two people share the surname.</summary>
    private static string? RelativeSurname(ExtractionContext context, string given)
    {
        var text = context.Text;
        foreach (Match m in RelativeIntroduced().Matches(text))
        {
            if (!m.Groups["given"].Value.Equals(given, StringComparison.Ordinal)) continue;
            int sentenceStart = SpeakerSalience.SentenceStart(text, m.Index);
            string? relative = null;
            foreach (var mention in context.People.Within(new TextSpan(sentenceStart, m.Index - sentenceStart)))
            {
                if (context.IsQuoted(mention.Start)) continue;
                relative = context.People.FullName(context.People.NameOf(mention));
            }
            int space = relative?.LastIndexOf(' ') ?? -1;
            if (relative is null || space <= 0) continue;
            return given + relative[space..];
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:his|her)\s+(?:(?:twin|younger|older|elder|little|big|kid|teenage)\s+)?(?:son|daughter|brother|sister),?\s+(?<given>[\p{Lu}][\p{L}'’-]+)\b(?!\s[\p{Lu}])")]
    private static partial Regex RelativeIntroduced();

    /// <summary>"Olopade stated" after "Director General Bukola Olapade": a one-word name one letter (or one swap of neighbours; two letters
    /// in a name of ten or more) away from the surname of exactly one fuller name in the report is that person, the copy's slip of a letter (long names only, same initial, so "Silva" never becomes "Silvo").</summary>
    private static string? MisspeltSurname(ExtractionContext context, string name)
    {
        if (name.Length < 6) return null;
        string? found = null;
        foreach (var mention in context.People.Mentions)
        {
            var other = context.People.FullName(context.People.NameOf(mention));
            int space = other.LastIndexOf(' ');
            if (space <= 0) continue;
            var surname = other.AsSpan(space + 1);
            if (surname[0] != name[0] || surname.SequenceEqual(name) || !(EditDistance.AtMostOneSlip(surname, name) || (name.Length >= LongName && EditDistance.AtMost(surname, name, 2)))) continue;
            if (found is not null && found != other) return null;
            found = other;
        }
        return found;
    }

    /// <summary>A name this long may be two letters off ("Mølgaard-Christiansen" for "Mølgaard-Christensen", a translated spelling): among
    /// the surnames of one report, two slips in ten letters or more still leave one surname it can be.</summary>
    private const int LongName = 10;

    /// <summary>"It was Gabriel Barbosa, the man they call Gabigol, who ...", "Waldemar Peixoto ... was called Didico by everyone", "Antenor
    /// Bastos, a heavy man whom everybody called Bolão": a one-word name the report writes after "call", "called", "nicknamed", "dubbed" or
    /// "known as" is the nickname of the last person with a fuller name that sentence names before it, outside quotes.</summary>
    private static string? Nickname(ExtractionContext context, string nickname)
    {
        var text = context.Text;
        foreach (Match m in NicknameGiven().Matches(text))
        {
            if (!m.Groups["nick"].Value.Equals(nickname, StringComparison.Ordinal) || context.IsQuoted(m.Index)) continue;
            int sentenceStart = SpeakerSalience.SentenceStart(text, m.Index);
            string? named = null;
            foreach (var mention in context.People.Within(new TextSpan(sentenceStart, m.Index - sentenceStart)))
            {
                if (context.IsQuoted(mention.Start)) continue;
                var full = context.People.FullName(context.People.NameOf(mention));
                if (full.Contains(' ') && !full.Equals(nickname, StringComparison.Ordinal)) named = full;
            }
            if (named is not null) return named;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:call|calls|called|nicknamed|dubbed|known\s+as)\s+(?<nick>[\p{Lu}][\p{L}'’-]+)\b(?!\s[\p{Lu}])")]
    private static partial Regex NicknameGiven();

    /// <summary>"Emre Can said": a one-word name followed by one capitalised word and a speech verb is that word's given name.</summary>
    private static string? WithSurnameBeforeSpeech(ExtractionContext context, string given)
    {
        foreach (var mention in context.People.Mentions)
        {
            if (!context.People.NameOf(mention).Equals(given, StringComparison.Ordinal) || mention.Possessive) continue;
            var m = SurnameThenSpeech().Match(context.Text, mention.End, Math.Min(40, context.Text.Length - mention.End));
            if (m.Success) return given + " " + m.Groups["surname"].Value;
        }
        return null;
    }

    [GeneratedRegex(@"\G (?<surname>[\p{Lu}][\p{L}'’-]{1,20}) (?:said|says|added|adds|told|tells|admitted|insisted|explained|stressed)\b")]
    private static partial Regex SurnameThenSpeech();
}
