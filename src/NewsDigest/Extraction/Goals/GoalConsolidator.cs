using NewsDigest.Extraction.People;

namespace NewsDigest.Extraction.Goals;

/// <summary>Merges the mentions of each goal into one goal: the same scorer within a minute is one goal, a mention without a minute
/// is the same goal as a timed one unless the report says the player scored more, and no side gets more goals than the score gives it.</summary>
internal static class GoalConsolidator
{
    public static List<Goal> Consolidate(ExtractionContext context, List<GoalCandidate> candidates)
    {
        var goals = new List<(Goal Goal, int Position)>();
        foreach (var group in candidates.GroupBy(c => PersonIndex.SurnameKey(c.Player)))
        {
            var timed = new List<(GoalCandidate Merged, int Position)>();
            // A list (line-up box, highlights) names each goal once; prose may repeat it, so list minutes win ties.
            foreach (var c in group.Where(c => c.Minute is not null).OrderByDescending(c => c.FromList).ThenBy(c => c.Position))
            {
                int same = timed.FindIndex(t => SameGoal(t.Merged, c));
                if (same >= 0) timed[same] = (Merge(timed[same].Merged, c), Math.Min(timed[same].Position, c.Position));
                else timed.Add((c, c.Position));
            }
            var untimed = group.Where(c => c.Minute is null).ToList();
            // "scored twice" tells two goals; "struck again" one more than the first mention.
            int told = untimed.Count == 0 ? 0 : Math.Max(untimed.Max(c => c.Count), 1 + untimed.Count(c => c.Again));
            // A count told with a minute ("in injury time, when Bhandari netted two goals in three minutes") still tells that many goals:
            // the minute is one of them, the others go untimed.
            var countedTimed = group.Where(c => c.Minute is not null && c.Count > 1).OrderByDescending(c => c.Count).ThenBy(c => c.Position).FirstOrDefault();
            told = Math.Max(told, countedTimed?.Count ?? 0);
            bool anyList = group.Any(c => c.FromList);
            // Flags told without a minute ("converted a penalty") belong to the timed goal they describe.
            if (timed.Count > 0)
                foreach (var u in untimed)
                {
                    int target = timed.FindIndex(t => u.Penalty ? !t.Merged.OwnGoal : u.OwnGoal == t.Merged.OwnGoal);
                    if (target >= 0 && timed.Count == 1) timed[target] = (Merge(timed[target].Merged, u with { Minute = timed[target].Merged.Minute }), timed[target].Position);
                }
            foreach (var (merged, position) in timed) goals.Add((ToGoal(merged), position));
            // A list without minutes ("Scorers: Doherty, Carr (pen)") names goals the prose may already time: only those beyond the timed ones are more.
            foreach (var listed in untimed.Where(c => c.FromList).Skip(timed.Count)) goals.Add((ToGoal(listed), listed.Position));
            if (!anyList)
            {
                var first = untimed.OrderBy(c => c.Position).FirstOrDefault() ?? countedTimed;
                for (int extra = told - timed.Count; extra > 0 && first is not null; extra--) goals.Add((ToGoal(untimed.Aggregate(first, Merge) with { Minute = null }), first.Position));
            }
        }
        // "Gabriel 64" in a box and "Gabriel Magalhaes" at 64 in the prose: one name inside the other at the same minute is one goal.
        for (int i = goals.Count - 1; i >= 0; i--)
            for (int j = 0; j < goals.Count; j++)
            {
                if (i == j || goals[i].Goal.Minute is not { } a || goals[j].Goal.Minute is not { } b || Math.Abs(a.Regular - b.Regular) > 1) continue;
                var shorter = goals[i].Goal.Player; var longer = goals[j].Goal.Player;
                if (shorter.Length >= longer.Length || !longer.Split(' ').Contains(shorter.Split(' ')[^1])) continue;
                var keep = goals[j].Goal;
                goals[j] = (keep with { Team = keep.Team ?? goals[i].Goal.Team, Penalty = keep.Penalty || goals[i].Goal.Penalty, OwnGoal = keep.OwnGoal || goals[i].Goal.OwnGoal }, Math.Min(goals[i].Position, goals[j].Position));
                goals.RemoveAt(i);
                break;
            }
        // A list ("Scorers: Solheim 17; Akesson-Berg 29, 48") names each goal's scorer: a prose goal at a minute the list gives to another
        // player is that goal told of the wrong name (an epithet, "the 24-year-old", read as the player named last).
        var listMinutes = candidates.Where(c => c.FromList && c.Minute is not null && !c.OwnGoal).Select(c => (c.Minute!.Value, Key: PersonIndex.SurnameKey(c.Player))).ToList();
        if (listMinutes.Count > 0)
            goals.RemoveAll(g => g.Goal.Minute is { } m && !g.Goal.OwnGoal && !listMinutes.Any(l => l.Key == PersonIndex.SurnameKey(g.Goal.Player) && l.Value == m)
                && listMinutes.Any(l => l.Value == m && l.Key != PersonIndex.SurnameKey(g.Goal.Player)));
        var result = goals.OrderBy(g => g.Goal.Minute?.Regular ?? int.MaxValue).ThenBy(g => g.Goal.Minute?.Added ?? 0).ThenBy(g => g.Position).Select(g => g.Goal).ToList();
        return CapToScore(context, result);
    }

