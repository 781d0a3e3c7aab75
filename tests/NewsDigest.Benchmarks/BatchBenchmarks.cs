using System.Diagnostics;
using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsDigest.Batch;
using NewsDigest.Hosting;

namespace NewsDigest.Benchmarks;

/// <summary>
/// The whole batch (read, parse, extract with the trained models, write, merge, files) over the shared 26,380-article archive, and over ten copies of it
/// generated on the fly with new ids, to show that throughput holds and peak memory does not grow with the input.
/// Run: dotnet run -c Release --project tests/NewsDigest.Benchmarks -- --filter '*BatchBenchmarks*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class BatchBenchmarks
{
    private string _archive = "";
    private string _output = "";

    [Params(1, 10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _archive = Path.Combine(FindShared(), "corpus", "football-news-2023-2026.jsonl.gz");
        _output = Path.Combine(Path.GetTempPath(), "newsdigest-batch-benchmark");
    }

    [Benchmark]
    public long Archive()
    {
        var files = new RepeatedArchiveFileSystem(_archive, Copies);
        var options = new BatchOptions { Inputs = [files.VirtualPath], OutputDirectory = _output, Overwrite = true, Threads = Environment.ProcessorCount };
        var (summary, error) = new BatchRunner(DefaultPipeline.Create(Learning.ModelLoader.LoadDefault()), files, SystemClock.Instance).RunAsync(options, SilentProgress.Instance).GetAwaiter().GetResult();
        if (summary is null) throw new InvalidOperationException(error);
        var t = summary.Stages;
        Console.WriteLine($"// {summary.Total.Items:N0} items in {summary.Elapsed.TotalSeconds:F1} s = {summary.ItemsPerSecond:N0}/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB; " +
            $"thread-seconds read {t.Read.TotalSeconds:F1}, parse {t.Parse.TotalSeconds:F1}, extract {t.Extract.TotalSeconds:F1}, write {t.Write.TotalSeconds:F1}, merge+files {t.Finish.TotalSeconds:F1}");
        return summary.Total.Items;
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        throw new InvalidOperationException("cannot find NewsDigest.sln above the benchmark binaries");
    }

    /// <summary>Serves one virtual JSONL file: the archive decompressed <c>copies</c> times, each copy's ids prefixed ("r3-...") so every article is new.</summary>
    private sealed class RepeatedArchiveFileSystem(string archive, int copies) : IFileSystem
    {
        public string VirtualPath => $"archive-x{copies}.jsonl";
        public bool FileExists(string path) => path == VirtualPath;
        public bool DirectoryExists(string path) => false;
        public long FileLength(string path) => 0;
        public IEnumerable<string> EnumerateFiles(string directory) => [];
        public Stream OpenRead(string path) => new RepeatedArchiveStream(archive, copies);
    }

    /// <summary>Streams the copies line by line, rewriting each line's leading id; nothing is held beyond one line.</summary>
    private sealed class RepeatedArchiveStream(string archive, int copies) : Stream
    {
        private static readonly byte[] IdPrefix = "{\"id\": \""u8.ToArray();
        private int _copy = -1;
        private StreamReader? _lines;
        private byte[] _pending = [];
        private int _offset;

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_offset == _pending.Length)
            {
                string? line = _lines?.ReadLine();
                if (line is null)
                {
                    _lines?.Dispose();
                    if (++_copy == copies) return 0;
                    _lines = new StreamReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress), System.Text.Encoding.UTF8, false, 1 << 16);
                    continue;
                }
                var bytes = System.Text.Encoding.UTF8.GetBytes(line + "\n");
                _pending = bytes.AsSpan().StartsWith(IdPrefix)
                    ? [.. IdPrefix, .. System.Text.Encoding.UTF8.GetBytes($"r{_copy}-"), .. bytes.AsSpan(IdPrefix.Length)]
                    : bytes;
                _offset = 0;
            }
            int n = Math.Min(count, _pending.Length - _offset);
            Buffer.BlockCopy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) _lines?.Dispose();
            base.Dispose(disposing);
        }
    }
}
