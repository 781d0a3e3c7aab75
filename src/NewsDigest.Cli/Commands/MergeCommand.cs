using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>The 'merge' command (being built: see the open issues).</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var command = new Command("merge", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest merge: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
