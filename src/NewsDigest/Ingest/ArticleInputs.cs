using NewsDigest.Hosting;
using NewsDigest.Ingest.Html;
using NewsDigest.Ingest.Jsonl;
using NewsDigest.Ingest.Text;
using NewsDigest.Ingest.Warc;

namespace NewsDigest.Ingest;

/// <summary>Turns command-line inputs (files, directories, "-", URLs) into articles, one result per article or failure, in a stable order.</summary>
public sealed class ArticleInputs
{
    private readonly IFileSystem _files;
    private readonly IReadOnlyList<IArticleReader> _readers;
    private readonly IUrlFetcher? _fetcher;
    private readonly Func<Stream> _stdin;

    public ArticleInputs(IFileSystem files, IReadOnlyList<IArticleReader> readers, IUrlFetcher? fetcher = null, Func<Stream>? stdin = null)
    {
        _files = files;
        _readers = readers;
        _fetcher = fetcher;
        _stdin = stdin ?? Console.OpenStandardInput;
    }

    /// <summary>The readers every run has: plain text, HTML, JSONL (.gz) and WARC (.gz).</summary>
    public static IReadOnlyList<IArticleReader> DefaultReaders() => [new PlainTextReader(), new HtmlArticleReader(), new JsonlArticleReader(), new WarcArticleReader()];

    public IEnumerable<IngestResult> Read(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var result in ReadInput(input, cancellationToken)) yield return result;
        }
    }

    private IEnumerable<IngestResult> ReadInput(string input, CancellationToken cancellationToken)
    {
        if (input == "-")
        {
            yield return ReadStdin();
            yield break;
        }
        if (Uri.TryCreate(input, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            yield return _fetcher is null
                ? IngestResult.Failed(input, FailureKind.Network, "is a URL, and this run has no web fetcher")
                : _fetcher.Fetch(url, cancellationToken);
            yield break;
        }
        if (_files.DirectoryExists(input))
        {
            bool any = false;
            foreach (var file in _files.EnumerateFiles(input))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var reader = ReaderFor(file);
                if (reader is null) continue; // a directory may hold images, styles and notes: only readable kinds count
                any = true;
                foreach (var result in ReadFile(file, reader)) yield return result;
            }
            if (!any) yield return IngestResult.Failed(input, FailureKind.Empty, "is a directory with no readable files (.txt, .html, .htm, .jsonl, .jsonl.gz, .warc, .warc.gz)");
            yield break;
        }
        if (!_files.FileExists(input))
        {
            yield return IngestResult.Failed(input, FailureKind.NotFound, "does not exist");
            yield break;
        }
        // A file named explicitly is read even without a known extension: sniff it as text or HTML.
        foreach (var result in ReadFile(input, ReaderFor(input))) yield return result;
    }

    private IArticleReader? ReaderFor(string path) => _readers.FirstOrDefault(r => r.Accepts(path));

    private IEnumerable<IngestResult> ReadFile(string path, IArticleReader? reader)
    {
        Stream stream;
        try
        {
            stream = _files.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Failed(path, FailureKind.Unreadable, $"cannot be opened ({e.Message})")];
        }
        return ReadStream(path, stream, reader);
    }

    private static IEnumerable<IngestResult> ReadStream(string path, Stream stream, IArticleReader? reader)
    {
        using (stream)
        {
            if (reader is null)
            {
                yield return SniffAndRead(path, stream);
                yield break;
            }
            foreach (var result in reader.Read(path, stream)) yield return result;
        }
    }

    private IngestResult ReadStdin()
    {
        using var stream = _stdin();
        return SniffAndRead("stdin", stream);
    }

    private static IngestResult SniffAndRead(string source, Stream stream)
    {
        byte[] bytes;
        try
        {
            bytes = PlainTextReader.ReadCapped(stream, PlainTextReader.MaxBytes + 1);
        }
        catch (IOException e)
        {
            return IngestResult.Failed(source, FailureKind.Unreadable, $"cannot be read ({e.Message})");
        }
        var head = PlainTextReader.Decode(bytes[..Math.Min(bytes.Length, 512)]);
        if (ContentSniffer.LooksLikeHtml(head)) return HtmlArticleReader.FromBytes(source, bytes);
        using var memory = new MemoryStream(bytes, writable: false);
        return new PlainTextReader().Read(source, memory).First();
    }
}
