namespace NewsDigest.Extraction.Reports;

/// <summary>What kind of article this is; only SingleMatchReport carries match facts.</summary>
public enum ReportKind
{
    SingleMatchReport,
    Reaction,
    Preview,
    Transfer,
    Injury,
    RoundUp,
    OtherSport,
    OffTopic,
}
