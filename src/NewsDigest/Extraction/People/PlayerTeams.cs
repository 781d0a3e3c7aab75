using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>Which of the two teams a player belongs to, as the report shows it: "Arsenal's Walcott", "Villa forward Benteke", "Olivier Giroud (France)", a ratings line.</summary>
public sealed partial class PlayerTeams
{
    private readonly Dictionary<string, string> _teamBySurname = new(StringComparer.Ordinal);

    public static PlayerTeams Build(ExtractionContext context)
    {
        var result = new PlayerTeams();
        if (context.Facts.Teams is null) return result;
        var text = context.Text;
        var teams = context.Teams.Mentions;
        int t = 0;
        foreach (var person in context.People.Mentions)
        {
            while (t < teams.Count && teams[t].Span.End <= person.Start) t++;
            // A team named just before the person, with only a role or a possessive between.
            if (t > 0)
            {
                var team = teams[t - 1];
                int gap = person.Start - team.Span.End;
                if (gap >= 0 && gap <= 30 && IsRoleGap(text.AsSpan(team.Span.End, gap))) result.Learn(context.People.NameOf(person), team.Team);
            }
            // "Olivier Giroud (France)".
            if (t < teams.Count && teams[t].Span.Start - person.End is >= 1 and <= 3 && text.AsSpan(person.End, teams[t].Span.Start - person.End).Trim().SequenceEqual("("))
                result.Learn(context.People.NameOf(person), teams[t].Team);
        }
        foreach (var rating in context.Ratings)
            if (rating.Team is { } team) result.Learn(rating.Player, team);
        LearnLineUps(context, teams, result);
        return result;
    }

    /// <summary>"Sunderland: Borthwick, Ashcroft, Christon-Hughes, ... Ramshaw (Kelly 70), Ward. Goal: Fairbairn 40.": a line opening on
    /// one of the pair's names and a colon, then a run of at least five names between commas, is that side's line-up; every name in the
    /// run (substitutes in brackets too) is its player. Prose said it first, so a name the prose already placed keeps its team.</summary>
    private static void LearnLineUps(ExtractionContext context, IReadOnlyList<Teams.TeamMention> teams, PlayerTeams result)
    {
        var text = context.Text;
        foreach (var mention in teams)
        {
            int at = mention.Span.Start;
            if (at > 0 && text[at - 1] != '\n') continue;
            var colon = LineUpOpening().Match(text, mention.Span.End);
            if (!colon.Success) continue;
            int start = colon.Index + colon.Length;
            int lineEnd = text.IndexOf('\n', start);
            if (lineEnd < 0) lineEnd = text.Length;
            // The line-up runs to its first full stop: "Subs not used:", "Goals:" and "Booked:" follow it on the same line.
            int stop = text.IndexOf(". ", start, lineEnd - start, StringComparison.Ordinal);
            var run = text.AsSpan(start, (stop < 0 ? lineEnd : stop) - start);
            if (run.Count(',') < 4) continue;
            foreach (var name in LineUpName().EnumerateMatches(run)) result.Learn(run.Slice(name.Index, name.Length).ToString(), mention.Team);
        }
    }

    /// <summary>Right after a side's name at a line's start: an optional formation in brackets, then the colon.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\G(?: \([0-9\-]+\))?:\s*")]
    private static partial System.Text.RegularExpressions.Regex LineUpOpening();

    /// <summary>A surname in a line-up: a capitalised word of two letters or more (with apostrophes and hyphens); "(c)" and minutes are no name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{Lu}[\p{L}\p{M}'’\-]+")]
    private static partial System.Text.RegularExpressions.Regex LineUpName();

    public void Learn(string player, string team) => _teamBySurname.TryAdd(PersonIndex.SurnameKey(player), team);

    public string? TeamOf(string player) => _teamBySurname.GetValueOrDefault(PersonIndex.SurnameKey(player));

    private static bool IsRoleGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        if (trimmed.IsEmpty) return true;
        if (trimmed is "'s" or "’s" or "'" or "’") return true;
        if (trimmed.StartsWith("'s ") || trimmed.StartsWith("’s ")) trimmed = trimmed[3..];
        foreach (var c in trimmed) if (char.IsUpper(c) || c is ',' or '.' or ';' or ':' or '(' or ')' or '"' or '“' or '”') return false;
        // "Villa forward", "Chelsea's on-loan right-back": role words only; "to Liverpool in the first half with Benteke" joins the team
        // and the person by a phrase, which says nothing of whose player he is.
        int words = 0;
        foreach (var word in trimmed.Split(' '))
        {
            if (trimmed[word].IsEmpty) continue;
            if (++words > 3 || LinkWords.Contains(trimmed[word].ToString())) return false;
        }
        return true;
    }

    /// <summary>Words that join a team to a person by a phrase rather than name his role.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "with", "in", "to", "against", "for", "at", "and", "over", "past", "by", "from", "of", "on", "the", "a", "an", "as", "when",
        "after", "before", "but", "while", "into", "through", "than", "was", "were", "is", "are", "had", "has", "have", "beat", "saw",
        "who", "which", "that", "where", "then", "so", "or", "until", "since", "off", "under", "behind", "without", "like",
        // "a victory over Nigeria despite Lauren James' red card": a conjunction opens another clause, whose subject is anyone's player.
        "despite", "because", "although", "though", "amid", "following", "unless", "if", "thanks", "whereas", "yet", "nor", "even",
    };
}
