using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Whether a report writes a person as "he" or "she", read from the pronouns that follow their mentions, so that "she said" is
/// never given to a man and "he explained" never to a woman: reports of women's teams coached by men (and the reverse) put both in one
/// passage, and the last speaker is then often the wrong one.</summary>
public static class SpeakerGender
{
    /// <summary>How a report refers to a person.</summary>
    public enum Gender { Unknown, Male, Female }

    /// <summary>How far after a mention its pronoun is looked for.</summary>
    private const int Reach = 220;

    private static readonly ArticleMemo<Gender> Known = new();

    /// <summary>The gender the pronoun word ("he", "She") gives, or Unknown for any other word.</summary>
    public static Gender OfPronoun(ReadOnlySpan<char> word)
    {
        word = word.Trim();
        foreach (var male in MalePronouns) if (word.Equals(male, StringComparison.OrdinalIgnoreCase)) return Gender.Male;
        foreach (var female in FemalePronouns) if (word.Equals(female, StringComparison.OrdinalIgnoreCase)) return Gender.Female;
        return Gender.Unknown;
    }

    private static readonly string[] MalePronouns = ["he", "his", "him", "himself"];
    private static readonly string[] FemalePronouns = ["she", "her", "hers", "herself"];

    /// <summary>True when nothing in the report says the person is not of the pronoun's gender.</summary>
    public static bool Fits(ExtractionContext context, string? name, Gender pronoun) =>
        name is not null && (pronoun == Gender.Unknown || Of(context, name) is var g && (g == Gender.Unknown || g == pronoun));

    /// <summary>The gender the report gives the person: the first third-person pronoun after each mention (before the next quote and before
    /// anyone else is named) votes, and a clear majority decides; Unknown when the votes are few or split.</summary>
    public static Gender Of(ExtractionContext context, string name)
    {
        var key = PersonIndex.SurnameKey(context.People.FullName(name));
        if (key.Length == 0) return Gender.Unknown;
        return Known.Get(context, key, Count);
    }

    private static Gender Count(ExtractionContext context, string key)
    {
        var text = context.Text;
        var mentions = context.People.Mentions;
        int male = 0, female = 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (context.IsQuoted(mention.Start) || !Names(context, mention, key)) continue;
            // Up to the next person named outside quotes: a pronoun after that more likely points to them.
            int stop = Math.Min(text.Length, mention.End + Reach);
            for (int j = i + 1; j < mentions.Count && mentions[j].Start < stop; j++)
                if (!context.IsQuoted(mentions[j].Start) && !Names(context, mentions[j], key)) { stop = mentions[j].Start; break; }
            switch (FirstPronoun(context, mention.After(text), stop))
            {
                case Gender.Male: male++; break;
                case Gender.Female: female++; break;
            }
        }
        if (male > female && male >= 2 * female) return Gender.Male;
        if (female > male && female >= 2 * male) return Gender.Female;
        return Gender.Unknown;
    }

    /// <summary>True when the mention names the person of surname key <paramref name="key"/>: by that surname, or by a first name alone
    /// that the report uses in that person's one fuller name ("wife Blake could be seen ... She later shared" for "Blake Lively").</summary>
    private static bool Names(ExtractionContext context, PersonMention mention, string key)
    {
        var name = context.People.NameOf(mention);
        if (PersonIndex.SurnameKey(name) == key) return true;
        return mention.FirstToken == mention.LastToken && PersonIndex.SurnameKey(context.People.FullName(name)) == key;
    }

    private static Gender FirstPronoun(ExtractionContext context, int from, int to)
    {
        var text = context.Text;
        for (int i = from; i < to; i++)
        {
            // A quote's own attribution ("“...,” she said") may be someone else's: the pronoun is read only before the next quote.
            if (context.IsQuoted(i)) return Gender.Unknown;
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1]))) continue;
            int end = i;
            while (end < to && char.IsLetter(text[end])) end++;
            int length = end - i;
            if (length is >= 2 and <= 7)
            {
                var gender = OfPronoun(text.AsSpan(i, length));
                if (gender != Gender.Unknown) return gender;
            }
            i = end;
        }
        return Gender.Unknown;
    }
}
