using NewsDigest.Hosting;
using NewsDigest.Ingest;
using NewsDigest.Ingest.Jsonl;
using NewsDigest.Ingest.Warc;

namespace NewsDigest.Batch;

/// <summary>
/// Turns a batch run's inputs into items in a stable order: JSONL lines and WARC records are split off here (on the reader thread),
/// while single files are only listed and opened by the worker that parses them. Directories are walked in ordinal order through the globs.
/// </summary>
public sealed class BatchInputs
{
    private readonly IFileSystem _files;
    private readonly BatchOptions _options;
    private readonly GlobFilter _globs;
    private readonly JsonlSplitter _jsonl;
    private readonly JsonlArticleParser _jsonlParser;
    private readonly WarcSplitter _warc;
    private readonly WarcResponseParser _warcParser = new();
    private readonly ArticleInputs _singles;

    public BatchInputs(IFileSystem files, BatchOptions options, WarcSkipCounts warcSkipped, ReadMeter meter)
    {
        _files = files;
        _options = options;
        _globs = new GlobFilter(options.Include, options.Exclude);
        _jsonl = new JsonlSplitter(options.Fields);
        _jsonlParser = new JsonlArticleParser(options.Fields);
        _warc = new WarcSplitter(warcSkipped);
        Meter = meter;
        var readers = ArticleInputs.DefaultReaders().Where(r => r is not JsonlArticleReader and not WarcArticleReader).ToArray();
        _singles = new ArticleInputs(files, readers);
    }

    public ReadMeter Meter { get; }

    /// <summary>Files in directories that no reader takes (images, styles ...): not inputs, but counted so the summary can say so.</summary>
    public long IgnoredFiles { get; private set; }

    /// <summary>The input bytes the run will read (files' sizes on disk), for the progress estimate.</summary>
    public long TotalBytes()
    {
        long total = 0;
        foreach (var input in _options.Inputs)
        {
            if (_files.DirectoryExists(input))
                total += ListDirectory(input, countIgnored: false).Sum(f => SafeLength(f));
            else if (_files.FileExists(input)) total += SafeLength(input);
        }
        return total;
    }

    public IEnumerable<BatchItem> Enumerate(CancellationToken cancellationToken = default)
    {
        long seq = 0;
        foreach (var input in _options.Inputs)
        {
            foreach (var (source, bytes, parse) in ItemsOf(input))
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new BatchItem(seq++, source, bytes, parse);
            }
        }
    }

    private IEnumerable<(string Source, long Bytes, Func<IReadOnlyList<IngestResult>> Parse)> ItemsOf(string input)
    {
        if (_files.DirectoryExists(input))
        {
            bool any = false;
            foreach (var file in ListDirectory(input, countIgnored: true))
            {
                any = true;
                foreach (var item in ItemsOfFile(file)) yield return item;
            }
            if (!any) yield return Failed(input, FailureKind.Empty, "is a directory with no readable files (.txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz) that the globs take");
            yield break;
        }
        if (input != "-" && !IsUrl(input) && !_files.FileExists(input))
        {
            yield return Failed(input, FailureKind.NotFound, "does not exist");
            yield break;
        }
        foreach (var item in ItemsOfFile(input)) yield return item;
    }

    private IEnumerable<(string, long, Func<IReadOnlyList<IngestResult>>)> ItemsOfFile(string path)
    {
        bool jsonl = JsonlArticleReader.IsJsonlPath(path), warc = WarcArticleReader.IsWarcPath(path);
        if (!jsonl && !warc)
        {
            // A single page or text: the worker opens, reads and parses it, so the reader thread only lists it.
            long length = _files.FileExists(path) ? SafeLength(path) : 0;
            Meter.Add(length);
            yield return (path, length, () => _singles.Read([path]).ToArray());
            yield break;
        }
        Stream? stream = null;
        string? openError = null;
        try
        {
            stream = new CountingStream(_files.OpenRead(path), Meter);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            openError = e.Message;
        }
        if (stream is null)
        {
            yield return Failed(path, FailureKind.Unreadable, $"cannot be opened ({openError})");
            yield break;
        }
        using (stream)
        {
            if (jsonl)
                foreach (var record in _jsonl.Split(path, stream)) yield return (record.Source, record.Bytes.Length, () => [_jsonlParser.Parse(record)]);
            else
                foreach (var record in _warc.Split(path, stream)) yield return (record.Source, record.Block.Length, () => [_warcParser.Parse(record)]);
        }
    }

    private IEnumerable<string> ListDirectory(string directory, bool countIgnored)
    {
        string root = Path.GetFullPath(directory);
        foreach (var file in _files.EnumerateFiles(directory))
        {
            string relative = Path.GetRelativePath(root, Path.GetFullPath(file));
            if (!_globs.Includes(relative)) continue;
            if (!IsReadable(file))
            {
                if (countIgnored) IgnoredFiles++;
                continue;
            }
            yield return file;
        }
    }

    private static readonly IReadOnlyList<IArticleReader> AllReaders = ArticleInputs.DefaultReaders();

    private static bool IsReadable(string file) => AllReaders.Any(r => r.Accepts(file));

    private long SafeLength(string file)
    {
        try
        {
            return _files.FileLength(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    private static (string, long, Func<IReadOnlyList<IngestResult>>) Failed(string source, FailureKind kind, string reason)
    {
        var failure = IngestResult.Failed(source, kind, reason);
        return (source, 0, () => [failure]);
    }
}
