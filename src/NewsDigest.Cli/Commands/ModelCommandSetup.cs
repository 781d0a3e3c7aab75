using NewsDigest.Learning.Training;

namespace NewsDigest.Cli.Commands;

/// <summary>Finds the repository and ../shared for 'train' and 'eval models', and picks the recipes a --model option names.</summary>
internal static class ModelCommandSetup
{
    public static TrainingInputs? Inputs(string command)
    {
        var repository = ModelRecipes.FindRepository(Environment.CurrentDirectory) ?? ModelRecipes.FindRepository(AppContext.BaseDirectory);
        if (repository is null)
        {
            Console.Error.WriteLine($"newsdigest {command}: run inside the NewsDigest repository (no NewsDigest.sln above {Environment.CurrentDirectory})");
            return null;
        }
        var shared = SharedCorpora.Locate(repository);
        if (shared is null)
        {
            Console.Error.WriteLine($"newsdigest {command}: the shared data folder {Path.GetFullPath(Path.Combine(repository, "..", "shared"))} is missing");
            return null;
        }
        return new TrainingInputs(shared, repository);
    }

    public static IReadOnlyList<IModelRecipe>? Recipes(string command, string? model)
    {
        if (model is null) return ModelRecipes.All;
        var recipe = ModelRecipes.Find(model);
        if (recipe is not null) return [recipe];
        Console.Error.WriteLine($"newsdigest {command}: unknown model '{model}'; known: {string.Join(", ", ModelRecipes.All.Select(r => r.Name))}");
        return null;
    }
}
