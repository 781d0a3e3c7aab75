using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsDigest.Evaluation.Dedup;
using NewsDigest.Merging.Dedup;

namespace NewsDigest.Cli.Commands;

/// <summary>'eval dedup': near-copy and match-grouping precision/recall and fusion accuracy on the labelled archive sets and seeded synthetic data.</summary>
internal static class EvalDedupCommand
{
    private const double Target = 0.95;

    public static Command Create()
    {
        var shared = new Option<DirectoryInfo>("--shared") { Description = "The shared data folder", DefaultValueFactory = _ => new DirectoryInfo("../shared") };
        var annotations = new Option<DirectoryInfo>("--annotations") { Description = "The labelled sets", DefaultValueFactory = _ => new DirectoryInfo("data/annotations/dedup") };
        var threshold = new Option<double>("--threshold") { Description = "Near-copy similarity threshold", DefaultValueFactory = _ => DedupOptions.Default.Threshold };
        var synthetic = new Option<int>("--synthetic") { Description = "Synthetic originals and matches to generate", DefaultValueFactory = _ => 300 };
        var archive = new Option<bool>("--archive") { Description = "Also deduplicate the whole archive and report its cost" };
        var misses = new Option<bool>("--misses") { Description = "List the dev+train matches that grouping split or merged, with what was read from each article" };
        var check = new Option<bool>("--check") { Description = $"Exit with code {ExitCodes.BelowTarget} when a test-split F1 target ({Target}) is missed" };
        var command = new Command("dedup", "Score near-duplicate detection, match grouping and fusion.") { shared, annotations, threshold, synthetic, archive, check, misses };
        command.SetAction(parse =>
        {
            var sharedDir = parse.GetValue(shared)!;
            var annotationDir = parse.GetValue(annotations)!;
            if (!sharedDir.Exists || !annotationDir.Exists)
            {
                Console.Error.WriteLine($"newsdigest eval dedup: {(sharedDir.Exists ? annotationDir.FullName : sharedDir.FullName)} does not exist (run from the repository root, with ../shared beside it)");
                return ExitCodes.BadModel;
            }
            var options = DedupOptions.Default with { Threshold = parse.GetValue(threshold) };
            if (options.Validate() is { } problem)
            {
                Console.Error.WriteLine($"newsdigest eval dedup: {problem}");
                return ExitCodes.Usage;
            }
            var clock = Stopwatch.StartNew();
            var evaluation = new DedupEvaluation(sharedDir.FullName, annotationDir.FullName, options, message => Console.Error.WriteLine($"newsdigest: {message}"));
            var lines = evaluation.Run(CliPipeline.Create(), parse.GetValue(synthetic), parse.GetValue(synthetic));
            foreach (var line in lines)
            {
                var figure = line.Pairs?.ToString() ?? string.Create(CultureInfo.InvariantCulture, $"accuracy {line.Accuracy:0.000}");
                Console.WriteLine($"{line.Measure} [{line.Split}, {line.Items} items]: {figure}");
                Console.WriteLine($"    {line.Note}");
                if (line.Caution is { } caution) Console.WriteLine($"    {caution}");
                if (parse.GetValue(misses)) foreach (var miss in line.Misses) Console.WriteLine($"    {miss}");
            }
            if (parse.GetValue(archive)) ArchiveCost(evaluation.ArchivePath, options);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"evaluated in {clock.Elapsed.TotalSeconds:0.0} s"));
            bool missed = lines.Any(l => l.Split == "test" && l.Pairs is { } p && l.Measure.Contains("synthetic", StringComparison.Ordinal) && p.F1 < Target);
            return parse.GetValue(check) && missed ? ExitCodes.BelowTarget : ExitCodes.Success;
        });
        return command;
    }

    private static void ArchiveCost(string path, DedupOptions options)
    {
        var clock = Stopwatch.StartNew();
        var index = new NearDuplicateIndex(options);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        long characters = 0;
        foreach (var record in ArchiveCorpus.Read(path))
        {
            var id = record.Id;
            for (int copy = 2; !ids.Add(id); copy++) id = $"{record.Id}#{copy}";
            index.Add(id, record.Text, record.Domain);
            characters += record.Text.Length;
        }
        var indexed = clock.Elapsed;
        var result = index.FindGroups();
        var s = result.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"archive: {s.Documents} texts ({characters / 1e6:0.0} M characters): read and signed in {indexed.TotalSeconds:0.0} s, grouped in {(clock.Elapsed - indexed).TotalSeconds:0.0} s; {result.Groups.Count} groups, {s.ExactDuplicates} exact duplicates, {s.NearDuplicatePairs} near-copy pairs from {s.CandidatePairs} candidate pairs"));
    }
}
