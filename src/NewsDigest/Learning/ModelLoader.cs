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
