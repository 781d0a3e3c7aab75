using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval extraction' (being built: see the open issues).</summary>
internal static class EvalExtractionCommand
{
    public static Command Create()
    {
        var command = new Command("extraction", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest eval extraction: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
