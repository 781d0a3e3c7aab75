using NewsDigest.Learning.Persistence;

namespace NewsDigest.Learning.Training;

/// <summary>Opens a recipe's saved model file under models/ and builds its inference model, for `eval models`.</summary>
public static class SavedModel
{
    public static ModelResult<T> Load<T>(TrainingInputs inputs, string name, Func<ModelFile, ModelResult<T>> build) where T : class
    {
        var file = ModelFileFormat.Load(Path.Combine(inputs.ModelsDirectory, ModelNames.FileName(name)));
        return file.IsSuccess ? build(file.Value) : file.FailAs<T>();
    }
}
