namespace NewsDigest.Extraction.Quotes;

/// <summary>Tells a capitalised word that names a group or a place from a person's name. A report writes "the Lionesses boss", "after the
/// Germans lost", "the Blues", but never puts "the" before a person's surname in the plural; and "the Benin international", "the Stamford
/// Bridge manager" put a country or ground before a role, where a person's name never stands. A group cannot say a quote, yet the name finder
/// takes such words for surnames when no gazetteer knows them (nicknames of women's and foreign teams, nationality plurals, small nations).</summary>
public static class CollectiveNames
{
    private static readonly ArticleMemo<bool> Known = new();

    /// <summary>Roles and groups a country, club or ground qualifies: "the Benin international", "the Lionesses boss".</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "international", "internationals", "boss", "manager", "coach", "head", "captain", "skipper", "side", "team", "squad", "outfit",
        "forward", "striker", "defender", "midfielder", "goalkeeper", "keeper", "winger", "players", "player", "fans", "supporters", "faithful",
        "club", "camp", "federation", "government", "president", "chairman", "owner", "owners", "board", "hierarchy", "dugout", "bench",
        "ace", "star", "stars", "hero", "heroes", "icon", "legend", "talisman", "youngster", "starlet", "veteran", "attacker", "playmaker",
        "frontman", "stopper", "shot-stopper", "centre-back", "full-back", "loanee", "signing", "academy", "graduate", "favourite",
        "mayor", "local", "locals", "resident", "residents", "councillor", "council", "minister", "MP", "premier", "senator", "MLA",
    };

    /// <summary>Role nouns that a place or a club qualifies right before the person's own name ("Bunbury mayor Jaysen Miguel", "Bunbury local
    /// Tracy Bratby", "Arsenal boss Mikel Arteta"): a person's surname never stands there, so the word before is a place or a side.</summary>
    private static readonly HashSet<string> QualifiedRoles = new(StringComparer.Ordinal)
    {
        "mayor", "local", "resident", "councillor", "minister", "MP", "premier", "senator", "boss", "manager", "coach", "captain", "skipper",
        "chairman", "owner", "president", "international", "striker", "forward", "defender", "midfielder", "goalkeeper", "keeper", "winger",
    };

    /// <summary>True when <paramref name="name"/> is one word the article never gives a first name, and is written after a lower-case "the"
    /// as a plural ("the Germans") or before a role noun ("the Benin international"), or as what a side wins over or travels to; or is
    /// a name the article writes only after "the" ("the Henderson Eels", "the Honiara Eagles").</summary>
    public static bool IsCollective(ExtractionContext context, string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length < 3 || !char.IsUpper(trimmed[0])) return false;
        return Known.Get(context, trimmed, static (context, trimmed) => trimmed.Contains(' ')
            ? AlwaysAfterThe(context.Text, trimmed) || PluralTailAfterThe(context.Text, trimmed)
            : !context.People.FullName(trimmed).Contains(' ') && (WrittenAsGroup(context.Text, trimmed) || AlwaysAfterThe(context.Text, trimmed) || AlwaysBeforeEventWord(context.Text, trimmed)));
    }

    private static bool WrittenAsGroup(string text, string word)
    {
        bool plural = word.Length >= 4 && word[^1] == 's';
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            // A whole word ("the Blues", not "the Bluesky"), not the start of a longer proper name ("the Reds Foundation").
            if (end < text.Length && char.IsLetter(text[end])) continue;
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            // "a 5-3 win over Augsburg", "the trip to Moscow", "gather in Brisbane", "a stint in the Middle East": only a side or a place is
            // won over, travelled to or been in.
            // "one place in Guardiola's front three", "faith in Howe": after a bare "in", a possessive or a noun of trust marks a person, not a place.
            if (SideOrPlaceBefore(text.AsSpan(Math.Max(0, at - 14), Math.Min(14, at))) && !OwnerAfterIn(text, at, end)) return true;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1])) continue;
            var next = NextWord(text, end);
            int afterNext = end + 1 + next.Length;
            if (QualifiedRoles.Contains(next) && afterNext + 1 < text.Length && text[afterNext] == ' ' && char.IsUpper(text[afterNext + 1])) return true;
            // "the Germans", and at a sentence's start "The Kingsmeadow ace": a person's surname never follows "the".
            if (at < 4 || !text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) || (at > 4 && char.IsLetter(text[at - 5]))) continue;
            if (plural || RoleNouns.Contains(NextWord(text, end))) return true;
        }
        return false;
    }

    /// <summary>True when every time the report writes the name it puts a lower-case "the" before it ("with the Henderson Eels"): a club or
    /// a body, never a person, whose full name a report writes bare.</summary>
    private static bool AlwaysAfterThe(string text, string name)
    {
        bool seen = false;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(text[at - 1])) continue;
            // "the Thom Mkolongo-coached side": the "the" goes with the noun after the joined participle, not with the name.
            int end = at + name.Length;
            if (end + 1 < text.Length && text[end] is '-' or '‑' && char.IsLower(text[end + 1])) continue;
            if (at < 4 || !text.AsSpan(at - 4, 4).SequenceEqual("the ") || (at > 4 && char.IsLetter(text[at - 5]))) return false;
            seen = true;
        }
        return seen;
    }

    /// <summary>True when the name's last word is a plural the report writes alone only after "the" ("Edo Queens", then "the Queens
    /// defeated ..."): a side's short name, so the whole name is the side's. A person's surname stands alone ("Jones said").</summary>
    private static bool PluralTailAfterThe(string text, string name)
    {
        int space = name.LastIndexOf(' ');
        var tail = name[(space + 1)..];
        if (tail.Length < 4 || tail[^1] != 's' || tail[^2] is '\'' or '’' || !char.IsUpper(tail[0])) return false;
        var head = name[..(space + 1)];
        bool afterThe = false;
        for (int at = text.IndexOf(tail, StringComparison.Ordinal); at >= 0; at = text.IndexOf(tail, at + tail.Length, StringComparison.Ordinal))
        {
            int end = at + tail.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
            if (at >= head.Length && text.AsSpan(at - head.Length, head.Length).SequenceEqual(head)) continue;
            if (at >= 4 && text.AsSpan(at - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase) && (at == 4 || !char.IsLetter(text[at - 5]))) { afterThe = true; continue; }
            return false;
        }
        return afterThe;
    }

    private static readonly string[] EventWords = [" Cup", " League", " Trophy", " Shield", " Series", " Games", " Stadium", " Park", " Arena"];

    /// <summary>True when every time the report writes the one-word name, an event or ground word follows it ("Gunners clinch Conti Cup"):
    /// part of a competition's or a ground's name, never a person.</summary>
    private static bool AlwaysBeforeEventWord(string text, string name)
    {
        bool seen = false;
        for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
            bool eventAfter = false;
            foreach (var word in EventWords)
                if (text.AsSpan(end).StartsWith(word, StringComparison.Ordinal) && (end + word.Length >= text.Length || !char.IsLetter(text[end + word.Length]))) eventAfter = true;
            if (!eventAfter) return false;
            seen = true;
        }
        return seen;
    }

    private static readonly string[] SideOrPlaceWords = ["win over ", "victory over ", "defeat to ", "defeat by ", "draw with ", "trip to ", "visit to ", "loss to ", " in ", " in the "];

    private static readonly string[] TrustNouns = ["faith", "trust", "belief", "confidence", "interest"];

    /// <summary>True when the word after "in" owns what follows ("in Guardiola's side") or follows a noun a person is held in ("faith in
    /// Howe"): then "in" does not go to a place.</summary>
    private static bool OwnerAfterIn(string text, int at, int end)
    {
        var before = text.AsSpan(Math.Max(0, at - 24), Math.Min(24, at));
        if (!before.EndsWith(" in ", StringComparison.Ordinal)) return false;
        if (end + 1 < text.Length && text[end] is '\'' or '’' && (text[end + 1] == 's' || text[end - 1] == 's')) return true;
        var head = before[..^4];
        foreach (var noun in TrustNouns)
            if (head.EndsWith(noun, StringComparison.Ordinal) && (head.Length == noun.Length || !char.IsLetter(head[^(noun.Length + 1)]))) return true;
        return false;
    }

    private static bool SideOrPlaceBefore(ReadOnlySpan<char> before)
    {
        foreach (var words in SideOrPlaceWords)
            if (before.EndsWith(words, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string NextWord(string text, int end)
    {
        if (end >= text.Length || text[end] != ' ') return "";
        int start = end + 1, stop = start;
        while (stop < text.Length && char.IsLetter(text[stop])) stop++;
        return text[start..stop];
    }
}
