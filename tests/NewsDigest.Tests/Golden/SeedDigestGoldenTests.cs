using NewsDigest.Hosting;
using NewsDigest.Ingest;
using NewsDigest.Rendering;
using NewsDigest.Rendering.Json;
using NewsDigest.Rendering.Markdown;

namespace NewsDigest.Tests.Golden;

/// <summary>The digest of the two real seed reports, compared with the files beside this test. Set NEWSDIGEST_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.</summary>
public sealed class SeedDigestGoldenTests
{
    [SharedDataFact]
    public void Seeds_markdown_digest_matches_the_golden_file() => Check("seeds-digest.md", new MarkdownDigestRenderer());

    [SharedDataFact]
    public void Seeds_json_digest_matches_the_golden_file() => Check("seeds-digest.json", new DigestJsonWriter());

    private static void Check(string goldenName, IDigestRenderer renderer)
    {
        var actual = RenderSeeds(renderer);
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "NewsDigest.Tests", "Golden", goldenName);
        if (Environment.GetEnvironmentVariable("NEWSDIGEST_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing: run the tests once with NEWSDIGEST_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    private static string RenderSeeds(IDigestRenderer renderer)
    {
        // The same pipeline as `newsdigest digest`: the default stages with the trained models from models/.
        var models = NewsDigest.Learning.ModelLoader.LoadDefault();
        var pipeline = DefaultPipeline.Create(models);
        var inputs = new ArticleInputs(LocalFileSystem.Instance, ArticleInputs.DefaultReaders());
        // Sources are named relative to the repository, as `newsdigest digest ../shared/seeds` names them, so the file is the same on every machine.
        var reports = inputs.Read([SharedData.PathTo("seeds")])
            .Where(r => r.IsSuccess)
            .Select(r => r.Article! with { Source = Path.GetRelativePath(SharedData.RepositoryRoot, r.Article!.Source).Replace('\\', '/') })
            .Select(pipeline.Extract)
            .ToArray();
        reports = reports.Select(pipeline.ReadNonReport).ToArray();
        using var writer = new StringWriter { NewLine = "\n" };
        renderer.Render(pipeline.Merge(reports), writer);
        return writer.ToString();
    }
}
