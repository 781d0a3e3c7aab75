using System.CommandLine;
using System.Diagnostics;
using NewsDigest.Learning;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Cli.Commands;

/// <summary>'train': rebuilds the models under models/ from data/ and ../shared; the same data gives byte-identical files.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = $"Train only this model ({string.Join(", ", NewsDigest.Learning.Training.ModelRecipes.All.Select(r => r.Name))})." };
        var command = new Command("train", "Train the models from data/ and ../shared and write them, with model cards, to models/.") { model };
        command.SetAction(parse => Run(parse.GetValue(model)));
        return command;
    }

    private static int Run(string? modelName)
    {
        var recipes = ModelCommandSetup.Recipes("train", modelName);
        if (recipes is null) return ExitCodes.Usage;
        var inputs = ModelCommandSetup.Inputs("train");
        if (inputs is null) return ExitCodes.NothingProcessed;
        int failed = 0;
        foreach (var recipe in recipes)
        {
            var watch = Stopwatch.StartNew();
            var trained = recipe.Train(inputs, Console.Out);
            if (!trained.IsSuccess)
            {
                Console.Error.WriteLine($"newsdigest train: {recipe.Name}: {trained.Error}");
                failed++;
                continue;
            }
            var path = Path.Combine(inputs.ModelsDirectory, ModelNames.FileName(recipe.Name));
            ModelFileFormat.Save(trained.Value.File, path);
            File.WriteAllText(Path.Combine(inputs.ModelsDirectory, ModelNames.CardName(recipe.Name)), trained.Value.Card);
            Console.WriteLine($"{recipe.Name}: wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {watch.Elapsed.TotalSeconds:0.0} s");
        }
        return ExitCodes.ForRun(recipes.Count - failed, failed);
    }
}
