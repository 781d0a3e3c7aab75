using NewsDigest.Text;

namespace NewsDigest.Extraction.Teams;

/// <summary>A mention of one of the match's two teams in the text.</summary>
public readonly record struct TeamMention(TextSpan Span, string Team);

/// <summary>Resolves what the text calls a team ("Man Utd", "the Red Devils", "United", "the hosts") to one of the match's two teams.</summary>
public sealed class TeamResolver
{
    /// <summary>Words that close many clubs' names ("City", "Rangers", "Mariners") and on their own say which of the two sides only by the pair.</summary>
    internal static readonly string[] ShortWords = ["City", "United", "Utd", "Villa", "Palace", "Ham", "Brom", "Albion", "Forest", "Rovers", "Wanderers", "Athletic", "County", "Town", "Hotspur", "Madrid", "Milan",
        "Rangers", "Celtic", "Thistle", "Mariners", "Harriers", "Dynamo"];
    private readonly ExtractionContext _context;
    private List<TeamMention>? _mentions;

    internal TeamResolver(ExtractionContext context) => _context = context;

    /// <summary>Every mention of either team, in text order (empty until the teams are known).</summary>
    public IReadOnlyList<TeamMention> Mentions => _mentions ??= FindMentions();

    public IEnumerable<TeamMention> Within(TextSpan span)
    {
        var mentions = Mentions;
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (mentions[mid].Span.Start < span.Start) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < mentions.Count && mentions[i].Span.Start < span.End; i++) yield return mentions[i];
    }

    /// <summary>The other team of the pair.</summary>
    public string? Opponent(string team)
    {
        if (_context.Facts.Teams is not { } pair) return null;
        return pair.First == team ? pair.Second : pair.Second == team ? pair.First : null;
    }

    /// <summary>The home side, when the venue is a known home ground of one of the two teams.</summary>
    public string? HomeTeam => _context.Facts.Venue is { } venue && _context.Facts.Teams is { } pair
        ? _context.VenueMentions.Where(v => v.Value.Name == venue.Value).Select(v => v.Value.SharedWith is { } shared && pair.Contains(shared) ? shared : v.Value.HomeTeam)
            .FirstOrDefault(t => t is not null && pair.Contains(t))
        : null;

    private List<TeamMention> FindMentions()
    {
        var result = new List<TeamMention>();
        if (_context.Facts.Teams is not { } pair) return result;
        var text = _context.Text;
        foreach (var m in _context.TeamMentions)
            if (pair.Contains(m.Value.Name)) result.Add(new TeamMention(m.Span, m.Value.Name));
        // Names outside the gazetteer (the pair came from a headline) are matched as written.
        foreach (var team in new[] { pair.First, pair.Second })
        {
            if (_context.Gazetteer.Teams.TryGet(team, out _)) continue;
            for (int at = text.IndexOf(team, StringComparison.Ordinal); at >= 0; at = text.IndexOf(team, at + team.Length, StringComparison.Ordinal))
                result.Add(new TeamMention(new TextSpan(at, team.Length), team));
        }
        var covered = result.Select(r => r.Span).ToList();
        // "City", "United": a word of one team's name (and not the other's) names that team once the match is known.
        foreach (var word in ShortWords)
        {
            bool first = ContainsWord(pair.First, word), second = ContainsWord(pair.Second, word);
            if (first == second) continue;
            string team = first ? pair.First : pair.Second;
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                int end = at + word.Length;
                if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                var span = new TextSpan(at, word.Length);
                if (!covered.Any(r => r.Overlaps(span))) result.Add(new TeamMention(span, team));
            }
        }
        // "after the Rise FC defeated the Ottawa Rapid FC": a side written by the last word of its name after "the" (US and Canadian copy).
        foreach (var team in new[] { pair.First, pair.Second })
        {
            if (LastWordForm(team, team == pair.First ? pair.Second : pair.First) is not { } word) continue;
            var form = "the " + word;
            for (int at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
            {
                int end = at + form.Length;
                if ((at > 0 && char.IsLetter(text[at - 1])) || (end < text.Length && char.IsLetter(text[end]))) continue;
                var span = new TextSpan(at + 4, word.Length);
                if (!covered.Any(r => r.Overlaps(span))) result.Add(new TeamMention(span, team));
            }
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    /// <summary>The closing word of a name of two words or more ("Rise" of "Vancouver Rise", "Wave" of "San Diego Wave") when it is capitalised, not a
    /// club word of <see cref="ShortWords"/> or "FC", and not in the other side's name; null otherwise.</summary>
    private static string? LastWordForm(string team, string other)
    {
        var words = team.Split(' ');
        if (words.Length < 2) return null;
        var last = words[^1];
        if (last is "FC" or "SC" or "AFC" or "CF" && words.Length >= 3) last = words[^2];
        if (last.Length < 3 || !char.IsUpper(last[0]) || last.All(char.IsUpper) || ShortWords.Contains(last) || ContainsWord(other, last)) return null;
        return last;
    }

    private static bool ContainsWord(string name, string word)
    {
        foreach (var part in name.Split(' ')) if (part == word) return true;
        return false;
    }
}
