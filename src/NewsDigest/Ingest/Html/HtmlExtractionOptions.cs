using NewsDigest.Learning;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Ingest.Html;

/// <summary>How a page's story is chosen: by the learned block scorer over the hand rules' decision, or by the hand rules alone.</summary>
public sealed record HtmlExtractionOptions(HtmlBlockScorer? Scorer)
{
    /// <summary>The hand rules alone.</summary>
    public static readonly HtmlExtractionOptions RulesOnly = new((HtmlBlockScorer?)null);

    private static readonly Lazy<HtmlExtractionOptions> LoadedDefault = new(LoadDefault);

    /// <summary>The committed block scorer (models/html-blocks.ndm) when it loads; otherwise the hand rules, with a note on standard error.</summary>
    public static HtmlExtractionOptions Default => LoadedDefault.Value;

    /// <summary>Loads the scorer from <paramref name="modelsDirectory"/>; a missing or unusable file gives the reason instead.</summary>
    public static (HtmlExtractionOptions Options, string? Problem) Load(string? modelsDirectory)
    {
        if (modelsDirectory is null) return (RulesOnly, "no models/ directory found; HTML extraction uses the hand rules alone");
        var path = Path.Combine(modelsDirectory, ModelNames.FileName(ModelNames.HtmlBlocks));
        var file = ModelFileFormat.Load(path);
        if (!file.IsSuccess) return (RulesOnly, $"{file.Error}; HTML extraction uses the hand rules alone");
        var scorer = HtmlBlockScorer.FromFile(file.Value);
        return scorer.IsSuccess ? (new HtmlExtractionOptions(scorer.Value), null) : (RulesOnly, $"{path}: {scorer.Error}; HTML extraction uses the hand rules alone");
    }

    private static HtmlExtractionOptions LoadDefault()
    {
        var (options, problem) = Load(ModelLoader.FindModelsDirectory(AppContext.BaseDirectory));
        if (problem is not null) Console.Error.WriteLine($"newsdigest: model: {problem}");
        return options;
    }
}
