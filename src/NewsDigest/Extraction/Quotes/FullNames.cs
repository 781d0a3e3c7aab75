using System.Text.RegularExpressions;

namespace NewsDigest.Extraction.Quotes;

/// <summary>The fullest name a report gives a speaker: by surname ("Kane" is "Harry Kane"), and also by given name, as reports of fans and
/// of managers known by their first name do ("Sarah" after "Spurs supporter Sarah Sturgeon-Scraggs", "Ange" for "Ange Postecoglou"), and
/// past a surname the name finder took for a word ("Dortmund captain Emre Can said" is "Emre Can").</summary>
public static partial class FullNames
{
    public static string Of(ExtractionContext context, string name)
    {
        var full = SpeakerNames.WithoutEpithet(SpeakerNames.WithoutTitle(context.People.FullName(SpeakerNames.WithoutHeadlineVerb(SpeakerNames.WithoutEpithet(name)))));
        if (full.Contains(' ')) return full;
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
        return opened ?? WithSurnameBeforeSpeech(context, full) ?? full;
    }

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
