namespace NewsDigest.Evaluation.Extraction;

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => 2 * TruePositives + FalsePositives + FalseNegatives == 0 ? 1 : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);
    public PrecisionRecall Add(int tp, int fp, int fn) => new(TruePositives + tp, FalsePositives + fp, FalseNegatives + fn);
}

/// <summary>What one gold report contributed to its split's figures, kept so that the figures can be resampled report by report.</summary>
/// <param name="GoalsScored">Whether the report's gold goals are complete, so its goals count at all.</param>
public readonly record struct ReportOutcome(bool TeamsRight, bool ScoreRight, bool GoalsScored, PrecisionRecall Goals);

/// <summary>What one quote-annotated article contributed: its gold quotes and those whose speaker was right. Quotes of one article
/// share its writing habits, so they are resampled together.</summary>
public readonly record struct QuoteArticleOutcome(int Gold, int SpeakerRight);

/// <summary>The extraction metrics of one corpus split, accumulated report by report.</summary>
public sealed class ExtractionScores
{
    /// <summary>One entry per scored report, in scoring order (for <see cref="ReportBootstrap"/>).</summary>
    public List<ReportOutcome> ReportOutcomes { get; } = [];
    /// <summary>One entry per quote-annotated article, in scoring order (for <see cref="ReportBootstrap"/>).</summary>
    public List<QuoteArticleOutcome> QuoteOutcomes { get; } = [];

    public int Reports { get; set; }
    public int TeamsRight { get; set; }
    public int ScoreRight { get; set; }
    /// <summary>Reports whose text prints the final score somewhere (<see cref="ScoreStatedCeiling"/>); the rest must be counted.</summary>
    public int ScorePrinted { get; set; }
    /// <summary>Goals matched on surname and minute (regular minute equal; added time equal when both give it).</summary>
    public PrecisionRecall Goals { get; set; }
    /// <summary>Goals matched on surname and a minute within two (sources differ by a minute or two).</summary>
    public PrecisionRecall GoalsNearMinute { get; set; }
    /// <summary>Goals matched on the scorer's surname alone, as multisets (the minute ignored): what the text can give where it never times a goal.</summary>
    public PrecisionRecall GoalNames { get; set; }
    /// <summary>Gold goals with a scorer and a minute, in the reports whose goals are scored.</summary>
    public int GoldTimedGoals { get; set; }
    /// <summary>Of <see cref="GoldTimedGoals"/>, those whose minute the text states somewhere in a form the minute reader knows: the ceiling of (surname, minute) recall.</summary>
    public int GoldMinuteStated { get; set; }
    public int GoalReportsScored { get; set; }
    public int MatchedGoals { get; set; }
    public int PenaltyRight { get; set; }
    /// <summary>Of <see cref="MatchedGoals"/>, those whose gold names the side the goal counted for.</summary>
    public int GoalSideGold { get; set; }
    /// <summary>Of <see cref="GoalSideGold"/>, those whose extracted team names the gold side.</summary>
    public int GoalSideRight { get; set; }
    /// <summary>Of <see cref="GoalSideGold"/>, those read without a team.</summary>
    public int GoalSideNone { get; set; }
    public int OwnGoalRight { get; set; }
    public PrecisionRecall RedCards { get; set; }
    public int RedCardReports { get; set; }
    public PrecisionRecall MissedPenalties { get; set; }
    public int MissedPenaltyReports { get; set; }
    public int VenueGold { get; set; }
    public int VenueRight { get; set; }
    public int QuotesGold { get; set; }
    public int QuotesFound { get; set; }
    public int QuoteSpeakerRight { get; set; }

    public static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;
}
