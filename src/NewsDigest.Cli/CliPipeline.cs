using NewsDigest.Learning;

namespace NewsDigest.Cli;

/// <summary>The pipeline every command uses: the default stages with the trained models from models/ (rules stand in for any model that fails to load, with a note on stderr).</summary>
internal static class CliPipeline
{
    private static readonly Lazy<Pipeline> Shared = new(() => DefaultPipeline.Create(ModelLoader.LoadDefault()));

    public static Pipeline Create() => Shared.Value;
}
