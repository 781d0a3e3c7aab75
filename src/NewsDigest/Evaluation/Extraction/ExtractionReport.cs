using System.Globalization;
using System.Text;
using NewsDigest.Learning;

namespace NewsDigest.Evaluation.Extraction;

/// <summary>Formats extraction scores as a plain-text table, one row per corpus and split.</summary>
public static class ExtractionReport
{
    public static string Table(IReadOnlyDictionary<(string Corpus, DataSplit.Part Part), ExtractionScores> scores, IReadOnlyList<DataSplit.Part> parts)
    {
        var sb = new StringBuilder();
        sb.AppendLine("corpus  split  reports  teams  score  goals-P  goals-R  goals-F1  goals-F1(±2)  goals-F1(name)  pen-acc  og-acc  red-F1  missed-pen-F1  venue");
        foreach (var corpus in ReportCorpora(scores, "espn", "pl", "news", ExtractionEvaluator.Uncopied("news")))
            foreach (var part in parts)
            {
                if (!scores.TryGetValue((corpus, part), out var s)) continue;
                sb.AppendLine(string.Join("  ",
                    corpus.PadRight(6), Split(corpus, part).PadRight(5), s.Reports.ToString(CultureInfo.InvariantCulture).PadLeft(7),
                    F(ExtractionScores.Ratio(s.TeamsRight, s.Reports)), F(ExtractionScores.Ratio(s.ScoreRight, s.Reports)),
                    F(s.Goals.Precision).PadLeft(7), F(s.Goals.Recall).PadLeft(7), F(s.Goals.F1).PadLeft(8), F(s.GoalsNearMinute.F1).PadLeft(12), F(s.GoalNames.F1).PadLeft(14),
                    F(ExtractionScores.Ratio(s.PenaltyRight, s.MatchedGoals)).PadLeft(7), F(ExtractionScores.Ratio(s.OwnGoalRight, s.MatchedGoals)).PadLeft(6),
                    (s.RedCardReports == 0 ? "n/a" : F(s.RedCards.F1)).PadLeft(6), (s.MissedPenaltyReports == 0 ? "n/a" : F(s.MissedPenalties.F1)).PadLeft(13),
                    F(ExtractionScores.Ratio(s.VenueRight, s.VenueGold))));
            }
        sb.AppendLine();
        // What (surname, minute) recall can reach: a gold goal whose minute the text never states cannot be timed from the text.
        foreach (var corpus in ReportCorpora(scores, "espn", "pl", "news"))
            foreach (var part in parts)
            {
                if (!scores.TryGetValue((corpus, part), out var s) || s.GoldTimedGoals == 0) continue;
                sb.AppendLine($"minute-stated ceiling  {corpus} {Split(corpus, part)}: {s.GoldMinuteStated.ToString(CultureInfo.InvariantCulture)} of {s.GoldTimedGoals.ToString(CultureInfo.InvariantCulture)} gold goal minutes are stated in the text ({F(ExtractionScores.Ratio(s.GoldMinuteStated, s.GoldTimedGoals))})");
            }
        // Whether the goals read carry the side they counted for: over the goals matched to gold (scorer and minute) whose gold names a side.
        foreach (var corpus in ReportCorpora(scores, "espn", "pl", "news"))
            foreach (var part in parts)
            {
                if (!scores.TryGetValue((corpus, part), out var s) || s.GoalSideGold == 0) continue;
                int wrong = s.GoalSideGold - s.GoalSideRight - s.GoalSideNone;
                sb.AppendLine($"goal-team accuracy     {corpus} {Split(corpus, part)}: {F(ExtractionScores.Ratio(s.GoalSideRight, s.GoalSideGold))} of {s.GoalSideGold.ToString(CultureInfo.InvariantCulture)} matched goals credit the gold side; wrong side {F(ExtractionScores.Ratio(wrong, s.GoalSideGold))}, no team {F(ExtractionScores.Ratio(s.GoalSideNone, s.GoalSideGold))}");
            }
        // How much of the score a scoreline reader can reach: the rest of the reports never print their result and must be counted.
        foreach (var corpus in new[] { "espn", "pl" })
            foreach (var part in parts)
            {
                if (!scores.TryGetValue((corpus, part), out var s) || s.Reports == 0) continue;
                sb.AppendLine($"score-stated ceiling   {corpus} {part.ToString().ToLowerInvariant()}: {s.ScorePrinted.ToString(CultureInfo.InvariantCulture)} of {s.Reports.ToString(CultureInfo.InvariantCulture)} reports print their final score ({F(ExtractionScores.Ratio(s.ScorePrinted, s.Reports))}); the others can only be counted from goals and scoring moments");
            }
        sb.AppendLine();
        sb.AppendLine("quotes  split  gold-quotes  found  speaker-accuracy");
        foreach (var corpus in new[] { "quotes", ExtractionEvaluator.Uncopied("quotes") })
            foreach (var part in parts)
            {
                if (!scores.TryGetValue((corpus, part), out var s)) continue;
                sb.AppendLine(QuoteRow(corpus.PadRight(6), part.ToString().ToLowerInvariant(), s));
            }
        // A written batch whose gold carries quotes: its own row, named for the batch so it is not read as the annotated archive's.
        foreach (var corpus in ReportCorpora(scores).Where(WrittenGoldReader.IsWritten))
            if (scores.TryGetValue((corpus, ExtractionEvaluator.WholeCorpus), out var s) && s.QuotesGold > 0 && parts.Contains(ExtractionEvaluator.WholeCorpus))
                sb.AppendLine(QuoteRow(WrittenQuotesLabel(corpus), Split(corpus, ExtractionEvaluator.WholeCorpus), s));
        return sb.ToString();
    }

