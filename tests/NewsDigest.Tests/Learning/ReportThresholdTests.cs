using System.Security.Cryptography;
using NewsDigest.Extraction.Reports;
using NewsDigest.Ingest;
using NewsDigest.Learning.Classification;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Persistence;

namespace NewsDigest.Tests.Learning;

public sealed class ReportThresholdTests
{
    private static readonly ReportExample[] Tiny =
    [
        new(new Article("r1", "Rovers 2-1 Town\nRovers came from behind to win 2-1, with Smith scoring in the 54th minute and Jones on 80 minutes."), ReportKind.SingleMatchReport),
        new(new Article("r2", "City 3-0 Albion\nCity cruised past Albion 3-0 as Brown struck in the 12th minute and again after 60 minutes."), ReportKind.SingleMatchReport),
        new(new Article("t1", "Rovers complete signing of winger\nRovers have signed the winger on a four-year contract for an undisclosed fee."), ReportKind.Transfer),
        new(new Article("p1", "Town v Rovers preview\nTown will face Rovers on Saturday; kick-off is at 3pm and the predicted line-up is below."), ReportKind.Preview),
        new(new Article("o1", "Council approves new bus lanes\nThe council voted to approve bus lanes on the high street after a public consultation."), ReportKind.OffTopic),
    ];

    private static ModelReportDetector Fitted() =>
        new ReportClassifierTrainer(new PerceptronOptions { Epochs = 5, HashBits = 12 }).Fit(Tiny, Tiny).Unwrap();

    [Fact]
    public void Fitting_with_held_out_articles_stores_a_threshold_that_survives_saving()
    {
        var model = Fitted();
        Assert.NotNull(model.SingleMatchThreshold);
        Assert.InRange(model.SingleMatchThreshold!.Value, 0.05, 0.95);
        var file = model.ToFile();
        Assert.Equal(model.SingleMatchThreshold, file.Settings[ModelReportDetector.ThresholdSetting]);
        var loaded = ModelReportDetector.Load(new MemoryStream(ModelFileFormat.ToBytes(file))).Unwrap();
        Assert.Equal(model.SingleMatchThreshold, loaded.SingleMatchThreshold);
    }

    [Fact]
    public void Without_held_out_articles_the_most_likely_kind_decides()
    {
        var model = new ReportClassifierTrainer(new PerceptronOptions { Epochs = 5, HashBits = 12 }).Fit(Tiny).Unwrap();
        Assert.Null(model.SingleMatchThreshold);
        Assert.Empty(model.ToFile().Settings);
    }

    [Fact]
    public void The_threshold_decides_single_match_and_the_best_other_kind_wins_below_it()
    {
        var model = Fitted();
        double[] probabilities = [0.40, 0.10, 0.35, 0.05, 0.04, 0.03, 0.02, 0.01];
        Assert.Equal((ReportKind.SingleMatchReport, 0.40), model.WithThreshold(0.3).Decide(probabilities));
        Assert.Equal((ReportKind.Preview, 0.35), model.WithThreshold(0.5).Decide(probabilities));
        double[] confident = [0.20, 0.70, 0.02, 0.02, 0.02, 0.02, 0.01, 0.01];
        Assert.Equal((ReportKind.SingleMatchReport, 0.20), model.WithThreshold(0.15).Decide(confident));
        Assert.Equal((ReportKind.Reaction, 0.70), model.WithThreshold(null).Decide(confident));
    }

    [Fact]
    public void A_threshold_outside_zero_to_one_is_rejected_with_its_name()
    {
        var file = Fitted().ToFile() with { Settings = new Dictionary<string, double> { [ModelReportDetector.ThresholdSetting] = 1.5 } };
        var result = ModelReportDetector.Load(new MemoryStream(ModelFileFormat.ToBytes(file)));
        Assert.False(result.IsSuccess);
        Assert.Contains(ModelReportDetector.ThresholdSetting, result.Error);
    }

    [Fact]
    public void Settings_round_trip_in_key_order_and_version_2_files_still_load()
    {
        var file = new ModelFile(ModelKind.LinearClassifier, ["a", "b"], 4, new TrainingInfo("tiny", "f/1", 3, 1, 7), new float[2 << 4])
        {
            Settings = new Dictionary<string, double> { ["zeta"] = 2, ["alpha"] = 0.5 },
        };
        var loaded = ModelFileFormat.Read(ModelFileFormat.ToBytes(file)).Unwrap();
        Assert.Equal(0.5, loaded.Settings["alpha"]);
        Assert.Equal(2, loaded.Settings["zeta"]);
        // Same settings given in another order give the same bytes.
        var reordered = file with { Settings = new Dictionary<string, double> { ["alpha"] = 0.5, ["zeta"] = 2 } };
        Assert.Equal(ModelFileFormat.ToBytes(file), ModelFileFormat.ToBytes(reordered));

        // A version 2 file is a version 3 file without the settings section (its count is the last int before the checksum).
        var v3 = ModelFileFormat.ToBytes(file with { Settings = new Dictionary<string, double>() });
        var body = v3.AsSpan(0, v3.Length - 32 - sizeof(int)).ToArray();
        BitConverter.GetBytes(2).CopyTo(body, 8);
        var v2 = body.Concat(SHA256.HashData(body)).ToArray();
        var old = ModelFileFormat.Read(v2);
        Assert.True(old.IsSuccess, old.Error);
        Assert.Empty(old.Value.Settings);
        Assert.Equal(file.Weights, old.Value.Weights);
    }
}
