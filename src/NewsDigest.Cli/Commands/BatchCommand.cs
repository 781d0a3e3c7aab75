using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>The 'batch' command (being built: see the open issues).</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var command = new Command("batch", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest batch: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
