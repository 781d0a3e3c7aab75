using System.Text.Json;
using NewsDigest.Cli;

namespace NewsDigest.Tests.Cli;

/// <summary>
/// The real newsdigest process on good and bad inputs together: every bad input gets one stderr line naming it and the
/// reason, the good inputs are still processed, and the exit code is non-zero only when the whole run failed (or, with --strict,
/// when any input failed: <see cref="ExitCodes.ForProcess"/>).
/// </summary>
public sealed class CliBadInputTests
{
    private static readonly string[] BadInputs = ["empty.txt", "image.png", "missing.txt", "images"];

    [Fact]
    public void Extract_names_each_bad_input_once_and_still_writes_the_good_ones()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["extract", "--format", "jsonl", "empty.txt", "good.txt", "image.png", "missing.txt", "images", "library.txt", "spanish.txt", "german.html"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        AssertEachBadInputNamedOnce(run);
        var sources = run.StdoutLines.Select(l => ExtractContract.AssertValid(l).GetProperty("source").GetString()).ToList();
        Assert.Equal(["good.txt", "library.txt", "spanish.txt", "german.html"], sources);
    }

    [Fact]
    public void Digest_names_each_bad_input_once_and_still_digests_the_good_report()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["digest", "empty.txt", "image.png", "good.txt", "missing.txt", "images", "spanish.txt"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        AssertEachBadInputNamedOnce(run);
        Assert.Contains("Arsenal", run.Stdout);
        Assert.Contains("Chelsea", run.Stdout);
        Assert.Contains("good.txt", run.Stdout);
    }

