using System.CommandLine;
using NewsDigest.Batch;
using NewsDigest.Cli.Batch;
using NewsDigest.Hosting;

namespace NewsDigest.Cli.Commands;

/// <summary>'merge': combines the output directories of all shards of a batch into the output one run would have written.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("shards") { Description = "The output directories of every shard (batch --shard i/n)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Output directory for the merged result", Required = true };
        var threads = new Option<int>("--threads") { Description = "Threads for the final merge", DefaultValueFactory = _ => Environment.ProcessorCount };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an earlier result in --out" };
        var command = new Command("merge", "Combine the outputs of 'batch --shard i/n' runs into the result of one run.") { shards, output, threads, overwrite };
        command.SetAction(parse =>
        {
            string directory = parse.GetValue(output)!;
            var merger = new ShardMerger(CliPipeline.Create(), SystemClock.Instance);
            var (summary, error) = merger.Merge(parse.GetValue(shards)!, directory, Math.Max(1, parse.GetValue(threads)), parse.GetValue(overwrite));
            if (summary is null)
            {
                Console.Error.WriteLine($"newsdigest merge: {error}");
                return ExitCodes.Usage;
            }
            BatchReport.Write(Console.Out, Console.Error, "merge", summary, directory);
            return ExitCodes.ForRun((int)Math.Min(int.MaxValue, summary.Total.Articles), (int)Math.Min(int.MaxValue, summary.Total.Failures));
        });
        return command;
    }
}
