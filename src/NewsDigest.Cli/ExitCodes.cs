namespace NewsDigest.Cli;

/// <summary>The process exit codes, documented in README.md.</summary>
public static class ExitCodes
{
    /// <summary>Every input was read (match reports or not) and the output written.</summary>
    public const int Success = 0;
    /// <summary>With --strict: the run finished and wrote its output, but some inputs failed; each is named on stderr.
    /// Without it such a run exits <see cref="Success"/> (see <see cref="ForProcess"/>).</summary>
    public const int SomeInputsFailed = 1;
    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;
    /// <summary>No input could be read at all, or the output could not be written.</summary>
    public const int NothingProcessed = 3;
    /// <summary>A model or data file the command needs is missing or damaged.</summary>
    public const int BadModel = 4;
    /// <summary>An evaluation ran and missed its target (eval --check only).</summary>
    public const int BelowTarget = 5;
    /// <summary>Interrupted (Ctrl+C); resumable commands can be rerun with --resume.</summary>
    public const int Interrupted = 130;
    /// <summary>A bug: an unexpected exception. Please report it.</summary>
    public const int InternalError = 70;

    /// <summary>The outcome of a run that read <paramref name="succeeded"/> inputs and failed on <paramref name="failed"/>.</summary>
    public static int ForRun(int succeeded, int failed) =>
        failed == 0 ? Success : succeeded == 0 ? NothingProcessed : SomeInputsFailed;

    /// <summary>
    /// The process's exit code for a command's outcome: a run that wrote its output exits 0 even when some inputs failed (each named on
    /// stderr), so a non-zero code always means the whole run failed; <paramref name="strict"/> (--strict) keeps 1 for such a run, for
    /// scripts that must stop on any bad input.
    /// </summary>
    /// <remarks>Archives always hold a few broken records, and a batch that read 26,000 of them is a success to the researcher who ran it;
    /// the commands still report the partial outcome, and only this policy decides what the shell sees.</remarks>
    public static int ForProcess(int outcome, bool strict) => outcome == SomeInputsFailed && !strict ? Success : outcome;
}
