namespace NewsDigest.Learning.Training;

/// <summary>The single-match reports with gold goals: premierleague.com reports carry theirs; ESPN reports get them from the facts table (same teams, 2012-13 or 2013-14, the row whose scorers the text names most).</summary>
public static class GoldReports
{
    public static List<MatchReportRecord> Load(SharedCorpora shared)
    {
        var facts = shared.Facts().Where(f => f.Season is "2012-2013" or "2013-2014").ToList();
        var byTeams = facts.ToLookup(f => (f.Home, f.Away));
        var reports = new List<MatchReportRecord>();
        foreach (var report in shared.Espn())
        {
            var folded = NameFolding.Fold(report.Text);
            FactsMatch? best = null;
            int bestHits = -1;
            foreach (var candidate in byTeams[(report.Home, report.Away)])
            {
                int hits = candidate.Goals.Count(g => folded.Contains(NameFolding.Fold(NameFolding.Surname(g.Player)), StringComparison.Ordinal));
                if (hits > bestHits) { best = candidate; bestHits = hits; }
            }
            reports.Add(best is null ? report : report with { FinalScore = (best.HomeGoals, best.AwayGoals), Goals = best.Goals });
        }
        reports.AddRange(shared.PremierLeague());
        return reports;
    }
}
