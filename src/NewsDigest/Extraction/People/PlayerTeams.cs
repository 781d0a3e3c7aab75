using NewsDigest.Text;

namespace NewsDigest.Extraction.People;

/// <summary>Which of the two teams a player belongs to, as the report shows it: "Arsenal's Walcott", "Villa forward Benteke", "Olivier Giroud (France)", a ratings line.</summary>
public sealed class PlayerTeams
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
        return result;
    }

    public void Learn(string player, string team) => _teamBySurname.TryAdd(PersonIndex.SurnameKey(player), team);

    public string? TeamOf(string player) => _teamBySurname.GetValueOrDefault(PersonIndex.SurnameKey(player));

    private static bool IsRoleGap(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.Trim();
        if (trimmed.IsEmpty) return true;
        if (trimmed is "'s" or "’s" or "'" or "’") return true;
        if (trimmed.StartsWith("'s ") || trimmed.StartsWith("’s ")) trimmed = trimmed[3..];
        foreach (var c in trimmed) if (char.IsUpper(c) || c is ',' or '.' or ';' or ':' or '(' or ')' or '"' or '“' or '”') return false;
        return true;
    }
}
