namespace NewsDigest.Hosting;

/// <summary>The file operations the pipeline needs, behind an interface so tests can use temporary trees or fakes.</summary>
public interface IFileSystem
{
    bool FileExists(string path);
    bool DirectoryExists(string path);
    Stream OpenRead(string path);
    long FileLength(string path);
    /// <summary>Files under a directory, recursively, in ordinal order so runs are deterministic.</summary>
    IEnumerable<string> EnumerateFiles(string directory);
}

/// <summary>The real disk.</summary>
public sealed class LocalFileSystem : IFileSystem
{
    public static readonly LocalFileSystem Instance = new();

    public bool FileExists(string path) => File.Exists(path);
    public bool DirectoryExists(string path) => Directory.Exists(path);
    public Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    public long FileLength(string path) => new FileInfo(path).Length;

    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = new System.IO.Enumeration.FileSystemEnumerable<string>(directory, (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToSpecifiedFullPath(), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory,
            // A symbolic link to a directory is not followed: a link back up the tree would list the same files again and again.
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        }.ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
