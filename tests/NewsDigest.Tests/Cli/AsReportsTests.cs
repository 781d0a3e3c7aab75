using System.Text.Json;

namespace NewsDigest.Tests.Cli;

/// <summary>`--as-reports`: the user's word that every input is a match report overrides the report detector, and the digest says so.</summary>
public sealed class AsReportsTests
{
    // Written for this test: a preview, which the shipped detector turns down (the first assertion of each test checks that it does).
    internal const string Preview =
        "Arteta expects a tough test as Arsenal host Chelsea\n\n"
        + "Arsenal host Chelsea at the Emirates Stadium on Sunday afternoon, with kick-off at 4.30pm. Mikel Arteta said his side will be "
        + "without Bukayo Saka, who is still recovering from a hamstring injury. Chelsea travel north after a 2-0 win over Fulham last weekend.\n";

    [Fact]
    public void Without_the_option_turned_down_articles_give_no_digest_and_the_message_names_the_way_out()
    {
        using var dir = InputFiles.Create();
        dir.Write("preview.txt", Preview);

        var run = CliProcess.Run(dir.Path, ["digest", "--format", "json", "preview.txt"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("not read as a match report", Assert.Single(run.StderrAbout("preview.txt")));
        Assert.Contains(run.StderrLines, l => l.Contains("no digest") && l.Contains("--as-reports"));
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, json.RootElement.GetProperty("digests").GetArrayLength());
    }

    [Fact]
    public void With_the_option_a_turned_down_article_naming_two_teams_makes_a_digest_that_keeps_the_detectors_kind()
    {
        using var dir = InputFiles.Create();
        dir.Write("preview.txt", Preview);

        var run = CliProcess.Run(dir.Path, ["digest", "--as-reports", "--format", "json", "preview.txt", "library.txt"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("read as a match report because --as-reports was given", Assert.Single(run.StderrAbout("preview.txt")));
        Assert.Contains("names no two teams", Assert.Single(run.StderrAbout("library.txt")));
        using var json = JsonDocument.Parse(run.Stdout);
        var digest = Assert.Single(json.RootElement.GetProperty("digests").EnumerateArray());
        var source = Assert.Single(digest.GetProperty("sources").EnumerateArray());
        Assert.Equal("report", source.GetProperty("role").GetString());
        Assert.NotEqual("singleMatchReport", source.GetProperty("detectedKind").GetString());
    }

    [Fact]
    public void The_markdown_digest_shows_that_a_source_was_read_as_a_report_at_the_users_word()
    {
        using var dir = InputFiles.Create();
        dir.Write("preview.txt", Preview);

        var run = CliProcess.Run(dir.Path, ["digest", "--as-reports", "preview.txt"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StdoutLines, l => l.Contains("preview.txt") && l.Contains("singleMatchReport (by --as-reports; the detector: "));
    }

    [Fact]
    public void Extract_with_the_option_marks_the_article_a_report_and_keeps_the_detectors_kind()
    {
        using var dir = InputFiles.Create();
        dir.Write("preview.txt", Preview);

        var plain = CliProcess.Run(dir.Path, ["extract", "preview.txt"]);
        var forced = CliProcess.Run(dir.Path, ["extract", "--as-reports", "preview.txt"]);

        using var before = JsonDocument.Parse(Assert.Single(plain.StdoutLines));
        using var after = JsonDocument.Parse(Assert.Single(forced.StdoutLines));
        Assert.False(before.RootElement.GetProperty("isMatchReport").GetBoolean());
        Assert.Contains("written with \"isMatchReport\": false", Assert.Single(plain.StderrAbout("preview.txt")));
        Assert.True(after.RootElement.GetProperty("isMatchReport").GetBoolean());
        Assert.Equal(before.RootElement.GetProperty("kind").GetString(), after.RootElement.GetProperty("detectedKind").GetString());
    }
}
