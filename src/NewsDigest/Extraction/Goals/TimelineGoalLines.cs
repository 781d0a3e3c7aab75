using System.Text.RegularExpressions;
using NewsDigest.Extraction.Minutes;
using NewsDigest.Extraction.People;
using NewsDigest.Text;

namespace NewsDigest.Extraction.Goals;

/// <summary>
/// A match timeline's goal lines, each opening on its minute and then a goal marker or the running score: "34 min.—GOAL! UNITED. ...
/// Dunne ... beats Brown with a low drive.", "9' GOAL - Hull. Marcus Ebbrell cuts inside and curls ...", "9' 0-1 Tiago Lemos slides in
/// at the far post". Read after the run of play: the goal the prose read inside the line without a minute takes the line's minute; a
/// line the prose read no goal in gives its named scorer (the name in brackets after the marker, else the name the goal's form points
/// at, else the first name that is no bystander and no side). A line's minute that some goal already has is left alone, and so is a
/// line that the goal lists read.
/// </summary>
internal static partial class TimelineGoalLines
{
    public static void Read(ExtractionContext context, List<GoalCandidate> candidates, List<TextSpan> listed)
    {
        var text = context.Text;
        var lines = new List<(TextSpan Line, Match Header, Minute Minute)>();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = new TextSpan(lineStart, lineEnd - lineStart);
            lineStart = lineEnd + 1;
            if (line.Length == 0 || listed.Any(l => l.Overlaps(line))) continue;
            var header = Header().Match(line.Substring(text));
            if (header.Success && MinuteReader.Parse(header.Groups["minute"].Value + "'") is { } minute) lines.Add((line, header, minute));
        }
        if (lines.Count == 0) return;
        // A timeline runs either way (a live blog puts the latest line first): the running scores are followed in the order of the minutes.
        var scoring = SidesByRunningScore(context, lines.Select(l => (l.Header, l.Minute)).ToList());
        var sideKeys = TeamLikeNames.Keys(context);
        foreach (var (line, header, minute) in lines)
        {
            string? side = scoring.TryGetValue(header, out var s) ? s
                : header.Groups["side"].Success ? SideScorerLines.SideOf(context, header.Groups["side"].Value) : null;
            int timed = candidates.FindIndex(c => c.Minute == minute);
            if (timed >= 0)
            {
                // The goal already read with this minute and no side takes the side the line gives.
                if (candidates[timed].Team is null && side is not null) candidates[timed] = candidates[timed] with { Team = side };
                continue;
            }
            int told = candidates.FindIndex(c => c.Minute is null && c.Position >= line.Start && c.Position < line.End);
            if (told >= 0)
            {
                candidates[told] = candidates[told] with { Minute = minute, Count = 1, Team = candidates[told].Team ?? side };
                continue;
            }
            if (Scorer(context, sideKeys, line, header) is not { } scorer) continue;
            var bodyText = text.Substring(line.Start + header.Length, line.End - line.Start - header.Length);
            var player = context.People.FullNameOf(scorer);
            bool ownGoal = GoalListReader.OwnGoalWords().IsMatch(bodyText);
            bool penalty = !ownGoal && GoalListReader.PenaltyWords().IsMatch(bodyText);
            var team = side ?? context.PlayerTeams.TeamOf(player);
            if (side is null && ownGoal && team is { } own) team = context.Teams.Opponent(own);
            candidates.Add(new GoalCandidate(player, team, minute, scorer.Start, context.EvidenceFor(line))
            {
                Penalty = penalty,
                OwnGoal = ownGoal,
                Method = penalty ? GoalMethod.Penalty : GoalListReader.HeaderWords().IsMatch(bodyText) ? GoalMethod.Header : GoalMethod.Unknown,
            });
        }
    }

    /// <summary>The line's scorer: the name in brackets after the marker ("GOAL, Brighton (Yuto Arakawa)."), else the name the goal's
    /// form points at, else the first name after the header that is neither a bystander nor a side.</summary>
    private static PersonMention? Scorer(ExtractionContext context, IReadOnlySet<string> sideKeys, TextSpan line, Match header)
    {
        var text = context.Text;
        bool IsSide(PersonMention p) => TeamLikeNames.NamesASide(context, sideKeys, context.People.FullNameOf(p));
        if (header.Groups["named"].Success)
        {
            var named = new TextSpan(line.Start + header.Groups["named"].Index, header.Groups["named"].Length);
            foreach (var p in context.People.Within(named))
                if (!IsSide(p)) return p;
        }
        var body = new TextSpan(line.Start + header.Length, line.Length - header.Length);
        PersonMention? first = null;
        foreach (var p in context.People.Within(body))
        {
            if (IsSide(p) || context.IsQuoted(p.Start)) continue;
            if (ScorerClues.IsScorerByForm(text, p)) return p;
            if (first is null && !p.Possessive && !ScorerClues.IsBystander(text, p)) first = p;
        }
        return first;
    }

    /// <summary>The side each running score credits: the side whose count went up since the score before it by minute (the score
    /// written with the pair's first side first unless the line names the second side first).</summary>
    private static Dictionary<Match, string> SidesByRunningScore(ExtractionContext context, List<(Match Header, Minute Minute)> lines)
    {
        var sides = new Dictionary<Match, string>();
        if (context.Facts.Teams is not { } pair) return sides;
        var before = (0, 0);
        foreach (var (header, _) in lines.Where(l => l.Header.Groups["x"].Success).OrderBy(l => l.Minute))
        {
            int x = int.Parse(header.Groups["x"].Value), y = int.Parse(header.Groups["y"].Value);
            var left = header.Groups["a"].Success ? SideScorerLines.SideOf(context, header.Groups["a"].Value) : null;
            var now = left is not null && left == pair.Second ? (y, x) : (x, y);
            // One goal between two scores: anything else (a score missed, a line of another match) credits nobody.
            if (now.Item1 == before.Item1 + 1 && now.Item2 == before.Item2) sides[header] = pair.First;
            else if (now.Item2 == before.Item2 + 1 && now.Item1 == before.Item1) sides[header] = pair.Second;
            before = now;
        }
        return sides;
    }

    /// <summary>A timeline line's opening: the minute with its mark ("9'", "34 min.", "45+2 mins:") or a dash after it, then the goal
    /// marker in capitals with the scoreline or the side it may give ("GOAL - Brentford 0-1 Wolves:", "GOAL! 2-2.", "GOAL - Hull.",
    /// "GOAL, Brighton (Yuto Arakawa)"), or the running score straight before a capital ("9' 0-1 Tiago Lemos").</summary>
    [GeneratedRegex(@"^\s*(?<minute>[0-9]{1,3}(?:\s?\+\s?[0-9]{1,2})?)(?:\s?(?:['’′]|min(?:s|utes?)?\b\.?)\s*[-–—:,]*|\s*[-–—:]+)\s*(?:GOAL\b[!.]*\s*[-–—:,]*\s*(?:(?<a>\p{Lu}[^0-9\n.!:()]*?)\s+(?<x>[0-9]{1,2})\s?[-–]\s?(?<y>[0-9]{1,2})\b(?:\s+[^.\n:!()]+?)?|(?<x>[0-9]{1,2})\s?[-–]\s?(?<y>[0-9]{1,2})\b|(?<side>\p{Lu}[\p{L}\p{M}'’ ]{1,30}?)(?=\s*[.!(,]))?(?:\s*\((?<named>[^()\n]{2,60})\))?|(?<x>[0-9]{1,2})\s?[-–]\s?(?<y>[0-9]{1,2})\s+(?=\p{Lu}))")]
    private static partial Regex Header();
}
