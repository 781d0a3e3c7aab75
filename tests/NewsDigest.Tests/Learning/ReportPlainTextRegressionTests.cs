using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest.Text;
using NewsDigest.Learning;

namespace NewsDigest.Tests.Learning;

/// <summary>
/// The shipped report classifier must accept plain, short, title-less single-match reports: every example the
/// README runs and the texts the command tests write. A retrain that fits archive quirks (long titled pages) and
/// turns these down fails here.
/// </summary>
public sealed class ReportPlainTextRegressionTests
{
    // The two texts DedupAndDigestCommandTests writes (the "Wire" report and its "b.txt"), repeated here so this test names them.
    private const string WireReport =
        "Arsenal 2-1 Chelsea. Arsenal came from behind to beat Chelsea at the Emirates on Sunday, with the substitute heading the winner eight minutes from time. " +
        "Chelsea had led through a penalty before the break after a clumsy challenge in the area, and their keeper made three fine saves in the second half. " +
        "The home manager said afterwards that his side had shown great character and that the crowd had carried them over the line in the closing stages.";

    private const string IndependentReport =
        "Arsenal 2-1 Chelsea: an independent account of the game, written for this test. Chelsea took the lead through a penalty in the 30th minute, Arsenal equalised in the 55th minute with a header from a corner, and the substitute scored the winner in the 82nd minute to give the hosts a 2-1 win at the Emirates on Sunday.";

    private static ModelReportDetector ShippedDetector()
    {
        var loaded = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models"));
        return Assert.IsType<ModelReportDetector>(loaded.Models.ReportDetector);
    }

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(SharedData.RepositoryRoot, "data", "examples"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Every_example_text_is_a_single_match_report(string fileName)
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "data", "examples", fileName);
        using var stream = File.OpenRead(path);
        var read = PlainTextReader.ReadOne(path, stream);
        Assert.True(read.IsSuccess, read.Failure?.ToString());

        var (kind, confidence) = ShippedDetector().Detect(read.Article!);

        Assert.True(kind == ReportKind.SingleMatchReport, $"{fileName}: {kind} ({confidence:0.000})");
    }

    [Theory]
    [InlineData(WireReport)]
    [InlineData(IndependentReport)]
    public void The_command_tests_reports_are_single_match_reports(string text)
    {
        var read = PlainTextReader.FromText("command-test.txt", text);

        var (kind, confidence) = ShippedDetector().Detect(read.Article!);

        Assert.True(kind == ReportKind.SingleMatchReport, $"{kind} ({confidence:0.000}) for: {text[..40]}");
    }

    [Fact]
    public void There_are_examples_to_check()
    {
        Assert.NotEmpty(ExampleFiles());
    }
}
