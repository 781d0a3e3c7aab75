using NewsDigest.Rendering.Tables;

namespace NewsDigest.Tests.Batch;

/// <summary>Reads a batch output directory's files for comparison between runs.</summary>
internal static class BatchOutput
{
    public static Dictionary<string, string> Files(string directory) =>
        BatchFileExporter.FileNames.ToDictionary(name => name, name => File.ReadAllText(Path.Combine(directory, name)));

    public static void AssertSame(string expectedDirectory, string actualDirectory)
    {
        var expected = Files(expectedDirectory);
        var actual = Files(actualDirectory);
        foreach (var name in BatchFileExporter.FileNames)
            Assert.True(expected[name] == actual[name], $"{name} differs between {expectedDirectory} and {actualDirectory}");
    }

    public static int Lines(string directory, string name) =>
        File.ReadAllLines(Path.Combine(directory, name)).Length;
}
