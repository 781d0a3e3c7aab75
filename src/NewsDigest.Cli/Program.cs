using System.CommandLine;
using NewsDigest.Cli;
using NewsDigest.Cli.Commands;

var root = new RootCommand("newsdigest: reads football match reports and writes one structured, sourced digest per match.")
{
    DigestCommand.Create(),
    ExtractCommand.Create(),
    ScrapeCommand.Create(),
    DedupCommand.Create(),
    BatchCommand.Create(),
    MergeCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
};
var strict = new Option<bool>("--strict")
{
    Description = "Exit with 1 when the run finished but some inputs failed (by default such a run exits 0; every failure is named on stderr either way)",
    Recursive = true,
};
root.Options.Add(strict);

try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var error in parsed.Errors) Console.Error.WriteLine($"newsdigest: {error.Message}");
        Console.Error.WriteLine("Run 'newsdigest --help' for usage.");
        return ExitCodes.Usage;
    }
    if (UnknownOptions.In(parsed) is { Count: > 0 } unknown)
    {
        foreach (var option in unknown) Console.Error.WriteLine($"newsdigest: unknown option '{option}' (a file whose name starts with '-' can follow '--')");
        Console.Error.WriteLine("Run 'newsdigest --help' for usage.");
        return ExitCodes.Usage;
    }
    // Exceptions reach the handlers below instead of System.CommandLine's, which would print a stack trace and exit with 1.
    return ExitCodes.ForProcess(parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), parsed.GetValue(strict));
}
catch (OutputUnavailableException e)
{
    Console.Error.WriteLine($"newsdigest: {e.Message}");
    return ExitCodes.NothingProcessed;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("newsdigest: interrupted");
    return ExitCodes.Interrupted;
}
catch (Exception e)
{
    Console.Error.WriteLine($"newsdigest: internal error, please report it: {e}");
    return ExitCodes.InternalError;
}
