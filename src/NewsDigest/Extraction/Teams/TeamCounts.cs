using NewsDigest.Extraction.Gazetteers;

namespace NewsDigest.Extraction.Teams;

/// <summary>How often a report names each team, counting a bare "United" or "Villa" for the only team named in the report whose name ends so.</summary>
public static class TeamCounts
{
    private static readonly string[] ShortWords = ["United", "City", "Villa", "Palace", "Forest", "Albion", "Hotspur", "Wanderers", "Rovers", "Athletic"];

    /// <summary>Closing words of team names that stand for no one team ("Club Brugge" is not every "Brugge"; "Sporting Kansas City").</summary>
    private static readonly HashSet<string> NotShortNames = new(StringComparer.Ordinal) { "Women", "Ladies", "Club", "Republic", "Islands", "Juniors", "Kong", "Leone" };

    public static Dictionary<string, int> Of(string text, IReadOnlyList<PhraseMatch<TeamEntry>> mentions)
    {
        var counts = new Dictionary<string, int>();
        foreach (var m in mentions) counts[m.Value.Name] = counts.GetValueOrDefault(m.Value.Name) + 1;
        // "Though Glory pulled a goal back": a named team's closing word, when no other named team shares it, counts for that team.
        var words = new HashSet<string>(ShortWords, StringComparer.Ordinal);
        foreach (var team in counts.Keys)
        {
            int space = team.LastIndexOf(' ');
            if (space > 0 && team.Length - space - 1 >= 4 && char.IsUpper(team[space + 1]) && !NotShortNames.Contains(team[(space + 1)..])) words.Add(team[(space + 1)..]);
        }
        foreach (var word in words)
        {
            string? owner = null;
            int owners = 0;
            foreach (var team in counts.Keys)
                if (team.EndsWith(" " + word, StringComparison.Ordinal)) { owner = team; owners++; }
            // "Manchester United ... Sunderland's win over Newcastle": of several teams whose names end so, the only one the report writes in
            // full owns the bare word; "Newcastle" written alone does not make every "United" Newcastle's.
            if (owners > 1) owner = WrittenInFull(text, mentions, word, out owners);
            if (owners != 1 || owner is null) continue;
            int bare = 0;
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                int end = at + word.Length;
                if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                if (!Inside(mentions, at)) bare++;
            }
            counts[owner] += bare;
        }
        return counts;
    }

    private static string? WrittenInFull(string text, IReadOnlyList<PhraseMatch<TeamEntry>> mentions, string word, out int owners)
    {
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!m.Value.Name.EndsWith(" " + word, StringComparison.Ordinal)) continue;
            var surface = text.AsSpan(m.Span.Start, m.Span.Length).TrimEnd("'’s");
            if (surface.EndsWith(" " + word, StringComparison.Ordinal)) written.Add(m.Value.Name);
        }
        owners = written.Count;
        return owners == 1 ? written.First() : null;
    }

    private static bool Inside(IReadOnlyList<PhraseMatch<TeamEntry>> mentions, int at)
    {
        foreach (var m in mentions) if (m.Span.Contains(at)) return true;
        return false;
    }
}
