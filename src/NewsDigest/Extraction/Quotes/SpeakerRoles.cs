using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Quotes;

/// <summary>Reads the role a report gives a person just before the name: "France coach Didier Deschamps", "Arsenal manager Arsene Wenger", "the Spurs captain".</summary>
public static partial class SpeakerRoles
{
    /// <summary>The role in front of any mention of the person (fullest first), with the team it names, or nulls.</summary>
    public static (string? Role, string? Team) Find(ExtractionContext context, string fullName)
    {
        var found = FindBy(context, PersonIndex.SurnameKey(fullName), out bool seen);
        // "Dortmund captain Emre Can said", where the name finder took only "Emre": its mentions carry the given name, not the surname.
        int space = fullName.IndexOf(' ');
        return seen || space <= 0 ? found : FindBy(context, PersonIndex.SurnameKey(fullName[..space]), out _);
    }

    private static (string? Role, string? Team) FindBy(ExtractionContext context, string key, out bool seen)
    {
        seen = false;
        var text = context.Text;
        foreach (var mention in context.People.Mentions)
        {
            if (PersonIndex.SurnameKey(context.People.NameOf(mention)) != key) continue;
            seen = true;
            var window = text.AsSpan(Math.Max(0, mention.Start - 50), Math.Min(50, mention.Start));
            if (!EndsWithRoleWord(window)) continue;
            var before = window.ToString();
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

    /// <summary>The last words of the role forms: the regex can only match a window ending (before spaces) in one of them.</summary>
    private static readonly string[] RoleEndings =
        ["coach", "manager", "boss", "captain", "skipper", "striker", "forward", "midfielder", "defender", "keeper", "winger", "back",
         "chairman", "owner", "president", "director", "football", "assistant", "caretaker"];

    /// <summary>
    /// A quick necessary test before <see cref="Role"/> runs, which tries every start position of the window: the role must end the
    /// window, before trailing spaces and, as <c>$</c> allows, one final line break.
    /// </summary>
    private static bool EndsWithRoleWord(ReadOnlySpan<char> window)
    {
        if (EndsWithRoleWordBeforeSpaces(window)) return true;
        return window.Length > 0 && window[^1] == '\n' && EndsWithRoleWordBeforeSpaces(window[..^1]);
    }

    private static bool EndsWithRoleWordBeforeSpaces(ReadOnlySpan<char> window)
    {
        var trimmed = window.TrimEnd(' ');
        foreach (var ending in RoleEndings)
            if (trimmed.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    [GeneratedRegex(@"(?<role>(?:(?:[A-Z][\w'’&-]*[ ]){1,3})?(?:(?<![\w'’-])(?!(?:by|while|and|as|with|for|to|of|from|said|says|after|before|when|but|the|a|an|his|her|their)[ ])[\w-]+[ ])?(?:head coach|coach|manager|boss|captain|skipper|striker|forward|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|chairman|owner|president|sporting director|director of football|assistant|assistant manager|interim manager|caretaker manager|caretaker|player-manager))[ ]*$")]
    private static partial Regex Role();
}
