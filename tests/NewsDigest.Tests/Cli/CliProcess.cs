using System.Diagnostics;
using System.Text;

namespace NewsDigest.Tests.Cli;

/// <summary>What one run of the real newsdigest process gave back.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Lines(Stdout);
    public IReadOnlyList<string> StderrLines => Lines(Stderr);

    /// <summary>The stderr lines that name <paramref name="input"/>.</summary>
    public IReadOnlyList<string> StderrAbout(string input) => StderrLines.Where(l => l.Contains(input, StringComparison.Ordinal)).ToList();

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";

    private static List<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
}

/// <summary>Runs the built CLI (newsdigest.dll beside the test binaries) as a child process with a time limit.</summary>
internal static class CliProcess
{
    /// <summary>Generous: a run reads a few small files, but CI shares two cores between jobs.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "newsdigest.dll");

    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, stdin: null, args);

    public static CliResult Run(string workingDirectory, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The CLI's own console output must not depend on the test machine's terminal settings.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var input = process.StandardInput)
        {
            if (stdin is not null) input.Write(stdin);
        }
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"newsdigest {string.Join(' ', args)} did not finish within {Limit.TotalSeconds} s; stderr so far: {Tail(stderr)}");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Tail(Task<string> stream) => stream.IsCompletedSuccessfully ? stream.Result : "(still open)";
}
