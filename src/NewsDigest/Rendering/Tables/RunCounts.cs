namespace NewsDigest.Rendering.Tables;

/// <summary>How many input items a run saw and what became of them: every item is articles (match reports or not) or failures.</summary>
public sealed record RunCounts(long Items, long Articles, long MatchReports, long NotReports, long Failures)
{
    /// <summary>Of <see cref="MatchReports"/>, those the report detector turned down that were read as reports anyway: their headline tells
    /// the result, or the run was given `--as-reports`.</summary>
    public long OverDetector { get; init; }
}
