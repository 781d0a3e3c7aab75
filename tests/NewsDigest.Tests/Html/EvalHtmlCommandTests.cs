using NewsDigest.Tests.Cli;

namespace NewsDigest.Tests.Html;

public class EvalHtmlCommandTests
{
    [Theory]
    [InlineData("test")]
    [InlineData("all")]
    public void RefusesToWriteMissesForTheHeldOutPages(string split)
    {
        string folder = Path.Combine(Path.GetTempPath(), "newsdigest-evalhtml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string misses = Path.Combine(folder, "misses.jsonl");
            var result = CliProcess.Run(folder, ["eval", "html", "--split", split, "--misses", misses]);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--misses is only for the dev split", result.Stderr);
            Assert.False(File.Exists(misses), result.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
