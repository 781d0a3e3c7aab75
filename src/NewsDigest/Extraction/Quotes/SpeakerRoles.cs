using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Reads the role a report gives a person just before the name: "France coach Didier Deschamps", "Arsenal manager Arsene Wenger", "the Spurs captain".</summary>
public static partial class SpeakerRoles
{
    /// <summary>The role in front of any mention of the person (fullest first), with the team it names, or nulls.</summary>
    public static (string? Role, string? Team) Find(ExtractionContext context, string fullName)
    {
        var key = PersonIndex.SurnameKey(fullName);
        var text = context.Text;
        foreach (var mention in context.People.Mentions)
        {
            if (PersonIndex.SurnameKey(context.People.NameOf(mention)) != key) continue;
            var before = text.AsSpan(Math.Max(0, mention.Start - 50), Math.Min(50, mention.Start)).ToString();
            var m = Role().Match(before);
            if (!m.Success) continue;
            var role = m.Groups["role"].Value.Trim();
            string? team = null;
            foreach (var t in context.TeamMentions)
                if (t.Span.Start >= mention.Start - (before.Length - m.Index) && t.Span.End <= mention.Start) team = t.Value.Name;
            if (team is not null && !role.StartsWith(team, StringComparison.Ordinal))
            {
                // Keep the role as written ("Gunners manager") but report the canonical team.
            }
            return (role, team);
        }
        return (null, null);
    }

    [GeneratedRegex(@"(?<role>(?:(?:[A-Z][\w'’&-]*[ ]){1,3})?(?:[\w-]+[ ])?(?:head coach|coach|manager|boss|captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|chairman|owner|president|sporting director|director of football|assistant|assistant manager|interim manager|caretaker manager|caretaker|player-manager))[ ]*$")]
    private static partial Regex Role();
}