    /// <summary>With the score known, goals beyond it are the least supported mentions: untimed ones go first.</summary>
    private static List<Goal> CapToScore(ExtractionContext context, List<Goal> goals)
    {
        if (context.Facts.Result is not { } result || context.Facts.Teams is not { } pair) return goals;
        int total = result.Score.First + result.Score.Second;
        var kept = new List<Goal>(goals);
        while (kept.Count > total)
        {
            int drop = kept.FindLastIndex(g => g.Minute is null);
            if (drop < 0) break;
            kept.RemoveAt(drop);
        }
        foreach (var (team, limit) in new[] { (pair.First, result.Score.First), (pair.Second, result.Score.Second) })
            while (kept.Count(g => g.Team == team) > limit)
            {
                int drop = kept.FindLastIndex(g => g.Team == team && g.Minute is null);
                // Still too many: a player timed twice is most often one goal told twice with two minutes (a summary and a look back,
                // "his effort proved enough"); the mention told later in the text goes.
                if (drop < 0) drop = LaterRepeat(kept, team);
                if (drop < 0) break;
                kept.RemoveAt(drop);
            }
        return kept;
    }

    /// <summary>The goal of <paramref name="team"/> whose scorer an earlier mention already credits with a goal (for either side: one of the two
    /// is the wrong side), told latest in the text; -1 when there is none.</summary>
    private static int LaterRepeat(List<Goal> goals, string team)
    {
        int drop = -1;
        for (int i = 0; i < goals.Count; i++)
        {
            if (goals[i].Team != team) continue;
            var key = PersonIndex.SurnameKey(goals[i].Player);
            bool repeated = goals.Any(g => !ReferenceEquals(g, goals[i]) && PersonIndex.SurnameKey(g.Player) == key && g.Evidence.Span.Start < goals[i].Evidence.Span.Start);
            if (repeated && (drop < 0 || goals[i].Evidence.Span.Start > goals[drop].Evidence.Span.Start)) drop = i;
        }
        return drop;
    }

    // A list names each goal once, so two different minutes it gives one player are two goals ("19', 45+2', 46'"); prose may tell
    // one goal twice in different forms ("45+2" and "in the 47th minute").
    private static bool SameGoal(GoalCandidate kept, GoalCandidate other) =>
        kept.FromList && other.FromList ? kept.Minute == other.Minute : Close(kept.Minute!.Value, other.Minute!.Value);

    private static bool Close(Minute a, Minute b) =>
        a.Added is { } x && b.Added is { } y ? a.Regular == b.Regular && x == y : Math.Abs(a.Regular + (a.Added ?? 0) - b.Regular - (b.Added ?? 0)) <= 1 || (a.Regular == b.Regular);

    private static GoalCandidate Merge(GoalCandidate kept, GoalCandidate other) => kept with
    {
        Player = other.Player.Length > kept.Player.Length && PersonIndex.SurnameKey(other.Player) == PersonIndex.SurnameKey(kept.Player) ? other.Player : kept.Player,
        Team = kept.Team ?? other.Team,
        Minute = kept.Minute is { Added: null } m && other.Minute is { Added: not null } o && o.Regular == m.Regular ? o : kept.Minute,
        Penalty = kept.Penalty || other.Penalty,
        OwnGoal = kept.OwnGoal || other.OwnGoal,
        Method = kept.Method != GoalMethod.Unknown ? kept.Method : other.Method,
        Assist = kept.Assist ?? other.Assist,
    };

    private static Goal ToGoal(GoalCandidate c) => new(c.Player, c.Team, c.Minute, c.Evidence)
    {
        Penalty = c.Penalty && !c.OwnGoal,
        OwnGoal = c.OwnGoal,
        Method = c.Penalty && !c.OwnGoal ? GoalMethod.Penalty : c.Method,
        Assist = c.Assist,
    };
}
