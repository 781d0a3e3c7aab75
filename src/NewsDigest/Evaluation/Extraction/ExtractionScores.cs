namespace NewsDigest.Evaluation.Extraction;

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => 2 * TruePositives + FalsePositives + FalseNegatives == 0 ? 1 : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);
    public PrecisionRecall Add(int tp, int fp, int fn) => new(TruePositives + tp, FalsePositives + fp, FalseNegatives + fn);
}

/// <summary>The extraction metrics of one corpus split, accumulated report by report.</summary>
public sealed class ExtractionScores
{
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
