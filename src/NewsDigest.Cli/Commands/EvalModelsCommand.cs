using System.CommandLine;
using NewsDigest.Learning;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval models': loads each saved model and prints its scores on the held-out split(s) training never saw.</summary>
internal static class EvalModelsCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = $"Score only this model ({string.Join(", ", NewsDigest.Learning.Training.ModelRecipes.All.Select(r => r.Name))})." };
        var command = new Command("models", "Score the trained models on their held-out dev (and test) splits.") { model };
        command.SetAction(parse => Run(parse.GetValue(model)));
        return command;
    }

    private static int Run(string? modelName)
    {
        var recipes = ModelCommandSetup.Recipes("eval models", modelName);
        if (recipes is null) return ExitCodes.Usage;
        var inputs = ModelCommandSetup.Inputs("eval models");
        if (inputs is null) return ExitCodes.NothingProcessed;
        bool badModel = false;
        foreach (var recipe in recipes)
        {
            Console.WriteLine($"== {recipe.Name} ({ModelNames.FileName(recipe.Name)})");
            var scores = recipe.Evaluate(inputs, Console.Out);
            if (scores.IsSuccess) Console.Write(scores.Value);
            else
            {
                Console.Error.WriteLine($"newsdigest eval models: {recipe.Name}: {scores.Error}");
                badModel = true;
            }
        }
        return badModel ? ExitCodes.BadModel : ExitCodes.Success;
    }
}
