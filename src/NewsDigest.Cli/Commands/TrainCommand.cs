using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>The 'train' command (being built: see the open issues).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest train: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
