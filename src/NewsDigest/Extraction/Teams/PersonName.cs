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
}
