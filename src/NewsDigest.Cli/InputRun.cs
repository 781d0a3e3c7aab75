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

    /// <summary>Adds the commands' shared '--ignore-robots' option (for URL inputs) to <paramref name="command"/>.</summary>
    public static System.CommandLine.Option<bool> AddIgnoreRobots(System.CommandLine.Command command)
    {
        var option = new System.CommandLine.Option<bool>("--ignore-robots") { Description = "Fetch URLs even where the site's robots.txt disallows it" };
        command.Options.Add(option);
        return option;
    }

    /// <summary>Adds the '--as-reports' option (read every input as a match report, overriding the detector) to <paramref name="command"/>.</summary>
    public static System.CommandLine.Option<bool> AddAsReports(System.CommandLine.Command command)
    {
        var option = new System.CommandLine.Option<bool>("--as-reports") { Description = "Read every input as a match report, whatever the report detector says (for inputs known to be reports); an input that names no two teams playing each other is still set aside" };
        command.Options.Add(option);
        return option;
    }

    public static InputRun Execute(IEnumerable<string> inputs, Pipeline pipeline, TextWriter diagnostics, TurnedDownReading turnedDown, IUrlFetcher? fetcher = null, CancellationToken cancellationToken = default, bool ignoreRobots = false)
    {
        var inputList = inputs.ToList();
        // URL inputs are fetched by the polite web client; it is only made when some input needs it.
        using var webFetcher = fetcher is null && inputList.Any(i => i.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || i.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ? Ingest.Http.WebFetcherDefaults.Create(ignoreRobots) : null;
        var reader = new ArticleInputs(LocalFileSystem.Instance, ArticleInputs.DefaultReaders(), fetcher ?? webFetcher);
        var articles = new List<Article>();
        var failures = new List<IngestFailure>();
        var firstSpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in reader.Read(inputList, cancellationToken))
        {
            if (result.Article is { } article)
            {
                // A file named twice (or named and inside a named directory) would count as two sources agreeing in a digest.
                string identity = Identity(article.Source);
                if (firstSpelling.TryAdd(identity, article.Source)) articles.Add(article);
                else if (firstSpelling[identity] == article.Source) diagnostics.WriteLine(OneLine($"newsdigest: {article.Source}: is given more than once, read once"));
                else diagnostics.WriteLine(OneLine($"newsdigest: {article.Source}: is the same file as {firstSpelling[identity]}, read once"));
            }
            else
            {
                failures.Add(result.Failure!);
                diagnostics.WriteLine(OneLine($"newsdigest: {result.Failure}"));
            }
        }
        var outcomes = new (ArticleReport? Report, IngestFailure? Failure)[articles.Count];
        Parallel.For(0, articles.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[i] = Extract(pipeline, articles[i], turnedDown));
        var reports = new List<ArticleReport>(articles.Count);
        foreach (var (report, failure) in outcomes)
        {
            if (failure is not null)
            {
                failures.Add(failure);
                diagnostics.WriteLine(OneLine($"newsdigest: {failure}"));
                continue;
            }
            reports.Add(report!);
            if (Remark(report!, turnedDown) is { } remark) diagnostics.WriteLine(OneLine($"newsdigest: {report!.Article.Source}: {remark}"));
        }
        return new InputRun { Reports = reports, Failures = failures };
    }

    /// <summary>One article's extraction; a bug in an extractor costs that article (named, counted as failed), not the whole run.</summary>
    private static (ArticleReport? Report, IngestFailure? Failure) Extract(Pipeline pipeline, Article article, TurnedDownReading turnedDown)
    {
        try
        {
            var report = pipeline.Extract(article);
            if (report.IsMatchReport) return (report, null);
            return (turnedDown switch
            {
                TurnedDownReading.WriteFacts => pipeline.ReadAllFacts(report),
                TurnedDownReading.ReadAsReport => pipeline.ReadAsReport(report),
                _ => pipeline.ReadNonReport(report),
            }, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, new IngestFailure(article.Source, FailureKind.UnsupportedContent, $"extraction failed with an internal error ({e.GetType().Name}: {e.Message}); please report it"));
        }
    }

    /// <summary>What makes two sources the same input: the full path for a file, else the source as given (stdin, a URL, a record id).</summary>
    private static string Identity(string source) => File.Exists(source) ? Path.GetFullPath(source) : source;

    /// <summary>Keeps a message on one line: a reason may quote bytes of a broken input, and a stray CR or escape would garble the terminal.</summary>
    private static string OneLine(string message)
    {
        if (!message.Any(char.IsControl)) return message;
        return string.Create(message.Length, message, (chars, m) =>
        {
            for (int i = 0; i < m.Length; i++) chars[i] = char.IsControl(m[i]) ? ' ' : m[i];
        });
    }

    /// <summary>The one line a user reads about an article that is not a plain match report: why it was turned down and what was done with it, or that it was read as a report at their word.</summary>
    private static string? Remark(ArticleReport report, TurnedDownReading turnedDown)
    {
        if (report.DetectedKind is { } detected)
            return report.ReadAsReportBecause is { } because
                ? $"read as a match report because {because} (to the detector it {Describe(detected)})"
                : $"read as a match report because --as-reports was given (to the detector it {Describe(detected)})";
        if (report.IsMatchReport) return null;
        string reason = $"not read as a match report: {report.Note ?? Describe(report.Kind)}";
        return turnedDown == TurnedDownReading.WriteFacts && report.Match is not null && report.Note is null
            ? reason + "; the facts read in it are written with \"isMatchReport\": false"
            : reason;
    }

    private static string Describe(Extraction.Reports.ReportKind kind) => kind switch
    {
        Extraction.Reports.ReportKind.SingleMatchReport => "reads as a match report",
        Extraction.Reports.ReportKind.Reaction => "reads as a reaction piece",
        Extraction.Reports.ReportKind.Preview => "reads as a preview",
        Extraction.Reports.ReportKind.Transfer => "reads as transfer news",
        Extraction.Reports.ReportKind.Injury => "reads as injury news",
        Extraction.Reports.ReportKind.RoundUp => "reads as a round-up of several matches",
        Extraction.Reports.ReportKind.OtherSport => "is about another sport",
        _ => "is not about a football match",
    };
}
