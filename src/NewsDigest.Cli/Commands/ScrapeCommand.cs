using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>The 'scrape' command (being built: see the open issues).</summary>
internal static class ScrapeCommand
{
    public static Command Create()
    {
        var command = new Command("scrape", "Not available in this build yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("newsdigest scrape: not available in this build yet");
            return ExitCodes.Usage;
        });
        return command;
    }
}
