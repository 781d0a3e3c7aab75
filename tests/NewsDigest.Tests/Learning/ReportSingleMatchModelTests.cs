using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Tests.Learning;

public sealed class ReportSingleMatchModelTests
{
    private static readonly ReportExample[] Tiny = TinyReportExamples.All;

    private static readonly PerceptronOptions Perceptron = new() { Epochs = 5, HashBits = 12 };

    private static ReportSingleMatchOptions Binary(double share) =>
        new() { BinaryShare = share, WeakLabelWeight = 0.5f, Logistic = new LogisticOptions { Epochs = 10, L2 = 1e-4, LearningRate = 0.3 } };

    private static ModelReportDetector Fitted(double share) => new ReportClassifierTrainer(Perceptron, Binary(share)).Fit(Tiny, Tiny).Unwrap();

    [Fact]
    public void The_binary_model_shares_the_8_way_model_hashing_and_is_blended_at_its_share()
    {
        var model = Fitted(0.5);
        Assert.NotNull(model.SingleMatchModel);
        Assert.Equal(Perceptron.HashBits, model.SingleMatchModel!.HashBits);
        Assert.Equal(0.5, model.BinaryShare);
        var eightWay = model.WithSingleMatchModel(null, 0);
        var binaryOnly = model.WithSingleMatchModel(model.SingleMatchModel, 1);
        foreach (var example in Tiny)
        {
            double blended = model.SingleMatchProbability(example.Article);
            double expected = 0.5 * binaryOnly.SingleMatchProbability(example.Article) + 0.5 * eightWay.SingleMatchProbability(example.Article);
            Assert.Equal(expected, blended, 12);
        }
        Assert.All(Tiny, e => Assert.Equal(e.Kind == ReportKind.SingleMatchReport, binaryOnly.SingleMatchProbability(e.Article) > 0.5));
    }

    [Fact]
    public void Saved_and_loaded_detector_gives_the_same_probabilities_and_bytes()
    {
        var model = Fitted(0.6);
        var bytes = ModelFileFormat.ToBytes(model.ToFile());
        var loaded = ModelReportDetector.Load(new MemoryStream(bytes)).Unwrap();
        Assert.NotNull(loaded.SingleMatchModel);
        Assert.Equal(0.6, loaded.BinaryShare);
        Assert.Equal(model.SingleMatchThreshold, loaded.SingleMatchThreshold);
        Assert.Equal(Tiny.Select(e => model.SingleMatchProbability(e.Article)), Tiny.Select(e => loaded.SingleMatchProbability(e.Article)));
        Assert.Equal(bytes, ModelFileFormat.ToBytes(loaded.ToFile()));
        Assert.Equal(bytes, ModelFileFormat.ToBytes(Fitted(0.6).ToFile()));
    }

    [Fact]
    public void A_binary_vector_without_its_bias_or_with_a_bad_share_is_refused_by_name()
    {
        var file = Fitted(0.5).ToFile();
        var noBias = file with { Settings = file.Settings.Where(s => s.Key != ModelReportDetector.SingleMatchBiasSetting).ToDictionary() };
        Assert.Contains(ModelReportDetector.SingleMatchBiasSetting, ModelReportDetector.FromFile(noBias).Error);
        var badShare = file with { Settings = file.Settings.ToDictionary(s => s.Key, s => s.Key == ModelReportDetector.BinaryShareSetting ? 2.0 : s.Value) };
        Assert.Contains(ModelReportDetector.BinaryShareSetting, ModelReportDetector.FromFile(badShare).Error);
        var shortVector = file with { Vectors = new Dictionary<string, float[]> { [ModelReportDetector.SingleMatchVector] = new float[3] } };
        Assert.Contains(ModelReportDetector.SingleMatchVector, ModelReportDetector.FromFile(shortVector).Error);
    }

    [Fact]
    public void An_8_way_only_detector_writes_no_vector_and_stays_a_version_3_file()
    {
        var model = new ReportClassifierTrainer(Perceptron).Fit(Tiny, Tiny).Unwrap();
        Assert.Null(model.SingleMatchModel);
        var file = model.ToFile();
        Assert.Empty(file.Vectors);
        // Files without vectors keep the version 3 layout, so models that need no vectors are byte for byte what older builds wrote and read.
        var bytes = ModelFileFormat.ToBytes(file);
        Assert.Equal(3, BitConverter.ToInt32(bytes, 8));
        var loaded = ModelReportDetector.Load(new MemoryStream(bytes)).Unwrap();
        Assert.Equal(Tiny.Select(e => model.Detect(e.Article)), Tiny.Select(e => loaded.Detect(e.Article)));
        Assert.Equal(ModelFileFormat.Version, BitConverter.ToInt32(ModelFileFormat.ToBytes(Fitted(0.5).ToFile()), 8));
    }

    [Fact]
    public void Vectors_round_trip_in_key_order()
    {
        var file = new ModelFile(ModelKind.LinearClassifier, ["a", "b"], 4, new TrainingInfo("tiny", "f/1", 3, 1, 7), new float[2 << 4])
        {
            Vectors = new Dictionary<string, float[]> { ["zeta"] = [1f, 0f, 0.1f], ["alpha"] = new float[40] },
        };
        var loaded = ModelFileFormat.Read(ModelFileFormat.ToBytes(file)).Unwrap();
        Assert.Equal(file.Vectors["zeta"], loaded.Vectors["zeta"]);
        Assert.Equal(file.Vectors["alpha"], loaded.Vectors["alpha"]);
        var reordered = file with { Vectors = new Dictionary<string, float[]> { ["alpha"] = new float[40], ["zeta"] = [1f, 0f, 0.1f] } };
        Assert.Equal(ModelFileFormat.ToBytes(file), ModelFileFormat.ToBytes(reordered));
    }

    [Fact]
    public void Weak_labels_count_their_weight_and_others_count_one()
    {
        var trainer = new ReportSingleMatchTrainer(Binary(0.5) with { Logistic = new LogisticOptions { HashBits = 12 } });
        var featurized = ReportClassifierTrainer.Featurize(Tiny, 12, titleDropout: true);
        var weighted = trainer.Weighted(Tiny, featurized);
        Assert.Equal(Tiny.Select(e => e.LabelFromTitle ? 0.5f : 1f), weighted.Select(w => w.Weight));
        Assert.Equal(Tiny.Select(e => e.Kind == ReportKind.SingleMatchReport), weighted.Select(w => w.Positive));
        Assert.Contains("featurised", trainer.Fit(Tiny, featurized.Take(2).ToList()).Error);
    }
}
