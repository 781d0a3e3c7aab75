using NewsDigest.Extraction;

namespace NewsDigest.Batch;

/// <summary>Match reports and attachable non-reports kept from the run for the final merge, up to a number of text characters so that memory stays bounded.</summary>
internal sealed class KeptReports(long maxChars)
{
    private readonly Dictionary<(long Seq, int Sub), ArticleReport> _reports = [];
    private long _chars;

    public IReadOnlyDictionary<(long Seq, int Sub), ArticleReport> Reports => _reports;

    public void TryKeep(long seq, int sub, ArticleReport report)
    {
        if (_chars + report.Article.Text.Length > maxChars) return;
        _chars += report.Article.Text.Length;
        _reports[(seq, sub)] = report;
    }
}
