using NewsDigest.Learning;

namespace NewsDigest.Tests.Learning;

public sealed class ModelLoaderTests
{
    private static string RepositoryModels => Path.Combine(SharedData.RepositoryRoot, "models");

    /// <summary>A scratch folder holding a copy of every model file of the repository.</summary>
    private static string CopyOfRepositoryModels()
    {
        var directory = Directory.CreateTempSubdirectory("newsdigest-models-").FullName;
        foreach (var name in ModelNames.All)
            File.Copy(Path.Combine(RepositoryModels, ModelNames.FileName(name)), Path.Combine(directory, ModelNames.FileName(name)));
        return directory;
    }

    [Fact]
    public void The_committed_models_all_load()
    {
        var report = ModelLoader.Load(RepositoryModels);
        Assert.Empty(report.Problems);
        Assert.NotNull(report.Models.ReportDetector);
        Assert.NotNull(report.Models.Sentences);
        Assert.NotNull(report.Models.Names);
        Assert.NotNull(report.Models.Speakers);
        Assert.NotNull(report.Models.Scores);
    }

    [Fact]
    public void A_copy_of_the_models_older_than_a_retrain_is_named_stale()
    {
        var directory = CopyOfRepositoryModels();
        try
        {
            Assert.Empty(ModelLoader.StaleCopies(directory, RepositoryModels));
            Assert.Empty(ModelLoader.StaleCopies(RepositoryModels, RepositoryModels + Path.DirectorySeparatorChar));

            // The score ranker retrained in the repository after the build copied it: the copy beside the binary is the old one.
            var copy = Path.Combine(directory, ModelNames.FileName(ModelNames.Score));
            var bytes = File.ReadAllBytes(copy);
            bytes[^1] ^= 0xFF;
            File.WriteAllBytes(copy, bytes);
            File.Delete(Path.Combine(directory, ModelNames.FileName(ModelNames.Sides)));

            Assert.Equal([ModelNames.FileName(ModelNames.Score), ModelNames.FileName(ModelNames.Sides)], ModelLoader.StaleCopies(directory, RepositoryModels));
            var fingerprints = ModelLoader.Fingerprints(directory);
            Assert.Equal(ModelNames.All.Count - 1, fingerprints.Count);
            Assert.DoesNotContain(ModelLoader.Fingerprints(RepositoryModels).First(f => f.StartsWith(ModelNames.FileName(ModelNames.Score))), fingerprints);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_damaged_model_is_reported_and_the_others_still_load()
    {
        var directory = CopyOfRepositoryModels();
        try
        {
            var damaged = Path.Combine(directory, ModelNames.FileName(ModelNames.Sentence));
            var bytes = File.ReadAllBytes(damaged);
            bytes[100] ^= 0xFF;
            File.WriteAllBytes(damaged, bytes);

            var report = ModelLoader.Load(directory);

            Assert.Null(report.Models.Sentences);
            Assert.NotNull(report.Models.ReportDetector);
            var problem = Assert.Single(report.Problems);
            Assert.Contains(damaged, problem);
            Assert.Contains("checksum", problem);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_model_of_the_wrong_kind_is_refused()
    {
        var directory = Directory.CreateTempSubdirectory("newsdigest-models-").FullName;
        try
        {
            // The speaker ranker's file put where the report classifier belongs.
            File.Copy(Path.Combine(RepositoryModels, ModelNames.FileName(ModelNames.Speaker)), Path.Combine(directory, ModelNames.FileName(ModelNames.Report)));
            var report = ModelLoader.Load(directory);
            Assert.Null(report.Models.ReportDetector);
            Assert.Contains(report.Problems, p => p.Contains("SpeakerRanker model, not a ReportClassifier"));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

public sealed class CommittedModelEdgeCaseTests
{
    private static readonly NewsDigest.Extraction.ExtractionModels Models = ModelLoader.Load(Path.Combine(SharedData.RepositoryRoot, "models")).Models;

    [Fact]
    public void Empty_inputs_get_answers_not_exceptions()
    {
        var (_, confidence) = Models.ReportDetector!.Detect(new NewsDigest.Ingest.Article("empty", ""));
        Assert.InRange(confidence, 0, 1);
        Assert.InRange(Models.Sentences!.Classify("", new NewsDigest.Text.TextSpan(0, 0)).Confidence, 0, 1);
        Assert.Empty(Models.Names!.Tag("", new NewsDigest.Text.TextSpan(0, 0)));
        Assert.DoesNotContain(Models.Names!.Tag("... !!", new NewsDigest.Text.TextSpan(0, 6)), n => n.Kind == NewsDigest.Text.NameKind.Person);
    }

    [Fact]
    public void Confidences_are_probabilities()
    {
        const string text = "Smith scored in the 54th minute to give Rovers a 1-0 win at Mill Lane.";
        var (label, confidence) = Models.Sentences!.Classify(text, new NewsDigest.Text.TextSpan(0, text.Length));
        Assert.InRange(confidence, 1.0 / Enum.GetValues<NewsDigest.Extraction.SentenceLabel>().Length, 1);
        Assert.True(Enum.IsDefined(label));
    }
}
