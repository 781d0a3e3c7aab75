using System.Globalization;
using NewsDigest.Learning;
using NewsDigest.Learning.Models;
using NewsDigest.Learning.Training;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Tests.Learning;

public class ScratchReportTreeExperimentTests
{
    [SharedDataFact]
    public void Scratch_report_tree_experiment()
    {
        if (Environment.GetEnvironmentVariable("REPORT_TREE_CONFIGS") is not { } configs) return;
        using var log = new StreamWriter("/tmp/s10_tree_exp.txt", append: true) { AutoFlush = true };
        var ci = CultureInfo.InvariantCulture;
        var variants = configs.Split(';').Select(config =>
        {
            var c = config.Split(',').Select(x => double.Parse(x, ci)).ToArray();
            var trees = new BoostedTreesOptions { Trees = (int)c[0], LearningRate = c[1], MaxDepth = (int)c[2], MinLeafExamples = (int)c[3], L2 = c[4], RowSubsample = c[5], FeatureSubsample = c[6], Seed = (ulong)c[7] };
            return new ReportTreeExperiment.Variant(config, new ReportTreeOptions { Trees = trees, WeakLabelWeight = (float)c[8] });
        }).ToList();
        var weights = (Environment.GetEnvironmentVariable("REPORT_TREE_WEIGHTS") ?? "0.2,0.3,0.4,0.5").Split(',').Select(x => double.Parse(x, ci)).ToList();
        log.WriteLine($"== {DateTime.UtcNow:HH:mm:ss} {configs}");
        var inputs = new TrainingInputs(new SharedCorpora(SharedData.Root!), SharedData.RepositoryRoot);
        ReportTreeExperiment.Run(inputs, variants, weights, "/tmp/s10_linear_heldout.txt", log);
    }
}
