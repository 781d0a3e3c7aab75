namespace NewsDigest.Evaluation.Extraction;

/// <summary>
/// How far a split's extraction figures move with the choice of reports: whole reports are drawn with replacement (quote
/// articles likewise, with all their quotes) and the figures computed again. A split of 84 reports cannot tell 0.81 from 0.86
/// apart; the interval says so next to the figure. Deterministic for a seed.
/// </summary>
public static class ReportBootstrap
{
    /// <summary>A central interval of a figure over the resamples.</summary>
    public readonly record struct Interval(double Low, double High);

    /// <summary>The intervals of one split; null where the split has nothing to resample (no reports, no goal gold, no quotes).</summary>
    public sealed record Intervals(Interval? Teams, Interval? Score, Interval? GoalsF1, Interval? Speakers);

    public static Intervals Of(ExtractionScores scores, int resamples, int seed, double coverage = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var random = new Random(seed);
        var reports = scores.ReportOutcomes;
        bool anyGoals = reports.Any(r => r.GoalsScored);
        var teams = new double[resamples];
        var score = new double[resamples];
        var goals = new double[resamples];
        if (reports.Count > 0)
            for (int r = 0; r < resamples; r++)
            {
                int teamsRight = 0, scoreRight = 0;
                PrecisionRecall goalCounts = default;
                for (int k = 0; k < reports.Count; k++)
                {
                    var report = reports[random.Next(reports.Count)];
                    if (report.TeamsRight) teamsRight++;
                    if (report.ScoreRight) scoreRight++;
                    if (report.GoalsScored) goalCounts = goalCounts.Add(report.Goals.TruePositives, report.Goals.FalsePositives, report.Goals.FalseNegatives);
                }
                teams[r] = (double)teamsRight / reports.Count;
                score[r] = (double)scoreRight / reports.Count;
                goals[r] = goalCounts.F1;
            }
        var quotes = scores.QuoteOutcomes;
        var speakers = new double[resamples];
        bool anyQuotes = quotes.Any(q => q.Gold > 0);
        if (anyQuotes)
            for (int r = 0; r < resamples; r++)
            {
                int gold = 0, right = 0;
                for (int k = 0; k < quotes.Count; k++)
                {
                    var article = quotes[random.Next(quotes.Count)];
                    gold += article.Gold;
                    right += article.SpeakerRight;
                }
                speakers[r] = gold == 0 ? 1 : (double)right / gold;
            }
        Interval? Of(double[] values, bool any) => any ? ToInterval(CentralInterval.Of(values, coverage)) : null;
        return new Intervals(Of(teams, reports.Count > 0), Of(score, reports.Count > 0), Of(goals, anyGoals), Of(speakers, anyQuotes));
    }

    private static Interval ToInterval((double Low, double High) bounds) => new(bounds.Low, bounds.High);
}