    [Theory]
    [InlineData("digest", "--strict")]
    [InlineData("--strict", "digest")]
    [InlineData("extract", "--strict")]
    public void Strict_runs_exit_with_some_inputs_failed_and_still_write_the_good_ones(string first, string second)
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, [first, second, "empty.txt", "good.txt", "missing.txt"]);

        Assert.True(run.ExitCode == ExitCodes.SomeInputsFailed, run.ToString());
        Assert.Single(run.StderrAbout("empty.txt"));
        Assert.Single(run.StderrAbout("missing.txt"));
        Assert.Contains("Arsenal", run.Stdout);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("digest")]
    public void Only_bad_inputs_exit_with_nothing_processed(string command)
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, [command, .. BadInputs]);

        Assert.True(run.ExitCode == ExitCodes.NothingProcessed, run.ToString());
        AssertEachBadInputNamedOnce(run);
        if (command == "extract") Assert.Empty(run.StdoutLines);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("digest")]
    public void Inputs_that_are_read_but_not_reports_are_not_failures(string command)
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, [command, "good.txt", "library.txt", "spanish.txt", "german.html"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("not read as a match report", Assert.Single(run.StderrAbout("library.txt")));
        Assert.Contains("Spanish (es)", Assert.Single(run.StderrAbout("spanish.txt")));
        Assert.Contains("German (de)", Assert.Single(run.StderrAbout("german.html")));
    }

    [Fact]
    public void Digest_json_stays_one_valid_document_when_some_inputs_fail()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["digest", "--format", "json", "good.txt", "empty.txt", "image.png"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, document.RootElement.GetProperty("digests").GetArrayLength());
    }

    [Fact]
    public void Digest_of_inputs_without_a_match_report_says_so_and_succeeds()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["digest", "--format", "json", "library.txt", "spanish.txt"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains(run.StderrLines, l => l.Contains("no digest"));
        using var document = JsonDocument.Parse(run.Stdout);
        Assert.Equal(0, document.RootElement.GetProperty("digests").GetArrayLength());
    }

    [Fact]
    public void Non_english_inputs_are_kept_in_the_output_with_a_note()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["extract", "spanish.txt", "german.html"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var lines = run.StdoutLines.Select(ExtractContract.AssertValid).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.False(l.GetProperty("isMatchReport").GetBoolean()));
        Assert.Contains("Spanish", lines[0].GetProperty("note").GetString());
        Assert.Contains("German", lines[1].GetProperty("note").GetString());
    }

    [Fact]
    public void A_bad_file_inside_a_directory_is_named_by_its_path_and_its_neighbours_are_read()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["extract", "mixed"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var broken = Path.Combine("mixed", "broken.txt");
        Assert.Contains("binary", Assert.Single(run.StderrAbout(broken)));
        var line = ExtractContract.AssertValid(Assert.Single(run.StdoutLines));
        Assert.Equal(Path.Combine("mixed", "report.txt"), line.GetProperty("source").GetString());
    }

    [Fact]
    public void A_symbolic_link_back_up_the_tree_does_not_read_files_twice()
    {
        using var dir = InputFiles.Create();
        Directory.CreateSymbolicLink(dir[Path.Combine("mixed", "loop")], "..");
        File.CreateSymbolicLink(dir[Path.Combine("mixed", "dangling.txt")], dir["no-such-target.txt"]);

        var run = CliProcess.Run(dir.Path, ["extract", "mixed"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(Path.Combine("mixed", "report.txt"), ExtractContract.AssertValid(Assert.Single(run.StdoutLines)).GetProperty("source").GetString());
        Assert.Single(run.StderrAbout("broken.txt"));
        Assert.Contains("cannot be opened", Assert.Single(run.StderrAbout("dangling.txt")));
    }

    [Fact]
    public void A_reason_quoting_broken_bytes_stays_on_one_line()
    {
        using var dir = InputFiles.Create();
        // A JSONL line with a carriage return and a terminal escape inside: the parser's message quotes the bad text.
        dir.Write("broken.jsonl", "nonsense\rwith a \u001b[31mcolour\n");

        var run = CliProcess.Run(dir.Path, ["extract", "broken.jsonl", "good.txt"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var line = Assert.Single(run.StderrAbout("broken.jsonl"));
        Assert.DoesNotContain(line, char.IsControl);
        Assert.Single(run.StdoutLines);
    }

    [Fact]
    public void A_file_named_twice_is_read_once_and_the_repeat_is_named()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["extract", "good.txt", Path.Combine(".", "good.txt"), "mixed", Path.Combine("mixed", "report.txt")]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var sources = run.StdoutLines.Select(l => ExtractContract.AssertValid(l).GetProperty("source").GetString()).ToList();
        Assert.Equal(["good.txt", Path.Combine("mixed", "report.txt")], sources);
        Assert.Contains("is the same file as good.txt, read once", Assert.Single(run.StderrAbout(Path.Combine(".", "good.txt"))));
        Assert.Contains("is given more than once, read once", Assert.Single(run.StderrAbout(Path.Combine("mixed", "report.txt"))));
    }

    [Fact]
    public void Stdin_is_read_as_an_input_named_stdin()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, InputFiles.GoodReport, ["extract", "-", "library.txt"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var sources = run.StdoutLines.Select(l => ExtractContract.AssertValid(l).GetProperty("source").GetString()).ToList();
        Assert.Equal(["stdin", "library.txt"], sources);
    }

    [Fact]
    public void Empty_stdin_is_named_and_the_other_inputs_are_read()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, "", ["extract", "-", "good.txt"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Contains("stdin: is empty", Assert.Single(run.StderrAbout("stdin")));
        Assert.Equal("good.txt", ExtractContract.AssertValid(Assert.Single(run.StdoutLines)).GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("extract", "--format", "xml", "good.txt")]
    [InlineData("digest", "--format", "pdf", "good.txt")]
    [InlineData("extract", "--no-such-option", "good.txt")]
    [InlineData("extract", "--fromat", "jsonl", "good.txt")]
    [InlineData("digest", "-x", "good.txt")]
    [InlineData("digest")]
    [InlineData("no-such-command", "good.txt")]
    public void A_bad_command_line_exits_with_usage_and_reads_nothing(params string[] args)
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, args);

        Assert.True(run.ExitCode == ExitCodes.Usage, run.ToString());
        Assert.Empty(run.Stdout);
        Assert.NotEmpty(run.StderrLines);
        Assert.DoesNotContain(run.StderrLines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_read_after_the_double_dash()
    {
        using var dir = InputFiles.Create();
        dir.Write("-dashed.txt", InputFiles.GoodReport);

        var run = CliProcess.Run(dir.Path, ["extract", "good.txt", "--", "-dashed.txt"]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var sources = run.StdoutLines.Select(l => ExtractContract.AssertValid(l).GetProperty("source").GetString()).ToList();
        Assert.Equal(["good.txt", "-dashed.txt"], sources);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("digest")]
    public void An_output_path_that_cannot_be_written_is_named_without_a_stack_trace(string command)
    {
        using var dir = InputFiles.Create();
        // A regular file cannot be a directory, so nothing can be created beneath it.
        var blocked = Path.Combine("good.txt", "out", "result.txt");

        var run = CliProcess.Run(dir.Path, [command, "good.txt", "--out", blocked]);

        Assert.True(run.ExitCode == ExitCodes.NothingProcessed, run.ToString());
        Assert.Contains("cannot write the output", Assert.Single(run.StderrAbout(blocked)));
        Assert.DoesNotContain(run.StderrLines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void Out_writes_the_lines_to_the_file_instead_of_stdout()
    {
        using var dir = InputFiles.Create();

        var run = CliProcess.Run(dir.Path, ["extract", "good.txt", "library.txt", "--out", Path.Combine("results", "facts.jsonl")]);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Empty(run.Stdout);
        var lines = File.ReadAllLines(dir[Path.Combine("results", "facts.jsonl")]);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => ExtractContract.AssertValid(l));
    }

    private static void AssertEachBadInputNamedOnce(CliResult run)
    {
        Assert.Contains("is empty", Assert.Single(run.StderrAbout("empty.txt")));
        Assert.Contains("binary", Assert.Single(run.StderrAbout("image.png")));
        Assert.Contains("does not exist", Assert.Single(run.StderrAbout("missing.txt")));
        Assert.Contains("no readable files", Assert.Single(run.StderrAbout("images")));
        // Every diagnostic is a single line that starts with the program's name.
        Assert.All(run.StderrLines, l => Assert.StartsWith("newsdigest", l));
    }
}
