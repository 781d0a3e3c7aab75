using System.Text.RegularExpressions;
using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Quotes;

/// <summary>A description of a side's official whom the report never names: "said the Bolton trainer afterwards", "said their chairman".
/// Old match reports and agency copy quote such people without a name; the words are nobody's the
/// report names, not those of the person the passage is about. A manager, coach, boss or captain is left out: reports name them without
/// the word often enough ("Eidevall paid tribute to his players. “...,” said the Arsenal boss", "Karen Doyle ... “...,” the Peamount
/// United captain wrote") that the description is the person the passage is about.</summary>
internal static partial class UnnamedRoleHolder
{
    /// <summary>True when <paramref name="description"/> is "the" or "their" with a side's name (or none after "their") and a trainer's,
    /// chairman's or secretary's role word, and no person in the report holds that role: none is named right after the role word ("Bolton
    /// trainer Bert Sproston", "chairman Bob Lord"), or with it in apposition ("Sproston, the Bolton trainer,") for the same or no side.</summary>
    internal static bool Is(ExtractionContext context, string description, int position)
    {
        var m = Description().Match(TrailingAdverb().Replace(description.Trim().TrimEnd(',', '.', ';', ':'), ""));
        if (!m.Success) return false;
        var side = m.Groups["side"].Value.Trim();
        bool their = m.Groups["det"].Value.Equals("their", StringComparison.OrdinalIgnoreCase);
        var roleWord = m.Groups["role"].Value.ToLowerInvariant();
        if (!RolePatterns.ContainsKey(roleWord))
            return (side.Length == 0 || char.IsUpper(side[0]) && !Nationality().IsMatch(side) && !Demonym().IsMatch(side)) && HeldByNobodyFitting(context, roleWord, description, position);
        // "the Italian coach", "the former coach": a nationality or a plain adjective describes a person the report is about, not a side's post.
        if (side.Length == 0 ? !their : !char.IsUpper(side[0]) || Nationality().IsMatch(side) || Demonym().IsMatch(side)) return false;
        var (roleBefore, roleAfter) = RolePatterns[roleWord];
        var text = context.Text;
        foreach (var mention in context.People.Mentions)
        {
            if (context.IsQuoted(mention.Start)) continue;
            if (!SpeakerNames.CanSpeak(context, context.People.NameOf(mention))) continue;
            int from = Math.Max(0, mention.Start - 60);
            if (roleBefore.Match(text, from, mention.Start - from) is { Success: true } before && SameSide(before.Groups["side"].Value, side)) return false;
            int to = Math.Min(text.Length, mention.End + 80);
            if (roleAfter.Match(text, mention.End, to - mention.End) is { Success: true } after && SameSide(after.Groups["side"].Value, side)) return false;
        }
        return true;
    }

    /// <summary>A manager's or captain's description ("the Eintracht coach", "the gaffer", "the Bohemians captain") that no mention gives to a
    /// person, where the person the passage is about cannot hold the role: a manager who scored, missed a penalty or was sent off in the match, one the report
    /// gives a player's or another official's role word ("forward", "chairman"), or one the report places with another side than the
    /// description names. The report quotes someone it never names; the person the passage is about ("Eidevall paid tribute to his players.
    /// “...,” said the Arsenal boss") still speaks when nothing says they cannot hold the role.</summary>
    private static bool HeldByNobodyFitting(ExtractionContext context, string role, string description, int position)
    {
        if (SpeakerSalience.PassagePersonForUnheldRole(context, description, position) is not { } person) return false;
        bool captain = role is "captain" or "skipper";
        var key = PersonIndex.SurnameKey(person);
        if (!captain && (context.Goals.Any(g => PersonIndex.SurnameKey(g.Player) == key) || context.Cards.Any(c => c.IsSendingOff && PersonIndex.SurnameKey(c.Player) == key)
            || context.MissedPenalties.Any(p => PersonIndex.SurnameKey(p.Player) == key))) return true;
        var (given, givenTeam) = SpeakerRoles.Find(context, person);
        if (given is not null)
        {
            var last = given.Split(' ')[^1].ToLowerInvariant();
            bool managerGiven = SpeakerSalience.IsManagerWord(last);
            if (captain ? managerGiven || last is "chairman" or "president" or "owner" or "director" : !managerGiven && last != role) return true;
        }
        var side = SpeakerSalience.SideNamed(context, description);
        var theirs = givenTeam ?? context.PlayerTeams.TeamOf(person);
        return side is not null && theirs is not null && !side.Equals(theirs, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>For each role word of <see cref="Description"/>, the holder named before or after it; a chairman is also the president. Built
    /// once: the check runs for every quote a description attributes.</summary>
    private static readonly Dictionary<string, (Regex Before, Regex After)> RolePatterns = new[] { "trainer", "chairman", "president", "secretary", "spokesman", "spokeswoman", "spokesperson" }
        .ToDictionary(role => role, role => role is "chairman" or "president" ? Holder("chairman|president|chairwoman") : Holder(role));

    private static (Regex Before, Regex After) Holder(string role) => (RoleBefore(role), RoleAfter(role));

    /// <summary>A side the role is given with matches the description's when either names none or one contains the other.</summary>
    private static bool SameSide(string found, string wanted)
    {
        found = found.Trim().TrimEnd('\'', '’', 's').Trim();
        wanted = wanted.Trim().TrimEnd('\'', '’', 's').Trim();
        return found.Length == 0 || wanted.Length == 0 || found.Contains(wanted, StringComparison.OrdinalIgnoreCase) || wanted.Contains(found, StringComparison.OrdinalIgnoreCase);
    }

    private static Regex RoleBefore(string role) => new(@"(?:(?<side>[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+)?(?:(?:head|assistant|interim|caretaker|club|team)\s+)?(?:" + role + @")\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex RoleAfter(string role) => new(@"^\s*,\s*(?:the|their|his|her)\s+(?<side>(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3})(?:(?:head|assistant|interim|caretaker|club|team)\s+)?(?:" + role + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\s+(?:afterwards|afterward|later|after the (?:game|match)|yesterday|today|tonight|last night)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAdverb();

    [GeneratedRegex(@"^(?<det>the|their)\s+(?<side>(?:[\p{L}'’.-]+\s+){0,3}?)(?<role>trainer|chairman|president|secretary|spokesman|spokeswoman|spokesperson|manager|coach|boss|gaffer|captain|skipper)$", RegexOptions.IgnoreCase)]
    private static partial Regex Description();

    [GeneratedRegex(@"^(?:" + NarrativeSpeaker.DescriptionHeads + @"|former|new|young|veteran|experienced|home|away|visiting|opposing|victorious|losing|beaten|rival)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nationality();

    /// <summary>A one-word nationality the list above lacks: "Spanish", "Dutch", "Tunisian", "Iraqi".</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Ll}]+(?:ish|ese|ian|ean|ch|i)$")]
    private static partial Regex Demonym();
}
