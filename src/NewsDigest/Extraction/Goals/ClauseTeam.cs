using System.Text.RegularExpressions;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>Which side a goal clause's team names point to: "put the Blues in front" names the scoring side; "into the Sunderland goal",
/// "the Reds fell behind to" name the side that conceded; "the hosts" and "the visitors" name a side once the ground tells who was at home;
/// "Villa defender Clark" is another player's side and says nothing of the scorer's.</summary>
internal static partial class ClauseTeam
{
    /// <summary>The side the clause says scored; null when its team names do not settle it. <paramref name="decided"/> is false when the
    /// clause names no side at all, so the sentence around it may be read instead.</summary>
    public static string? Read(ExtractionContext context, TextSpan clause, List<TextSpan> otherGoalClauses, out bool decided)
    {
        var text = context.Text;
        string? conceded = null;
        var plain = new List<string>();
        decided = false;
        foreach (var (span, team) in Sides(context, clause))
        {
            if (otherGoalClauses.Any(c => c.Overlaps(span))) continue;
            decided = true;
            if (team is null) continue;
            var before = text.AsSpan(Math.Max(clause.Start, span.Start - 40), span.Start - Math.Max(clause.Start, span.Start - 40));
            var after = text.AsSpan(span.End, Math.Max(0, Math.Min(45, clause.End - span.End)));
            if (Beneficiary().IsMatch(before) && AheadAfter().IsMatch(after)) return team;
            if (RoleThenName().IsMatch(after)) continue;
            if (ConcedingAfter().IsMatch(after) || ConcedingBefore().IsMatch(before)) conceded ??= team;
            else plain.Add(team);
        }
        var distinct = plain.Distinct().ToList();
        if (distinct.Count == 1) return distinct[0];
        if (distinct.Count == 0 && conceded is not null) return context.Teams.Opponent(conceded);
        return null;
    }

    /// <summary>The team names of a span and its "the hosts"/"the visitors" (their team when the ground tells who was at home, else null).</summary>
    private static IEnumerable<(TextSpan Span, string? Team)> Sides(ExtractionContext context, TextSpan span)
    {
        var sides = context.Teams.Within(span).Select(m => (m.Span, (string?)m.Team)).ToList();
        string? home = null;
        bool homeRead = false;
        for (var m = HostWords().Match(context.Text, span.Start, span.Length); m.Success; m = m.NextMatch())
        {
            if (!homeRead) (home, homeRead) = (context.Teams.HomeTeam, true);
            bool hosts = m.Groups["home"].Success;
            string? team = home is null ? null : hosts ? home : context.Teams.Opponent(home);
            sides.Add((new TextSpan(m.Index, m.Length), team));
        }
        return sides.OrderBy(s => s.Item1.Start);
    }

    [GeneratedRegex(@"\bthe\s+(?:(?<home>hosts|home\s+(?:side|team))|(?:visitors|visiting\s+(?:side|team)|away\s+(?:side|team)|travelling\s+(?:side|team)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HostWords();

    /// <summary>"put the", "fired", "gave": a verb whose object is the side a goal sends ahead.</summary>
    [GeneratedRegex(@"\b(?:put|puts|putting|fired|fires|firing|gave|give|gives|giving|sent|send|sends|sending|headed|heads|heading|nodded|nods|nodding|shot|shoots|drew|draws|drawing|dragged|drags|dragging|pulled|pulls|pulling|got|gets|getting|edged|edges|edging|brought|brings|bringing|hauled|hauls|hauling|swept|sweeps|moved|moves)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Beneficiary();

    [GeneratedRegex(@"^\s*(?:back\s+)?(?:ahead|in front|into (?:an?\s+)?(?:[\w-]+\s+)?lead|the lead|level|on level terms|back into (?:it|the game|contention)|(?:a\s+)?(?:[\w-]+\s+)?lead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AheadAfter();

    /// <summary>"Hammers defender James Collins": a role and a name after the team make it that player's side.</summary>
    [GeneratedRegex(@"^(?:['’]s?)?\s+(?:[a-z][\w-]*\s+)?(?:defender|midfielder|striker|forward|winger|keeper|goalkeeper|captain|skipper|manager|boss|coach|full-back|right-back|left-back|centre-back|centre-half|wing-back|substitute|sub|youngster|teenager|loanee|signing|star|playmaker|frontman|veteran|debutant|academy graduate)\s+(?-i:\p{Lu})")]
    private static partial Regex RoleThenName();

    /// <summary>"the Sunderland goal", "Liverpool's defence", "United fell behind to": the team is the side scored against. So is a side
    /// that failed to clear the ball the goal came from ("Pafos couldn't clear a corner and Caicedo arrived to flick his header in",
    /// "Forest failed to deal with a routine free-kick and Ogbene fired home").</summary>
    [GeneratedRegex(@"^\s*(?:['’]s?\s+)?(?:[\w-]+\s+)?(?:goal|net|defence|defense|back four|back line|backline|rearguard|penalty area|box|area|goalmouth|six-yard box)\b(?!-)|^\s*(?:fell|went|were|was)\s+(?:\w+\s+)?behind\b|^\s*(?:trailed|conceded)\b|^\s*(?:could(?:n['’]t|\s+not)|failed\s+to|(?:was|were)\s+unable\s+to)\s+(?:clear|deal\s+with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConcedingAfter();

    [GeneratedRegex(@"\b(?:against|past|beyond|beat|beating|behind|over|at)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConcedingBefore();

}
