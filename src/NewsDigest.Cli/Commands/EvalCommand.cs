using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>The 'eval' command (being built: see the open issues).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest eval: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
