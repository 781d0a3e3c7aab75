using NewsDigest.Hosting;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Learning;

/// <summary>ModelLoader through the file-system interface: files held in memory, so the cases need no disk.</summary>
public sealed class InMemoryModelFilesTests
{
    private sealed class MemoryFiles(Dictionary<string, byte[]> files) : IFileSystem
    {
        public bool FileExists(string path) => files.ContainsKey(path);
        public bool DirectoryExists(string path) => files.Keys.Any(k => k.StartsWith(path, StringComparison.Ordinal));
        public Stream OpenRead(string path) => new MemoryStream(files[path], writable: false);
        public long FileLength(string path) => files[path].Length;
        public IEnumerable<string> EnumerateFiles(string directory) => files.Keys.Where(k => k.StartsWith(directory, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
    }

    private static byte[] Committed(string model) =>
        File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "models", ModelNames.FileName(model)));

    [Fact]
    public void Missing_files_are_each_named_and_nothing_throws()
    {
        var files = new MemoryFiles(new() { [Path.Combine("/m", ModelNames.FileName(ModelNames.Speaker))] = Committed(ModelNames.Speaker) });
        var report = ModelLoader.Load("/m", files);
        Assert.NotNull(report.Models.Speakers);
        Assert.Null(report.Models.ReportDetector);
        Assert.Null(report.Models.Scores);
        Assert.Equal(ModelNames.All.Count - 1, report.Problems.Count);
        Assert.All(report.Problems, p => Assert.Contains("model file not found", p));
    }

    [Fact]
    public void An_old_format_version_asks_for_retraining()
    {
        var bytes = Committed(ModelNames.Names);
        BitConverter.GetBytes(1).CopyTo(bytes, 8);
        var files = new MemoryFiles(new() { [Path.Combine("/m", ModelNames.FileName(ModelNames.Names))] = bytes });
        var report = ModelLoader.Load("/m", files);
        Assert.Null(report.Models.Names);
        Assert.Contains(report.Problems, p => p.Contains("format version 1") && p.Contains("newsdigest train"));
    }
}
