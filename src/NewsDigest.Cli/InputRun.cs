using NewsDigest.Extraction;
using NewsDigest.Hosting;
using NewsDigest.Ingest;

namespace NewsDigest.Cli;

/// <summary>What the small commands (digest, extract) share: read every input, name each failure on stderr, extract the rest in input order.</summary>
internal sealed class InputRun
{
    public required IReadOnlyList<ArticleReport> Reports { get; init; }
    public required IReadOnlyList<IngestFailure> Failures { get; init; }

    public int ExitCode => ExitCodes.ForRun(Reports.Count, Failures.Count);

    public static InputRun Execute(IEnumerable<string> inputs, Pipeline pipeline, TextWriter diagnostics, IUrlFetcher? fetcher = null, CancellationToken cancellationToken = default)
    {
        var inputList = inputs.ToList();
        // URL inputs are fetched by the polite web client; it is only made when some input needs it.
        using var webFetcher = fetcher is null && inputList.Any(i => i.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || i.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? Ingest.Http.WebFetcherDefaults.Create() : null;
        var reader = new ArticleInputs(LocalFileSystem.Instance, ArticleInputs.DefaultReaders(), fetcher ?? webFetcher);
        var articles = new List<Article>();
        var failures = new List<IngestFailure>();
        foreach (var result in reader.Read(inputList, cancellationToken))
        {
            if (result.Article is { } article) articles.Add(article);
            else
            {
                failures.Add(result.Failure!);
                diagnostics.WriteLine($"newsdigest: {result.Failure}");
            }
        }
        var reports = new ArticleReport[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => reports[i] = pipeline.Extract(articles[i]));
        foreach (var report in reports.Where(r => !r.IsMatchReport))
            diagnostics.WriteLine($"newsdigest: {report.Article.Source}: not a single match's report ({report.Note ?? Describe(report)})");
        return new InputRun { Reports = reports, Failures = failures };
    }

    private static string Describe(ArticleReport report) => report.Kind switch
    {
        Extraction.Reports.ReportKind.Reaction => "reads as a reaction piece",
        Extraction.Reports.ReportKind.Preview => "reads as a preview",
        Extraction.Reports.ReportKind.Transfer => "reads as transfer news",
        Extraction.Reports.ReportKind.Injury => "reads as injury news",
        Extraction.Reports.ReportKind.RoundUp => "reads as a round-up of several matches",
        Extraction.Reports.ReportKind.OtherSport => "is about another sport",
        _ => "is not about a football match",
    };
}
