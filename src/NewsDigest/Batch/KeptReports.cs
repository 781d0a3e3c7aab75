using NewsDigest.Extraction;

namespace NewsDigest.Batch;

/// <summary>Match reports and attachable non-reports kept from the run for the final merge, up to a number of text characters so that memory stays bounded.</summary>
/// <remarks>
/// Attachable pieces are ten times as many as reports in a news archive and most never join a match, while a report read back costs
/// a full extraction: pieces may fill at most half the budget, so they never push reports out.
/// </remarks>
internal sealed class KeptReports(long maxChars)
{
    private readonly Dictionary<(long Seq, int Sub), ArticleReport> _reports = [];
    private long _chars;
    private long _pieceChars;

    public IReadOnlyDictionary<(long Seq, int Sub), ArticleReport> Reports => _reports;

    public void TryKeep(long seq, int sub, ArticleReport report)
    {
        long length = report.Article.Text.Length;
        if (_chars + length > maxChars) return;
        if (!report.IsMatchReport)
        {
            if (_pieceChars + length > maxChars / 2) return;
            _pieceChars += length;
        }
        _chars += length;
        _reports[(seq, sub)] = report;
    }
}
