using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval html' (being built: see the open issues).</summary>
internal static class EvalHtmlCommand
{
    public static Command Create()
    {
        var command = new Command("html", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest eval html: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
