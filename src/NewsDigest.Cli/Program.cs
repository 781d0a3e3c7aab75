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

try
{
    var parsed = root.Parse(args);
    if (parsed.Errors.Count > 0)
    {
        foreach (var error in parsed.Errors) Console.Error.WriteLine($"newsdigest: {error.Message}");
        Console.Error.WriteLine("Run 'newsdigest --help' for usage.");
        return ExitCodes.Usage;
    }
    return parsed.Invoke();
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("newsdigest: interrupted");
    return ExitCodes.Interrupted;
}
