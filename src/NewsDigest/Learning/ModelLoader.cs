using NewsDigest.Extraction;
using NewsDigest.Extraction.Reports;
using NewsDigest.Hosting;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning;

/// <summary>The models that loaded and a sentence for each that did not (missing, damaged, wrong version); extraction falls back to rules for those.</summary>
public sealed record ModelLoadReport(ExtractionModels Models, IReadOnlyList<string> Problems, string? Directory);

/// <summary>Loads the trained models from models/ next to the binary, or else from the repository's models/ above it.</summary>
public static class ModelLoader
{
    /// <summary>The default models; problems are written to standard error, once, and the affected jobs use rules.</summary>
    public static ExtractionModels LoadDefault()
    {
        var report = LoadDefaultReport();
        foreach (var problem in report.Problems) Console.Error.WriteLine($"newsdigest: model: {problem}");
        return report.Models;
    }

    public static ModelLoadReport LoadDefaultReport()
    {
        var directory = FindModelsDirectory(AppContext.BaseDirectory);
        return directory is null
            ? new ModelLoadReport(ExtractionModels.None, [$"no models/ directory next to {AppContext.BaseDirectory} or in the repository above it; using rules only"], null)
            : Load(directory);
    }

    public static string? FindModelsDirectory(string start)
    {
        var beside = Path.Combine(start, "models");
        if (File.Exists(Path.Combine(beside, ModelNames.FileName(ModelNames.Report)))) return beside;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) continue;
            var models = Path.Combine(dir.FullName, "models");
            return System.IO.Directory.Exists(models) ? models : null;
        }
        return null;
    }

    /// <summary>Loads every model file found in <paramref name="directory"/>; each failure becomes a problem line naming the file and the reason.</summary>
    public static ModelLoadReport Load(string directory, IFileSystem? files = null)
    {
        files ??= LocalFileSystem.Instance;
        var problems = new List<string>();
        var models = new ExtractionModels
        {
            ReportDetector = One(directory, ModelNames.Report, ModelReportDetector.FromFile, problems, files),
            Sentences = One(directory, ModelNames.Sentence, ModelSentenceClassifier.FromFile, problems, files),
            Names = One(directory, ModelNames.Names, ModelNameTagger.FromFile, problems, files),
            Speakers = One(directory, ModelNames.Speaker, ModelSpeakerRanker.FromFile, problems, files),
            Scores = One(directory, ModelNames.Score, ModelScoreRanker.FromFile, problems, files),
            Goals = One(directory, ModelNames.Goals, ModelGoalCandidateCheck.FromFile, problems, files),
            GoalSides = One(directory, ModelNames.GoalSides, ModelGoalSideReader.FromFile, problems, files),
            Sides = One(directory, ModelNames.Sides, ModelSideReader.FromFile, problems, files),
        };
        return new ModelLoadReport(models, problems, directory);
    }

    /// <summary>
    /// The model files of the repository's <paramref name="repositoryModels"/> that the copy in <paramref name="loaded"/> does not hold
    /// byte for byte (changed or missing). The build copies models/ beside the binary, and the binary reads that copy: a model retrained
    /// since the last build is not read until the next one, so two runs of "the same binary" around a build read different models.
    /// Empty when both are the same folder.
    /// </summary>
    public static IReadOnlyList<string> StaleCopies(string loaded, string repositoryModels)
    {
        if (!System.IO.Directory.Exists(repositoryModels) || SameFolder(loaded, repositoryModels)) return [];
        var stale = new List<string>();
        foreach (var name in ModelNames.All)
        {
            var file = ModelNames.FileName(name);
            string source = Path.Combine(repositoryModels, file), copy = Path.Combine(loaded, file);
            if (!File.Exists(source)) continue;
            if (!File.Exists(copy) || !File.ReadAllBytes(copy).AsSpan().SequenceEqual(File.ReadAllBytes(source))) stale.Add(file);
        }
        return stale;
    }

    /// <summary>Each model file of <paramref name="directory"/> with the first 8 hex digits of its SHA-256, "score-ranker.ndm 1a2b3c4d", in
    /// <see cref="ModelNames.All"/> order: what a run read, so two runs' figures can be told apart by their models.</summary>
    public static IReadOnlyList<string> Fingerprints(string directory) =>
        ModelNames.All.Select(ModelNames.FileName).Where(file => File.Exists(Path.Combine(directory, file)))
            .Select(file => $"{file} {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, file))))[..8]}")
            .ToList();

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    private static T? One<T>(string directory, string name, Func<ModelFile, ModelResult<T>> build, List<string> problems, IFileSystem files) where T : class
    {
        var path = Path.Combine(directory, ModelNames.FileName(name));
        var file = ModelFileFormat.Load(path, files);
        if (!file.IsSuccess)
        {
            problems.Add($"{file.Error}; the {name} job uses rules");
            return null;
        }
        var model = build(file.Value);
        if (model.IsSuccess) return model.Value;
        problems.Add($"{path}: {model.Error}; the {name} job uses rules");
        return null;
    }
}
