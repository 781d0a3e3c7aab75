using NewsDigest.Batch;
using Spectre.Console;

namespace NewsDigest.Cli.Batch;

/// <summary>Chooses how a batch shows progress: a Spectre.Console bar on a terminal, plain periodic lines on stderr otherwise, or nothing.</summary>
internal static class BatchProgressDisplay
{
    public static T Run<T>(string mode, Func<IBatchProgress, Task<T>> run)
    {
        if (mode == "auto") mode = Console.IsErrorRedirected ? "lines" : "bar";
        return mode switch
        {
            "bar" => WithBar(run),
            "lines" => run(new PlainLineProgress(Console.Error, TimeSpan.FromSeconds(5))).GetAwaiter().GetResult(),
            _ => run(SilentProgress.Instance).GetAwaiter().GetResult(),
        };
    }

    private static T WithBar<T>(Func<IBatchProgress, Task<T>> run)
    {
        // The bar goes to stderr so that stdout carries only the summary.
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: 1);
                var result = await run(new SpectreBarProgress(task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                return result;
            })
            .GetAwaiter().GetResult();
    }
}