    /// <summary>The 95% report-bootstrap interval of teams, score, goals F1 and speaker accuracy for each row of <see cref="Table"/>.</summary>
    public static string IntervalTable(IReadOnlyDictionary<(string Corpus, DataSplit.Part Part), ExtractionScores> scores, IReadOnlyList<DataSplit.Part> parts, int resamples, int seed)
    {
        var sb = new StringBuilder();
        sb.AppendLine(FormattableString.Invariant($"95% intervals over {resamples:N0} resamples of whole reports (quotes: of whole articles), seed {seed}"));
        sb.AppendLine("corpus  split  reports  teams        score        goals-F1     | articles  speaker-accuracy");
        foreach (var corpus in ReportCorpora(scores, "espn", "pl", "news", ExtractionEvaluator.Uncopied("news"), "quotes", ExtractionEvaluator.Uncopied("quotes")))
            foreach (var part in parts)
            {
                if (!scores.TryGetValue((corpus, part), out var s)) continue;
                var intervals = ReportBootstrap.Of(s, resamples, seed);
                sb.AppendLine(string.Join("  ",
                    corpus.PadRight(6), Split(corpus, part).PadRight(5), s.ReportOutcomes.Count.ToString(CultureInfo.InvariantCulture).PadLeft(7),
                    I(intervals.Teams), I(intervals.Score), I(intervals.GoalsF1), "|", s.QuoteOutcomes.Count.ToString(CultureInfo.InvariantCulture).PadLeft(8), I(intervals.Speakers)).TrimEnd());
            }
        return sb.ToString();
    }

    /// <summary>How the quotes table names a written batch's row ("quotes:written8"), never the bare "quotes" of the archive's annotations.</summary>
    public static string WrittenQuotesLabel(string corpus) => "quotes:" + corpus;

    private static string QuoteRow(string label, string split, ExtractionScores s) =>
        string.Join("  ", label, split.PadRight(5), s.QuotesGold.ToString(CultureInfo.InvariantCulture).PadLeft(11),
            s.QuotesFound.ToString(CultureInfo.InvariantCulture).PadLeft(5), F(ExtractionScores.Ratio(s.QuoteSpeakerRight, s.QuotesGold)).PadLeft(16));

    /// <summary>The fixed corpora in their order, then the written batches present in <paramref name="scores"/>.</summary>
    private static IEnumerable<string> ReportCorpora(IReadOnlyDictionary<(string Corpus, DataSplit.Part Part), ExtractionScores> scores, params string[] fixedCorpora) =>
        fixedCorpora.Concat(scores.Keys.Select(k => k.Corpus).Where(WrittenGoldReader.IsWritten).Distinct().Order(StringComparer.Ordinal));

    private static string Split(string corpus, DataSplit.Part part) => WrittenGoldReader.IsWritten(corpus) ? "all" : part.ToString().ToLowerInvariant();

    private static string I(ReportBootstrap.Interval? interval) => (interval is { } i ? $"{F(i.Low)}-{F(i.High)}" : "n/a").PadRight(11);

    private static string F(double value) => double.IsNaN(value) ? "  n/a" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
