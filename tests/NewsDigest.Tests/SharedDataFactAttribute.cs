namespace NewsDigest.Tests;

/// <summary>A fact that needs the read-only material in ../shared; skipped with a reason when a fresh clone lacks it.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null) Skip = "needs ../shared beside the repository (the project's read-only data), which is absent here";
    }
}

/// <summary>A theory over ../shared material; skipped with a reason when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null) Skip = "needs ../shared beside the repository (the project's read-only data), which is absent here";
    }
}

/// <summary>Finds the repository root (the folder with NewsDigest.sln) and ../shared beside it.</summary>
public static class SharedData
{
    public static readonly string RepositoryRoot = FindRepositoryRoot();

    public static readonly string? Root = FindShared();

    public static string PathTo(string relative) =>
        Path.Combine(Root ?? throw new InvalidOperationException("../shared is absent"), relative);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find NewsDigest.sln above the test binaries");
    }

    private static string? FindShared()
    {
        var shared = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(shared) ? shared : null;
    }
}
