using NewsDigest.Learning;

namespace NewsDigest.Cli;

/// <summary>The pipeline every command uses: the default stages with the trained models from models/ (rules stand in for any model that fails to load, with a note on stderr).</summary>
internal static class CliPipeline
{
    private static readonly Lazy<NewsDigest.Extraction.ExtractionModels> SharedModels = new(ModelLoader.LoadDefault);
    private static readonly Lazy<Pipeline> Shared = new(() => DefaultPipeline.Create(SharedModels.Value));

    /// <summary>The trained models the pipeline uses, loaded once, for commands that build a stage of their own (digest's merger).</summary>
    public static NewsDigest.Extraction.ExtractionModels Models => SharedModels.Value;

    public static Pipeline Create() => Shared.Value;
}
