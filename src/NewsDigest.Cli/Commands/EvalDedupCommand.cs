using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval dedup' (being built: see the open issues).</summary>
internal static class EvalDedupCommand
{
    public static Command Create()
    {
        var command = new Command("dedup", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest eval dedup: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
