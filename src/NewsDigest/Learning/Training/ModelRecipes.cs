namespace NewsDigest.Learning.Training;

/// <summary>The recipes of the project's models, in training order.</summary>
public static class ModelRecipes
{
    public static IReadOnlyList<IModelRecipe> All { get; } = [new ReportModelRecipe(), new SentenceModelRecipe(), new NameModelRecipe(), new SpeakerModelRecipe(), new ScoreModelRecipe(), new GoalModelRecipe(), new GoalSideModelRecipe(), new SideModelRecipe(), new HtmlBlockModelRecipe()];

    public static IModelRecipe? Find(string name) => All.FirstOrDefault(r => r.Name == name);

    /// <summary>The repository containing <paramref name="start"/> (the folder with NewsDigest.sln), or null.</summary>
    public static string? FindRepository(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsDigest.sln"))) return dir.FullName;
        return null;
    }
}
