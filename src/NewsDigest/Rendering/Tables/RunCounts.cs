namespace NewsDigest.Rendering.Tables;

/// <summary>How many input items a run saw and what became of them: every item is articles (match reports or not) or failures.</summary>
public sealed record RunCounts(long Items, long Articles, long MatchReports, long NotReports, long Failures);
