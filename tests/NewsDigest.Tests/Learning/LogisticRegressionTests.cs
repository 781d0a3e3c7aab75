using NewsDigest.Learning.Classification;

namespace NewsDigest.Tests.Learning;

public sealed class LogisticRegressionTests
{
    private static readonly LogisticOptions Options = new() { Epochs = 20, HashBits = 8, L2 = 1e-4, LearningRate = 0.3 };

    // Slot 1 says yes, slot 2 says no; slots 3 and 4 appear on both sides.
    private static readonly WeightedBinaryExample[] Tiny =
    [
        new([1, 3], true), new([1, 4], true), new([1, 3, 4], true),
        new([2, 3], false), new([2, 4], false), new([2, 3, 4], false),
    ];

    private static BinaryLogisticModel Fit(IReadOnlyList<WeightedBinaryExample> data, LogisticOptions? options = null) =>
        new LogisticRegressionTrainer(options ?? Options).Fit(data).Unwrap();

    [Fact]
    public void Learns_which_slots_say_yes()
    {
        var model = Fit(Tiny);
        Assert.All(Tiny, e => Assert.Equal(e.Positive, model.Probability(e.Slots) > 0.5));
        Assert.True(model.Weights[1] > 0 && model.Weights[2] < 0, $"weights {model.Weights[1]} and {model.Weights[2]}");
    }

    [Fact]
    public void Two_fits_give_the_same_weights_and_another_seed_another_order()
    {
        Assert.Equal(Fit(Tiny).Weights.ToArray(), Fit(Tiny).Weights.ToArray());
        Assert.NotEqual(Fit(Tiny).Weights.ToArray(), Fit(Tiny, Options with { Seed = 7, Epochs = 1 }).Weights.ToArray());
    }

    [Fact]
    public void A_stronger_penalty_gives_smaller_weights()
    {
        var loose = Fit(Tiny, Options with { L2 = 0 });
        var tight = Fit(Tiny, Options with { L2 = 0.5 });
        Assert.True(Math.Abs(tight.Weights[1]) < Math.Abs(loose.Weights[1]), $"penalised {tight.Weights[1]} against {loose.Weights[1]}");
    }

    [Fact]
    public void A_weightless_example_leaves_the_decisions_and_a_counted_one_moves_them()
    {
        var noisy = Tiny.Append(new WeightedBinaryExample([1, 3], false, 0f)).ToList();
        // The extra example shifts the shuffle, so compare decisions and signs, not bits.
        var model = Fit(noisy);
        Assert.All(Tiny, e => Assert.Equal(e.Positive, model.Probability(e.Slots) > 0.5));
        var weighted = Fit(Tiny.Concat(Enumerable.Repeat(new WeightedBinaryExample([1, 3], false, 1f), 6)).ToList());
        Assert.True(weighted.Probability([1, 3]) < model.Probability([1, 3]), "a counted contrary example must lower the probability");
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_reason()
    {
        var trainer = new LogisticRegressionTrainer(Options);
        Assert.Contains("no training", trainer.Fit([]).Error);
        Assert.Contains("slot 999", trainer.Fit([new([999], true), new([1], false)]).Error);
        Assert.Contains("both answers", trainer.Fit([new([1], true), new([2], true)]).Error);
        Assert.Contains("weight", trainer.Fit([new([1], true, float.NaN), new([2], false)]).Error);
        Assert.Contains("L2", new LogisticRegressionTrainer(Options with { L2 = -1 }).Fit(Tiny).Error);
    }

    [Fact]
    public void Logistic_is_stable_at_the_extremes()
    {
        Assert.Equal(0.5, BinaryLogisticModel.Logistic(0));
        Assert.Equal(1.0, BinaryLogisticModel.Logistic(1000));
        Assert.Equal(0.0, BinaryLogisticModel.Logistic(-1000));
        Assert.False(double.IsNaN(BinaryLogisticModel.Logistic(double.MaxValue)));
    }

    [Fact]
    public void A_model_of_the_wrong_size_or_with_a_bad_bias_is_refused()
    {
        Assert.Contains("256 weights", BinaryLogisticModel.Create(8, new float[10], 0).Error);
        Assert.Contains("bias", BinaryLogisticModel.Create(8, new float[256], double.NaN).Error);
    }
}
