namespace NewsDigest.Extraction.Quotes;

/// <summary>The fullest name a report gives a speaker: by surname ("Kane" is "Harry Kane"), and also by given name, as reports of fans and
/// of managers known by their first name do ("Sarah" after "Spurs supporter Sarah Sturgeon-Scraggs", "Ange" for "Ange Postecoglou").</summary>
public static class FullNames
{
    public static string Of(ExtractionContext context, string name)
    {
        var full = SpeakerNames.WithoutEpithet(SpeakerNames.WithoutTitle(context.People.FullName(SpeakerNames.WithoutEpithet(name))));
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
        return opened ?? full;
    }
}
