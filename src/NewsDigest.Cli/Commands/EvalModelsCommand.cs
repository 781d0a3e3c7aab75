using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval models' (being built: see the open issues).</summary>
internal static class EvalModelsCommand
{
    public static Command Create()
    {
        var command = new Command("models", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest eval models: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
