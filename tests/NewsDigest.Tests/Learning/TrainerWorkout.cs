namespace NewsDigest.Tests.Learning;

/// <summary>
/// The one workout every trainer passes (after ML.NET's): fit on a small set, predict, save, load, same predictions;
/// empty and malformed input rejected with a clear message; two fits on the same data give identical bytes.
/// </summary>
public abstract class TrainerWorkout<TExample, TModel> where TModel : class
{
    protected abstract IReadOnlyList<TExample> TinySet();
    protected abstract IReadOnlyList<TExample> Malformed();
    protected abstract NewsDigest.Learning.ModelResult<TModel> Fit(IReadOnlyList<TExample> data);
    protected abstract byte[] Save(TModel model);
    protected abstract NewsDigest.Learning.ModelResult<TModel> Load(byte[] bytes);
    /// <summary>Every prediction the model makes on the set, as comparable text.</summary>
    protected abstract IEnumerable<string> Predictions(TModel model, IReadOnlyList<TExample> data);
    /// <summary>The predicted labels alone, to compare with <see cref="Gold"/>.</summary>
    protected abstract IEnumerable<string> PredictedLabels(TModel model, IReadOnlyList<TExample> data);
    /// <summary>The gold answers, in the form of <see cref="PredictedLabels"/>, to check the model learnt something.</summary>
    protected abstract IEnumerable<string> Gold(IReadOnlyList<TExample> data);

    [Fact]
    public void Fits_predicts_and_learns_the_training_set()
    {
        var data = TinySet();
        var model = Fit(data).Unwrap();
        var predicted = PredictedLabels(model, data).ToList();
        var gold = Gold(data).ToList();
        int agree = predicted.Zip(gold).Count(p => p.First == p.Second);
        Assert.True(agree >= gold.Count * 0.8, $"only {agree} of {gold.Count} training answers reproduced");
    }

    [Fact]
    public void Saved_and_loaded_model_predicts_the_same()
    {
        var data = TinySet();
        var model = Fit(data).Unwrap();
        var loaded = Load(Save(model));
        Assert.True(loaded.IsSuccess, loaded.Error);
        Assert.Equal(Predictions(model, data), Predictions(loaded.Value!, data));
        Assert.Equal(Save(model), Save(loaded.Value!));
    }

    [Fact]
    public void Two_fits_on_the_same_data_give_identical_bytes()
    {
        Assert.Equal(Save(Fit(TinySet()).Unwrap()), Save(Fit(TinySet()).Unwrap()));
    }

    [Fact]
    public void Empty_input_is_rejected_with_a_reason()
    {
        var result = Fit([]);
        Assert.False(result.IsSuccess);
        Assert.Contains("no training", result.Error);
    }

    [Fact]
    public void Malformed_input_is_rejected_with_a_reason()
    {
        var result = Fit(Malformed());
        Assert.False(result.IsSuccess);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void A_damaged_file_does_not_load()
    {
        var bytes = Save(Fit(TinySet()).Unwrap());
        bytes[bytes.Length / 2] ^= 0x5A;
        var loaded = Load(bytes);
        Assert.False(loaded.IsSuccess);
        Assert.Contains("checksum", loaded.Error);
    }
}
