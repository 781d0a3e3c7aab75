using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>Tells a player's surname that is also a club's name ("Antonio Valencia", "Jordan Henderson") from the club: a given name stands right before it.</summary>
public static class PersonName
{
    /// <summary>Capitalised words that stand before a team's name without being a given name.</summary>
    private static readonly HashSet<string> NotGivenNames = new(StringComparer.Ordinal)
    {
        "The", "At", "In", "On", "Against", "Over", "And", "But", "As", "When", "While", "After", "Before", "For", "With", "From",
        "Both", "Then", "Now", "Yet", "So", "Only", "Even", "Meanwhile", "Elsewhere", "Today", "Tonight", "Although", "Though",
        "Whereas", "Where", "Whilst", "Until", "Since", "Once", "Like", "Unlike", "Under", "Beating", "Beat", "Despite", "Leaders",
        "Holders", "Champions", "League", "Premier", "Cup", "Barclays", "Derby", "North", "South", "East", "West", "Greater", "Old",
        "New", "Hove", "Real", "Inter", "Athletic", "Sporting", "Nottingham", "Queens", "Park", "Rangers", "Crystal", "Aston",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Did", "Could", "Would", "Should", "Can",
        "Will", "Why", "How", "What", "Who", "Here", "There", "This", "That", "These", "Those", "Hosts", "Visitors", "Rivals",
        "Struggling", "Relegated", "Promoted", "Bottom", "Top", "Host", "Away", "Home", "Victory", "Defeat", "Draw", "Saints",
        "Sir", "Former", "Ex", "Fellow", "England", "Wales", "Scotland", "Ireland", "France", "Spain", "Italy", "Germany", "Portugal", "Brazil", "Argentina",
    };

    /// <summary>Whether a capitalised given-name-like word stands right before <paramref name="span"/>.</summary>
    public static bool Precedes(string text, TextSpan span)
    {
        int space = span.Start - 1;
        if (space < 1 || text[space] != ' ') return false;
        int start = space;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        int length = space - start;
        if (length < 3 || !char.IsUpper(text[start])) return false;
        for (int i = start + 1; i < space; i++) if (!char.IsLower(text[i])) return false;
        // "Arsenal's Santi Cazorla" or "Man. Utd": only a plain word after a space or a line start can be a given name.
        if (start > 0 && !char.IsWhiteSpace(text[start - 1])) return false;
        return !NotGivenNames.Contains(text.Substring(start, length));
    }

    /// <summary>"Fernandes stuns Salgaocar" over "striker Lester Fernandes ... Fernandes ran through ... Fernandes joked": reporters call a
    /// person by the last word of the name and never by the first, a club by its first word ("Asteras move up") or by "the" and its last
    /// ("the Wolves"). A side of a person's shape the gazetteer does not know, whose last word the report writes alone (never after "the")
    /// and whose first word it never writes alone, and which it writes after a player's or staff's role, is a person the report tells of.</summary>
    public static bool WrittenAsPerson(string text, string side, Func<string, bool> isKnownTeam)
    {
        if (isKnownTeam(side) || !ResultSentenceReader.LooksLikePerson(side) || ResultSentenceReader.ClubByNickname(side, isKnownTeam)) return false;
        var words = side.Split(' ');
        string first = words[0], last = words[^1];
        int lastAlone = 0;
        foreach (var at in Whole(text, last))
        {
            int fullAt = at - (side.Length - last.Length);
            if (fullAt >= 0 && string.CompareOrdinal(text, fullAt, side, 0, side.Length) == 0) continue;
            if (at >= 4 && text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)) return false;
            lastAlone++;
        }
        // "Fortuna Hjørring ... Hjørring's keeper": a club named by its place last is written so too; a player's or staff's role written
        // right before the whole name ("striker Lester Fernandes") says it is a person.
        if (lastAlone == 0 || !Regex.IsMatch(text, @"\b(?:striker|forward|defender|midfielder|winger|keeper|goalkeeper|captain|skipper|coach|manager|boss|referee|substitute|veteran) " + Regex.Escape(side) + @"\b")) return false;
        foreach (var at in Whole(text, first))
            if (string.CompareOrdinal(text, at, side, 0, side.Length) != 0) return false;
        return true;
    }

    /// <summary>Where <paramref name="word"/> stands in <paramref name="text"/> as a whole word.</summary>
    private static IEnumerable<int> Whole(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]))) yield return at;
    }
}
