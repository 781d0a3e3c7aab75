using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Training;

/// <summary>What a recipe needs: the shared corpora and the repository (for data/ and models/).</summary>
public sealed record TrainingInputs(SharedCorpora Shared, string RepositoryRoot)
{
    public string ModelsDirectory => Path.Combine(RepositoryRoot, "models");
}

/// <summary>A trained model file and its model card (markdown: data, date, scores).</summary>
public sealed record TrainedModel(ModelFile File, string Card);

/// <summary>How one of the project's models is trained from data/ and ../shared and scored on its dev split.</summary>
public interface IModelRecipe
{
    string Name { get; }

    ModelResult<TrainedModel> Train(TrainingInputs inputs, TextWriter log);

    /// <summary>Loads the saved model and returns a plain-text score report on the held-out split(s), or a failure.</summary>
    ModelResult<string> Evaluate(TrainingInputs inputs, TextWriter log);
}
