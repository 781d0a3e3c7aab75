using NewsDigest.Learning;
using NewsDigest.Learning.Training;
using NewsDigest.Learning.Trees;

namespace NewsDigest.Tests.Html;

public class ScratchTreeExperimentTests
{
    [SharedDataFact]
    public void Scratch_tree_experiment()
    {
        var log = new StreamWriter("/tmp/html_tree_exp.txt", append: true) { AutoFlush = true };
        var pages = HtmlBlockPages.Read(HtmlBlockPages.BenchmarkDirectory(new SharedCorpora(SharedData.Root!)), HtmlBlockModelRecipe.HashBits,
            new HashSet<DataSplit.Part> { DataSplit.Part.Train, DataSplit.Part.Dev }, log);
        var configs = (Environment.GetEnvironmentVariable("TREE_CONFIGS") ?? "100,0.1,4,10,1,0.8,0.8").Split(';');
        ulong[] seeds = (Environment.GetEnvironmentVariable("TREE_SEEDS") ?? "20260105,1,2").Split(',').Select(ulong.Parse).ToArray();
        foreach (var config in configs)
        {
            var c = config.Split(',').Select(x => double.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var options = new BoostedTreesOptions { Trees = (int)c[0], LearningRate = c[1], MaxDepth = (int)c[2], MinLeafExamples = (int)c[3], L2 = c[4], RowSubsample = c[5], FeatureSubsample = c[6] };
            log.WriteLine($"== config {config} {DateTime.UtcNow:HH:mm:ss}");
            var rows = HtmlBlockTreeExperiment.Run(pages, Environment.GetEnvironmentVariable("TREE_FOLDS") == "page" ? c => HtmlBlockModelRecipe.FoldOf(c.Id) : HtmlBlockModelRecipe.SiteFoldOf, seeds, options, log);
            log.Write(HtmlBlockTreeExperiment.Summary(rows));
        }
    }
}
