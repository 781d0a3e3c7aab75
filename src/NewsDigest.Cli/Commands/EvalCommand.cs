using System.CommandLine;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval': scores the models, the extraction, the HTML scraping and the deduplication on held-out data.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score models and stages on held-out data.")
    {
        EvalModelsCommand.Create(),
        EvalExtractionCommand.Create(),
        EvalHtmlCommand.Create(),
        EvalDedupCommand.Create(),
    };
}
